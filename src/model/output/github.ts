/**
 * `--format github`: GitHub Actions workflow commands, so each finding shows as an annotation on the
 * file and line in the pull request: `::error file=F,line=L,col=C,title=CODE::MESSAGE`.
 */
import type { Severity } from '../findings/diagnostics.ts';
import { summaryLine } from './text.ts';
import type { CheckRun, Output } from './types.ts';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

export function formatGithub(run: CheckRun): string {
  const lines: string[] = [];
  for (const report of run.reports) {
    for (const d of report.diagnostics) {
      const properties = [
        ['file', report.file],
        ['line', String(d.line)],
        ['col', String(d.column)],
        ...(d.endLine !== undefined ? [['endLine', String(d.endLine)]] : []),
        ...(d.endColumn !== undefined && d.endLine === d.line ? [['endColumn', String(d.endColumn)]] : []),
        ['title', d.code],
      ];
      const message = d.fix ? `${d.message}\nFix: ${d.fix.title}` : d.message;
      lines.push(command(COMMAND[d.severity], properties, message));
    }
  }
  for (const u of run.unreadable) {
    lines.push(command('error', [['title', 'milvus-mq']], `Cannot read ${u.file}: ${u.reason}.`));
  }
  lines.push(summaryLine(run.reports, run.unreadable.length));
  return `${lines.join('\n')}\n`;
}

function command(name: string, properties: string[][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value!)}`).join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

/**
 * The runner's own escaping (actions/toolkit, core/src/command.ts): `%`, CR and LF in the message;
 * also `:` and `,` in a property, which would otherwise end it. A file name or a message can hold
 * any of them, and an unescaped newline would let the rest of a message run as a command.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const githubOutput: Output = {
  name: 'github',
  description:
    'GitHub Actions annotations on the file and line,\n::error file=F,line=L,col=C,title=CODE::MESSAGE, then the summary',
  format: formatGithub,
};
