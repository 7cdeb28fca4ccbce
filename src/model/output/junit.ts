/**
 * `--format junit`: JUnit XML, the test-report format CI servers show (GitLab, Jenkins, Azure).
 * One test suite per file; each error is a failed test case, named after its code and place; a file
 * without errors is one passing test case. Warnings and infos go to the suite's system-out, so they
 * are kept without failing the build (the exit status does the same).
 */
import type { Diagnostic } from '../findings/diagnostics.ts';
import type { CheckRun, FileReport, Output } from './types.ts';
import { wellFormed } from './wellFormed.ts';

export function formatJunit(run: CheckRun): string {
  const suites = [...run.reports.map(fileSuite), ...run.unreadable.map(unreadableSuite)];
  const tests = sum(suites, (s) => s.tests);
  const failures = sum(suites, (s) => s.failures);
  const errors = sum(suites, (s) => s.errors);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="milvus-mq check" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Suite {
  tests: number;
  failures: number;
  errors: number;
  xml: string;
}

function fileSuite(report: FileReport): Suite {
  const failed = report.diagnostics.filter((d) => d.severity === 'error');
  const others = report.diagnostics.filter((d) => d.severity !== 'error');
  const file = attr(report.file);
  const cases = failed.length
    ? failed.map(
        (d) =>
          `    <testcase classname="${file}" name="${attr(`${d.code} at ${where(d)}`)}">\n` +
          `      <failure message="${attr(d.message)}" type="${attr(d.code)}">${text(line(report.file, d))}</failure>\n` +
          `    </testcase>`,
      )
    : [`    <testcase classname="${file}" name="no errors"/>`];
  const out = others.length
    ? [`    <system-out>${text(others.map((d) => line(report.file, d)).join('\n'))}</system-out>`]
    : [];
  const tests = cases.length;
  return {
    tests,
    failures: failed.length,
    errors: 0,
    xml: [
      `  <testsuite name="${file}" tests="${tests}" failures="${failed.length}" errors="0">`,
      ...cases,
      ...out,
      '  </testsuite>',
    ].join('\n'),
  };
}

function unreadableSuite(u: { file: string; reason: string }): Suite {
  const file = attr(u.file);
  return {
    tests: 1,
    failures: 0,
    errors: 1,
    xml: [
      `  <testsuite name="${file}" tests="1" failures="0" errors="1">`,
      `    <testcase classname="${file}" name="read">`,
      `      <error message="${attr(`Cannot read ${u.file}: ${u.reason}.`)}" type="unreadable"/>`,
      '    </testcase>',
      '  </testsuite>',
    ].join('\n'),
  };
}

function where(d: Diagnostic): string {
  return `${d.path || 'the document'} (line ${d.line})`;
}

function line(file: string, d: Diagnostic): string {
  const fix = d.fix ? `\n    fix${d.fix.safe ? ' (safe)' : ''}: ${d.fix.title}` : '';
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}${fix}`;
}

function sum(suites: readonly Suite[], pick: (s: Suite) => number): number {
  return suites.reduce((total, s) => total + pick(s), 0);
}

/**
 * Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become
 * U+FFFD: a message quotes the user's own keys, and one stray byte must not break the report.
 */
function xmlSafe(value: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are the point
  return wellFormed(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: also quotes, and newlines and tabs as references so they survive parsing. */
export function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export const junitOutput: Output = {
  name: 'junit',
  description:
    'JUnit XML: a test suite per file, a failed test case per error,\nwarnings and infos in system-out',
  format: formatJunit,
};
