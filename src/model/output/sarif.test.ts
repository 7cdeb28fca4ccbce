// SARIF output, validated against the SARIF 2.1.0 JSON schema (rtm.5, the version GitHub code
// scanning documents) as published in the @microsoft/jest-sarif package: no download at test time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSarif } from './sarif.ts';
import { BROKEN, CLEAN, checkRun } from './testing.ts';
import type { CheckRun } from './types.ts';

const schemaPath = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
// The schema is draft-04, and one of its patterns is not valid as a Unicode regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function sarifOf(run: CheckRun) {
  const log = JSON.parse(formatSarif(run)) as {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string }[] } };
      invocations: {
        executionSuccessful: boolean;
        toolExecutionNotifications: { message: { text: string } }[];
      }[];
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> };
        }[];
      }[];
    }[];
  };
  return log;
}

function expectValid(log: unknown): void {
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('sarif output', () => {
  it('is a valid SARIF 2.1.0 log with a result per finding, its rule, level and region', () => {
    const log = sarifOf(checkRun({ 'manifests/clean.yaml': CLEAN, 'manifests/broken.yaml': BROKEN }));
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('milvus-mq');
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['unsupported-storage', 'error'],
      ['no-persistence', 'note'],
      ['ignored-storage-block', 'warning'],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'manifests/broken.yaml' },
      region: { startLine: 10, startColumn: 20, endLine: 10, endColumn: 27 },
    });
    expect(run.results[1]!.message.text).toMatch(/ Fix: Enable rocksmq persistence \(a PVC\)\.$/);
  });

  it('is valid with no findings, and reports files it could not read', () => {
    expectValid(sarifOf(checkRun({ 'clean.yaml': CLEAN })));
    const log = sarifOf(checkRun({}, [{ file: 'my dir\\gone <1>.yaml', reason: 'no such file' }]));
    expectValid(log);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toBe(
      'Cannot read my dir\\gone <1>.yaml: no such file.',
    );
  });

  it('stays valid for any file name and any manifest text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ maxLength: 300 }), (file, text) => {
        expectValid(sarifOf(checkRun({ [file || '-']: text, '<stdin>': BROKEN })));
      }),
      { numRuns: 100 },
    );
  });
});
