// The change rules on UPDATE (oldObject against object), evaluated by a real CEL evaluator, against
// the model's change rules (change/rules.ts, those the objects alone decide) on the same objects:
// the pairs the diff tests compare (collected by running those tests here again), and generated
// pairs, each with OLD as a file and as the live object the operator made of it.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildManifestObject } from '../write/generate.ts';
import { liveObjectOf } from '../../testing/liveObject.ts';
import { validValuesArbitrary } from '../../testing/valuesArbitrary.ts';
import { defaultValues, type WizardValues } from '../../wizard/values/valuesObject.ts';
import { defaultImageFor } from '../../facts/versions.ts';
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

/** What the generated updates vary in one manifest. */
const UPDATE_CHANGE = fc.record({
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
type UpdateChange = typeof UPDATE_CHANGE extends fc.Arbitrary<infer T> ? T : never;

/** The manifest of `v` with the change `x` made to it. */
function updated(v: WizardValues, x: UpdateChange): Json {
  const next = structuredClone(buildManifestObject(v)) as { spec: Record<string, Json> };
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
  if (x.woodpeckerLocal) spec.config = { ...(spec.config ?? {}), woodpecker: { storage: { type: 'local' } } };
  return next;
}

const NO_CHANGE: UpdateChange = {
  mode: undefined,
  image: undefined,
  msgStreamType: undefined,
  persistence: undefined,
  chartVersion: undefined,
  deletionPolicy: undefined,
  woodpeckerLocal: false,
};
const values = (over: Partial<WizardValues>): WizardValues => ({ ...defaultValues(), ...over });
const standalone25 = (msgStreamType: WizardValues['msgStreamType']) =>
  values({ milvusVersion: '2.5', image: defaultImageFor('2.5'), msgStreamType });
const clusterPulsar = values({ mode: 'cluster', msgStreamType: 'pulsar' });

/**
 * One update per update code, each run every time: random updates reach some codes only about
 * once in a few hundred runs, so which codes a run saw depended on its seed.
 */
const RARE_UPDATES: [WizardValues, UpdateChange, boolean][] = [
  // storage-change: RocksMQ to Kafka on a running 2.5
  [standalone25('rocksmq'), { ...NO_CHANGE, msgStreamType: 'kafka' }, false],
  // storage-change on 3.0: Woodpecker to Kafka, a switch Milvus supports (the live object as OLD)
  [
    values({ milvusVersion: '3.0', image: defaultImageFor('3.0') }),
    { ...NO_CHANGE, msgStreamType: 'kafka' },
    true,
  ],
  // mode-change-storage: a standalone RocksMQ made a cluster, its storage kept
  [standalone25('rocksmq'), { ...NO_CHANGE, mode: 'cluster' }, true],
  // version-crossing: NATS on 2.5 upgraded to 2.6, which has no NATS
  [standalone25('natsmq'), { ...NO_CHANGE, image: 'milvusdb/milvus:v2.6.22' }, false],
  // persistence-change: the embedded storage's persistence turned off
  [standalone25('rocksmq'), { ...NO_CHANGE, persistence: { enabled: false } }, true],
  // pulsar-chart-change: the in-cluster Pulsar moved to the other chart
  [clusterPulsar, { ...NO_CHANGE, chartVersion: 'pulsar-v2' }, true],
  // deletes-storage-data: the in-cluster release deleted with the resource
  [clusterPulsar, { ...NO_CHANGE, deletionPolicy: 'Delete' }, false],
];

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
    const seen = new Set<string>();
    fc.assert(
      fc.property(validValuesArbitrary(), UPDATE_CHANGE, fc.boolean(), (v, x, live) => {
        const oldManifest = buildManifestObject(v);
        const c = updateCase(live ? liveObjectOf(oldManifest) : oldManifest, updated(v, x));
        if (!c) return;
        const { errors, policy, model } = compareUpdate(c);
        for (const code of [...policy.errors, ...policy.warnings]) seen.add(code);
        expect(errors).toEqual([]);
        expect(policy).toEqual(model);
      }),
      // The examples count among the runs: 7 of them, then 293 random updates.
      { numRuns: 300, examples: RARE_UPDATES },
    );
    expect([...seen].sort()).toEqual([...UPDATE_CODES].sort());
  }, 120_000);
});
