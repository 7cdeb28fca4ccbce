// The change rules on UPDATE (oldObject against object), evaluated by a real CEL evaluator, against
// the model's change rules (change/rules.ts, those the objects alone decide) on the same objects:
// the pairs the diff tests compare (collected by running those tests here again), and generated
// pairs, each with OLD as a file and as the live object the operator made of it.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildManifestObject } from '../write/generate.ts';
import { liveObjectOf } from '../../testing/liveObject.ts';
import { validValuesArbitrary } from '../../testing/valuesArbitrary.ts';
import { matchedObjects } from '../../change/diff.ts';
import { UPDATE_CODES } from './updateRules.ts';
import { compareUpdate, updateCase } from './testing.ts';

const diffed = vi.hoisted(() => [] as [string, string][]);

vi.mock('../../change/diff.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../change/diff.ts')>();
  return {
    ...actual,
    diffManifests: (oldText: string, newText: string) => {
      diffed.push([oldText, newText]);
      return actual.diffManifests(oldText, newText);
    },
  };
});

// Runs the diff tests again (they register in this file), filling `diffed`.
import.meta.glob('../../change/diff.test.ts', { eager: true });

type Json = Record<string, unknown>;

describe('the update rules against the change rules', () => {
  it("on the diff tests' pairs: deny exactly where the diff finds an error, warn where it warns, with the same codes", () => {
    expect(diffed.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    const mismatches: unknown[] = [];
    let compared = 0;
    for (const [oldText, newText] of diffed) {
      for (const pair of matchedObjects(oldText, newText)) {
        const c = updateCase(pair.old, pair.new);
        if (!c) continue;
        compared++;
        const { errors, policy, model } = compareUpdate(c);
        for (const code of [...policy.errors, ...policy.warnings]) seen.add(code);
        if (errors.length > 0 || JSON.stringify(policy) !== JSON.stringify(model))
          mismatches.push({ oldText, newText, errors, policy, model });
      }
    }
    expect(mismatches.slice(0, 2)).toEqual([]);
    expect(compared).toBeGreaterThan(10);
    expect([...seen].sort()).toEqual([...UPDATE_CODES].sort());
  }, 120_000);

  it('on generated pairs, OLD a file or the live object', () => {
    const renamed = (m: Json): Json => ({ ...m, metadata: { name: 'prod', namespace: 'vector' } });
    fc.assert(
      fc.property(validValuesArbitrary(), validValuesArbitrary(), fc.boolean(), (v, w, live) => {
        const oldManifest = renamed(buildManifestObject(v));
        const newManifest = renamed(buildManifestObject(w));
        const c = updateCase(live ? liveObjectOf(oldManifest) : oldManifest, newManifest);
        if (!c) return;
        const { errors, policy, model } = compareUpdate(c);
        expect(errors).toEqual([]);
        expect(policy).toEqual(model);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('on generated updates of one manifest: mode, version, storage, persistence, chart and deletion settings', () => {
    const change = fc.record({
      mode: fc.constantFrom(undefined, 'standalone', 'cluster'),
      image: fc.constantFrom(
        undefined,
        'milvusdb/milvus:v2.5.16',
        'milvusdb/milvus:v2.6.22',
        'milvusdb/milvus:v3.0.0',
        'milvusdb/milvus:latest',
      ),
      msgStreamType: fc.constantFrom(undefined, null, 'rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker'),
      persistence: fc.constantFrom(
        undefined,
        { enabled: false },
        { enabled: true, pvcDeletion: true },
        { enabled: true, persistentVolumeClaim: { existingClaim: 'other' } },
      ),
      chartVersion: fc.constantFrom(undefined, 'pulsar-v2', 'pulsar-v3'),
      deletionPolicy: fc.constantFrom(undefined, 'Delete', 'Retain'),
      woodpeckerLocal: fc.boolean(),
    });
    const seen = new Set<string>();
    fc.assert(
      fc.property(validValuesArbitrary(), change, fc.boolean(), (v, x, live) => {
        const oldManifest = buildManifestObject(v);
        const next = structuredClone(oldManifest) as { spec: Record<string, Json> };
        const spec = next.spec;
        const deps = (spec.dependencies ??= {}) as Record<string, Json>;
        if (x.mode !== undefined) spec.mode = x.mode as unknown as Json;
        if (x.image !== undefined) (spec.components ??= {}).image = x.image;
        if (x.msgStreamType === null) delete deps.msgStreamType;
        else if (x.msgStreamType !== undefined) deps.msgStreamType = x.msgStreamType as unknown as Json;
        for (const embedded of ['rocksmq', 'natsmq', 'woodpecker'])
          if (x.persistence) (deps[embedded] ??= {}).persistence = x.persistence;
        for (const release of ['pulsar', 'kafka']) {
          const inCluster = ((deps[release] ??= {}).inCluster ??= {}) as Json;
          if (x.deletionPolicy) inCluster.deletionPolicy = x.deletionPolicy;
          if (release === 'pulsar' && x.chartVersion) inCluster.chartVersion = x.chartVersion;
        }
        if (x.woodpeckerLocal)
          spec.config = { ...(spec.config ?? {}), woodpecker: { storage: { type: 'local' } } };
        const c = updateCase(live ? liveObjectOf(oldManifest) : oldManifest, next);
        if (!c) return;
        const { errors, policy, model } = compareUpdate(c);
        for (const code of [...policy.errors, ...policy.warnings]) seen.add(code);
        expect(errors).toEqual([]);
        expect(policy).toEqual(model);
      }),
      // Enough runs that every update code is reached on any seed (300 missed one now and then).
      { numRuns: 600 },
    );
    expect([...seen].sort()).toEqual([...UPDATE_CODES].sort());
  }, 120_000);
});
