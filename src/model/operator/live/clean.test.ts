// "Clean for apply": a live object as milvus-operator v1.3.8 writes it back (testing/liveObject.ts,
// after apis/milvus.io/v1beta1/milvus_webhook.go Default() and pkg/controllers/milvus_controller.go)
// made ready to apply again, keeping what the user set and what decides the message storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { buildManifestObject } from '../write/generate.ts';
import { resolve } from '../resolve/index.ts';
import { liveObjectOf } from '../../testing/liveObject.ts';
import { validValuesArbitrary } from '../../testing/valuesArbitrary.ts';
import { LAST_APPLIED } from '../../change/view.ts';
import { cleanForApply } from './clean.ts';

type Json = Record<string, unknown>;

const withoutLastApplied = (live: Json): Json => {
  const copy = structuredClone(live);
  delete ((copy.metadata as Json).annotations as Json)[LAST_APPLIED];
  return copy;
};

/** What the property compares: the message storage, the mode and the version a fresh install gets. */
function meaning(obj: unknown) {
  const r = resolve(obj);
  return { storage: r.storage.type, mode: r.mode, version: r.judged.version, external: r.storage.side };
}

const cluster = {
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod', namespace: 'vector' },
  spec: {
    mode: 'cluster',
    components: { image: 'milvusdb/milvus:v2.5.16', proxy: { replicas: 3 } },
    dependencies: { pulsar: { inCluster: { values: { proxy: { replicaCount: 2 } } } } },
  },
};

