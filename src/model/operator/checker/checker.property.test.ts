// Whatever the input, the checker answers with diagnostics and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyFixes, safeFixes } from '../../findings/fixes.ts';
import { checkManifest } from './runner.ts';

function wellFormed(result: ReturnType<typeof checkManifest>): boolean {
  return result.diagnostics.every(
    (d) =>
      ['error', 'warning', 'info'].includes(d.severity) &&
      d.code !== 'internal-error' &&
      Number.isInteger(d.line) &&
      d.line >= 1 &&
      d.column >= 1 &&
      d.message.length > 0,
  );
}

/** Manifest-shaped trees: real keys at real places, anything as values. */
const manifestTree = fc.record({
  apiVersion: fc.constantFrom('milvus.io/v1beta1', 'milvus.io/v1alpha1', 'v1', 'milvus.io/v9'),
  kind: fc.constantFrom('Milvus', 'MilvusCluster', 'Secret', 'Milvuss'),
  metadata: fc.oneof(fc.record({ name: fc.string() }), fc.anything()),
  spec: fc.oneof(
    fc.record(
      {
        mode: fc.oneof(fc.constantFrom('standalone', 'cluster'), fc.anything()),
        components: fc.oneof(
          fc.record({ image: fc.string(), version: fc.anything() }, { requiredKeys: [] }),
          fc.anything(),
        ),
        dependencies: fc.dictionary(
          fc.constantFrom(
            'msgStreamType',
            'pulsar',
            'kafka',
            'woodpecker',
            'rocksmq',
            'natsmq',
            'brokers',
            '__proto__',
          ),
          fc.oneof(
            fc.constantFrom('pulsar', 'kafka', 'natsmq', 'rocksmq', 'woodpecker', ''),
            fc.dictionary(
              fc.constantFrom(
                'external',
                'endpoint',
                'endpoints',
                'brokerList',
                'inCluster',
                'quorumBufferPools',
                'persistence',
              ),
              fc.anything(),
            ),
            fc.anything(),
          ),
        ),
        config: fc.anything(),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  ),
});

describe('checkManifest never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(wellFormed(checkManifest(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('on arbitrary YAML trees', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), (value) => {
        expect(wellFormed(checkManifest(stringify(value)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('on manifest-shaped YAML trees, and applying their safe fixes never throws either', () => {
    fc.assert(
      fc.property(manifestTree, (value) => {
        const text = stringify(value);
        const result = checkManifest(text);
        expect(wellFormed(result)).toBe(true);
        const fixed = applyFixes(text, safeFixes(result.diagnostics));
        expect(wellFormed(checkManifest(fixed))).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
