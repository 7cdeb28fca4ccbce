/**
 * `--format sarif`: SARIF 2.1.0, the log format code-scanning services read (GitHub's
 * upload-sarif, GitLab, Azure DevOps). One run; one rule per diagnostic code that occurs; one result
 * per diagnostic, with the file and the region of the offending key or value.
 */
import type { Diagnostic, Severity } from '../findings/diagnostics.ts';
import type { CheckRun, Output } from './types.ts';
import { wellFormed } from './wellFormed.ts';

/** Where the schema is published; a SARIF log names it, no one fetches it at run time. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export function formatSarif(run: CheckRun): string {
  const ruleIds: string[] = [];
  const ruleIndex = (code: string): number => {
    const at = ruleIds.indexOf(code);
    if (at >= 0) return at;
    ruleIds.push(code);
    return ruleIds.length - 1;
  };
  const results = run.reports.flatMap((report) =>
    report.diagnostics.map((d) => result(d, artifactUri(report.file), ruleIndex(d.code))),
  );
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'milvus-mq',
            rules: ruleIds.map((id) => ({ id, name: ruleName(id) })),
          },
        },
        invocations: [
          {
            executionSuccessful: run.unreadable.length === 0,
            toolExecutionNotifications: run.unreadable.map((u) => ({
              level: 'error',
              message: { text: `Cannot read ${u.file}: ${u.reason}.` },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(u.file) } } }],
            })),
          },
        ],
        // The checker counts columns in UTF-16 code units (JavaScript strings).
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(d: Diagnostic, uri: string, index: number) {
  const region = {
    startLine: d.line,
    startColumn: d.column,
    ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
    ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
  };
  return {
    ruleId: d.code,
    ruleIndex: index,
    level: LEVEL[d.severity],
    // SARIF's own `fixes` needs byte-exact replacements; the fix's title tells the reader what to do.
    message: { text: d.fix ? `${d.message} Fix: ${d.fix.title}.` : d.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri }, region },
        ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
      },
    ],
  };
}

/** A file name as a URI reference: forward slashes, spaces and `<stdin>`'s brackets escaped. */
export function artifactUri(file: string): string {
  return encodeURI(wellFormed(file).replace(/\\/g, '/'));
}

/** `endpoint-no-port` -> `EndpointNoPort`: SARIF's rule names are PascalCase by convention. */
function ruleName(code: string): string {
  return code
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export const sarifOutput: Output = {
  name: 'sarif',
  description:
    "SARIF 2.1.0 for code scanning (e.g. GitHub's upload-sarif): a result\nper finding, with its file and region",
  format: formatSarif,
};