describe('cleanForApply', () => {
  it("removes status, server metadata, the last-applied annotation and the operator's own labels", () => {
    const out = parse(cleanForApply(stringify(liveObjectOf(cluster))).text) as Json;
    expect(out.status).toBeUndefined();
    expect(out.metadata).toEqual({ name: 'prod', namespace: 'vector' });
  });

  it('keeps what the last apply set, the chart values the user chose among the merged defaults', () => {
    const result = cleanForApply(stringify(liveObjectOf(cluster)));
    expect(parse(result.text)).toEqual({
      ...cluster,
      spec: { ...cluster.spec, dependencies: { ...cluster.spec.dependencies, msgStreamType: 'pulsar' } },
    });
    expect(result.resources[0]).toMatchObject({ name: 'Milvus/prod', usedLastApplied: true });
    expect(result.resources[0]?.removed).toContainEqual({
      path: 'spec.components.rollingMode',
      reason: 'operator-default',
    });
    expect(result.resources[0]?.removed).toContainEqual({
      path: 'spec.dependencies.pulsar.inCluster.values.zookeeper',
      reason: 'operator-default',
    });
  });

  it('keeps a written-back msgStreamType and warns when a fresh install would get another storage', () => {
    // Applied as 2.5 standalone: the operator wrote rocksmq. The same file with a 2.6 image gets Woodpecker.
    const file = {
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'a' },
      spec: { components: { image: 'milvusdb/milvus:v2.5.16' } },
    };
    const live = liveObjectOf(file);
    const result = cleanForApply(stringify(live));
    expect(parse(result.text)).toMatchObject({ spec: { dependencies: { msgStreamType: 'rocksmq' } } });
    const kept = result.resources[0]?.kept.find((k) => k.path === 'spec.dependencies.msgStreamType');
    expect(kept?.severity).toBe('info');
    // Edited since: the image is 2.6 now, so without msgStreamType a fresh install gets Woodpecker.
    (live.spec as Json).components = {
      ...((live.spec as Json).components as Json),
      image: 'milvusdb/milvus:v2.6.11',
    };
    const edited = cleanForApply(stringify(live)).resources[0]?.kept.find(
      (k) => k.path === 'spec.dependencies.msgStreamType',
    );
    expect(edited).toMatchObject({ severity: 'warning' });
    expect(edited?.message).toMatch(/fresh install gets Woodpecker instead of RocksMQ/);
  });

  it('keeps pulsar-v2 that the operator wrote for an existing Pulsar, with a warning', () => {
    const result = cleanForApply(
      stringify(liveObjectOf({ ...cluster, spec: { mode: 'cluster' } }, { existing: true })),
    );
    expect(result.text).toContain('chartVersion: pulsar-v2');
    expect(result.resources[0]?.kept).toContainEqual(
      expect.objectContaining({
        path: 'spec.dependencies.pulsar.inCluster.chartVersion',
        severity: 'warning',
      }),
    );
  });

  it('without the last-applied annotation removes only exact defaults and keeps merged chart values', () => {
    const result = cleanForApply(stringify(withoutLastApplied(liveObjectOf(cluster))));
    const out = parse(result.text) as {
      spec: { components: Json; dependencies: { pulsar: { inCluster: Json; endpoint?: string } } };
    };
    expect(out.spec.components.rollingMode).toBeUndefined();
    expect(out.spec.components.proxy).toEqual({ replicas: 3 });
    expect(out.spec.dependencies.pulsar.endpoint).toBeUndefined();
    expect(out.spec.dependencies.pulsar.inCluster.values).toHaveProperty('zookeeper');
    expect(result.resources[0]?.usedLastApplied).toBe(false);
    expect(result.resources[0]?.kept.map((k) => k.path)).toContain(
      'spec.dependencies.pulsar.inCluster.values',
    );
  });

  it('keeps comments and key order', () => {
    const text = `# production Milvus\n${stringify(liveObjectOf(cluster)).replace('  mode: cluster', '  mode: cluster # two nodes')}`;
    const out = cleanForApply(text).text;
    expect(
      out.startsWith('# production Milvus\napiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:'),
    ).toBe(true);
    expect(out).toContain('mode: cluster # two nodes');
  });

  it("cleans each item of a kind: List and the List's own metadata", () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      metadata: { resourceVersion: '' },
      items: [
        liveObjectOf(cluster),
        liveObjectOf({ ...cluster, metadata: { name: 'b' }, spec: { mode: 'standalone' } }),
      ],
    };
    const result = cleanForApply(stringify(list));
    const out = parse(result.text) as { metadata?: unknown; items: Json[] };
    expect(out.metadata).toBeUndefined();
    expect(out.items.map((i) => i.status)).toEqual([undefined, undefined]);
    expect(result.resources.map((r) => [r.item, r.name])).toEqual([
      [0, 'Milvus/prod'],
      [1, 'Milvus/b'],
    ]);
  });

  it("leaves the other documents of a stream as they were, and cleans any resource's metadata", () => {
    const secret = '# the credentials\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s  # keep\n';
    const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  uid: 1\n';
    const result = cleanForApply(`${secret}---\n${configMap}`);
    expect(result.text.startsWith(secret)).toBe(true);
    expect(parseAllDocuments(result.text).map((d) => d.toJS() as Json)[1]).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
    });
  });

  it('says what is wrong with input it cannot clean, and changes nothing', () => {
    expect(cleanForApply('')).toMatchObject({
      text: '',
      problem: { message: expect.stringMatching(/empty/) },
    });
    const broken = 'kind: Milvus\nspec: [\n';
    expect(cleanForApply(broken)).toMatchObject({ text: broken, problem: { line: expect.any(Number) } });
  });

  it('gives back the meaning of the file the live object came from (storage, mode, version)', () => {
    fc.assert(
      fc.property(
        validValuesArbitrary().filter((v) => v.apiVersion === 'v1beta1'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('msgStreamType', 'image', 'mode', null),
        (values, existing, annotated, unnamed) => {
          // A file that leaves the storage, the image or the mode to the operator's defaults.
          const file = buildManifestObject(values) as {
            spec: { mode?: string; components?: Json; dependencies?: Json };
          };
          if (unnamed === 'mode' && file.spec.mode === 'standalone') delete file.spec.mode;
          if (unnamed === 'image') delete file.spec.components?.image;
          if (unnamed === 'msgStreamType') delete file.spec.dependencies?.msgStreamType;
          const live = liveObjectOf(file as unknown as Json, { existing });
          const result = cleanForApply(stringify(annotated ? live : withoutLastApplied(live)));
          const cleaned = parse(result.text) as Json;
          expect(cleaned.status).toBeUndefined();
          expect(meaning(cleaned)).toEqual(meaning(file));
        },
      ),
      // Each run prints and reads a live object with full chart values (about 25 KB).
      { numRuns: 60 },
    );
  }, 120_000);
});
