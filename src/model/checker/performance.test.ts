// The rules add little to the YAML parse itself: checking a large manifest costs about what
// parsing it costs.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkManifest } from './runner.ts';

function largeManifest(size: number): string {
  let text = [
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: large',
    'spec:',
    '  mode: cluster',
    '  dependencies:',
    '    msgStreamType: pulsar',
    '    pulsar:',
    '      inCluster:',
    '        values:',
    '          bookkeeper:',
    '            resoureces: {limit: {cpu: 1}}',
    '  config:',
    '',
  ].join('\n');
  for (let i = 0; text.length < size; i++) {
    text += `    section${i}:\n      key: value-${i} # comment\n      list: [a, b, "c"]\n`;
  }
  return text;
}

/** The least CPU time (not wall time: the test machine may be busy) of a few runs. */
function fastest(run: () => void, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

describe('checker cost', () => {
  it('checkManifest on a large manifest costs at most about twice yaml.parseDocument', () => {
    const text = largeManifest(300_000);
    let parse = Number.POSITIVE_INFINITY;
    let check = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      parse = Math.min(
        parse,
        fastest(() => parseDocument(text), 1),
      );
      check = Math.min(
        check,
        fastest(() => checkManifest(text), 1),
      );
    }
    // Twice the parse, with room for a busy test machine.
    expect(check).toBeLessThan(parse * 2.5);
    expect(checkManifest(text).diagnostics.map((d) => d.code)).toContain('likely-typo');
  }, 120_000);
});
