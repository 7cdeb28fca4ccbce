// A fix must never be an error: every fix the checker and the change rules offer, applied to the
// file, leaves the checker with no error it did not report before. (The issue that led here:
// storage-kept-by-apply advised "Write msgStreamType: rocksmq" for a cluster, itself an error.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { applyFixes } from '../findings/fixes.ts';
import { checkManifest } from '../operator/checker/runner.ts';
import type { Diagnostic } from '../findings/diagnostics.ts';
import { ALL_EXAMPLES } from '../examples/index.ts';
import { generateYaml } from '../operator/write/generate.ts';
import { liveObjectOf } from '../testing/liveObject.ts';
import { validValuesArbitrary } from '../testing/valuesArbitrary.ts';
import { diffManifests } from './diff.ts';

type Json = Record<string, unknown>;

const errorCodes = (text: string) =>
  checkManifest(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);

/** The errors the checker reports after `fix` that it did not report before (by code, counted). */
function newErrors(text: string, d: Diagnostic): string[] {
  if (!d.fix) return [];
  const before = errorCodes(text);
  const after = errorCodes(applyFixes(text, [{ documentIndex: d.documentIndex, fix: d.fix }]));
  for (const code of before) {
    const i = after.indexOf(code);
    if (i >= 0) after.splice(i, 1);
  }
  return after.map((code) => `${d.code} fix "${d.fix?.title ?? ''}" brings ${code}`);
}

/** A generated manifest without its msgStreamType, and perhaps in the other mode. */
function withoutStorage(text: string, otherMode: boolean): string {
  const manifest = parse(text) as Json;
  const spec = manifest.spec as Json;
  const deps = (spec.dependencies ?? {}) as Json;
  delete deps.msgStreamType;
  if (otherMode && manifest.kind === 'Milvus') spec.mode = spec.mode === 'cluster' ? 'standalone' : 'cluster';
  return stringify(manifest);
}

describe('no fix is an error', () => {
  it("the checker's fixes on the docs' examples and the good ones", () => {
    for (const example of ALL_EXAMPLES) {
      const found = checkManifest(example.yaml).diagnostics.flatMap((d) => newErrors(example.yaml, d));
      expect(found, example.id).toEqual([]);
    }
  });

  it("the change rules' and the checker's fixes on a file applied to a running Milvus", () => {
    fc.assert(
      fc.property(validValuesArbitrary(), validValuesArbitrary(), fc.boolean(), (v, w, otherMode) => {
        const running = stringify(liveObjectOf(parse(generateYaml(v)) as Json));
        const next = withoutStorage(generateYaml(w), otherMode);
        const offered = [...diffManifests(running, next).new, ...checkManifest(next).diagnostics];
        expect(offered.flatMap((d) => newErrors(next, d))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('storage-kept-by-apply offers no fix, and advises no error, when the kept storage cannot run', () => {
    // The case: a live standalone on RocksMQ, and a cluster file that names no storage.
    const running = stringify(
      liveObjectOf({
        apiVersion: 'milvus.io/v1beta1',
        kind: 'Milvus',
        metadata: { name: 'prod', namespace: 'vector' },
        spec: { mode: 'standalone', components: { image: 'milvusdb/milvus:v2.5.16' } },
      }),
    );
    const next = stringify({
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'prod', namespace: 'vector' },
      spec: { mode: 'cluster', components: { image: 'milvusdb/milvus:v2.5.16' } },
    });
    const kept = diffManifests(running, next).new.find((d) => d.code === 'storage-kept-by-apply');
    expect(kept?.fix).toBeUndefined();
    expect(kept?.message).not.toMatch(/Write msgStreamType: rocksmq to keep/);
    expect(kept?.message).toMatch(/Writing msgStreamType: rocksmq would not help/);
  });

  it('storage-kept-by-apply offers to write the kept storage where it runs', () => {
    // A standalone on 2.5 (RocksMQ by default) moved to a 2.6 image: a fresh install would get Woodpecker.
    const spec = (image: string) => ({ mode: 'standalone', components: { image } });
    const head = {
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'prod', namespace: 'vector' },
    };
    const running = stringify(liveObjectOf({ ...head, spec: spec('milvusdb/milvus:v2.5.16') }));
    const next = stringify({ ...head, spec: spec('milvusdb/milvus:v2.6.22') });
    const kept = diffManifests(running, next).new.find((d) => d.code === 'storage-kept-by-apply');
    expect(kept?.fix?.title).toBe('Write msgStreamType: rocksmq (what runs now)');
    expect(applyFixes(next, [{ documentIndex: 0, fix: kept!.fix! }])).toMatch(/msgStreamType: rocksmq/);
  });
});
