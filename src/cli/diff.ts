/** `milvus-mq diff OLD NEW`: what applying NEW does to the running Milvus OLD describes. */
import { parseArgs } from 'node:util';
import { diffManifests, type DiffResult } from '../model/change/diff.ts';
import { formatJson, formatText, type FileReport } from '../model/output/index.ts';
import { DIFF_HELP } from './help.ts';
import { EXIT, readError, type Io } from './io.ts';

export async function runDiff(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(DIFF_HELP);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') return usage(io, `--format must be text or json, not "${format}"`);
  if (positionals.length !== 2) return usage(io, `give two files, OLD and NEW (got ${positionals.length})`);
  if (positionals[0] === '-' && positionals[1] === '-') return usage(io, 'standard input (-) can be read only once');

  const texts: string[] = [];
  for (const file of positionals) {
    try {
      texts.push(file === '-' ? await io.readStdin() : await io.readFile(file));
    } catch (error) {
      io.err(`milvus-mq: cannot read ${file}: ${readError(error)}\n`);
      return EXIT.usage;
    }
  }
  const [oldName, newName] = positionals.map((p) => (p === '-' ? '<stdin>' : p)) as [string, string];
  const result = diffManifests(texts[0]!, texts[1]!);
  const reports: FileReport[] = [
    ...(result.old.length > 0 ? [{ file: oldName, diagnostics: result.old, milvusResources: 0 }] : []),
    { file: newName, diagnostics: result.new, milvusResources: result.pairs.length },
  ];
  io.out(format === 'json' ? jsonOutput(reports, result) : `${formatText({ reports, unreadable: [] })}${planText(result)}`);
  return [...result.old, ...result.new].some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}

function planText(result: DiffResult): string {
  const lines: string[] = [];
  for (const pair of result.pairs) {
    const plan = pair.plan;
    if (!plan) continue;
    lines.push('', `Switch plan for ${pair.name}: ${plan.from} -> ${plan.to}${plan.workable ? '' : ' (cannot work as published)'}`);
    plan.steps.forEach((step, i) => {
      lines.push(`${i + 1}. ${step.title}`, `   ${step.detail}`);
      if (step.command) lines.push(...step.command.split('\n').map((l) => `   $ ${l}`));
      if (step.manifest) lines.push('   ---', ...step.manifest.trimEnd().split('\n').map((l) => `   ${l}`));
    });
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function jsonOutput(reports: FileReport[], result: DiffResult): string {
  const files = (JSON.parse(formatJson({ reports, unreadable: [] })) as { files: unknown[] }).files;
  const plans = result.pairs.flatMap((pair) => (pair.plan ? [{ name: pair.name, ...pair.plan }] : []));
  return `${JSON.stringify({ files, plans }, null, 2)}\n`;
}

function usage(io: Io, problem: string): number {
  io.err(`milvus-mq diff: ${problem}\nRun milvus-mq diff --help for the options.\n`);
  return EXIT.usage;
}
