// What the wizard writes, resolved as the operator would: the storage and versions it asked for,
// nothing deleted or overwritten, and Milvus deployed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateYaml } from '../write/generate.ts';
import { allowedCombinations, validValuesArbitrary, valuesFor } from '../../testing/valuesArbitrary.ts';
import { clampMinor } from '../../facts/support.ts';
import type { WizardValues } from '../../wizard/values/values.ts';
import { explain, resolve } from './index.ts';

/** The wizard writes a v1alpha1 Milvus only for an operator that runs its webhook. */
function resolveGenerated(v: WizardValues) {
  const webhook = v.apiVersion === 'v1alpha1' && v.mode === 'standalone';
  return resolve(parse(generateYaml(v)), { webhook });
}

describe('resolve(generate(v))', () => {
  it('has the storage and version v asked for, and nothing is deleted or overwritten', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        const r = resolveGenerated(v);
        expect(r.storage.type).toBe(v.msgStreamType);
        expect(r.storage.explicit).toBe(true);
        expect(r.mode).toBe(v.mode);
        expect(clampMinor(r.judged.version)).toBe(v.milvusVersion);
        expect(r.config.changes.filter((c) => c.op !== 'write')).toEqual([]);
        expect(r.forced).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(
    allowedCombinations().map(
      (c) => [`${c.mode} ${c.minor} ${c.mq} ${c.external ? 'external' : 'in-cluster'} ${c.api}`, c] as const,
    ),
  )('%s: explain says Milvus is deployed', (_name, c) => {
    const e = explain(resolveGenerated(valuesFor(c)));
    expect(e.outcome).toBe('deployed');
  });
});
