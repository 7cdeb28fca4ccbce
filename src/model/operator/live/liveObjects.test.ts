// Live objects as milvus-operator v1.3.8 writes them back (apis/milvus.io/v1beta1/milvus_webhook.go
// Default(), run and written back by pkg/controllers/milvus_controller.go; full default chart values
// per pkg/helm/values/values.go), built by src/model/testing/liveObject.ts, must check without a
// false alarm: nothing the user's own file did not already get, apart from the status notes.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyFixes } from '../../findings/fixes.ts';
import { checkManifest } from '../checker/index.ts';
import { codes, withCode } from '../checker/testing.ts';
import { buildManifestObject } from '../write/generate.ts';
import { DEFAULT_MINIO_TAG } from '../../testing/chartDefaults.ts';
import { liveObjectOf } from '../../testing/liveObject.ts';
import { allowedCombinations, valuesFor } from '../../testing/valuesArbitrary.ts';

const STATUS_CODES = ['live-object'];

describe('live objects from the operator defaulting', () => {
  for (const c of allowedCombinations().filter((x) => x.api === 'v1beta1')) {
    const name = `${c.mode} ${c.minor} ${c.mq} ${c.external ? 'external' : 'in-cluster'}`;
    it(`${name}: the live object finds nothing its file did not`, () => {
      const manifest = buildManifestObject(valuesFor(c));
      const file = checkManifest(stringify(manifest)).diagnostics;
      const live = checkManifest(stringify(liveObjectOf(manifest))).diagnostics;
      expect(codes(live).filter((code) => !STATUS_CODES.includes(code))).toEqual(codes(file));
      expect(live.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }

  it('an existing resource that got pulsar-v2, and a file that named nothing, check clean too', () => {
    const manifest = {
      apiVersion: 'milvus.io/v1beta1',
      kind: 'Milvus',
      metadata: { name: 'old' },
      spec: { mode: 'cluster' },
    };
    const live = checkManifest(stringify(liveObjectOf(manifest, { existing: true })));
    expect(live.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(stringify(liveObjectOf(manifest, { existing: true }))).toContain('chartVersion: pulsar-v2');
  });

  it('holds the default chart values, with the MinIO release Woodpecker needs', () => {
    const text = stringify(
      liveObjectOf({ apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name: 'a' }, spec: {} }),
    );
    expect(text).toContain(DEFAULT_MINIO_TAG);
    expect(text).toContain('msgStreamType: woodpecker');
    expect(withCode(checkManifest(text).diagnostics, 'woodpecker-conditional-writes')).toEqual([]);
  });
});

describe('the status of a live object', () => {
  const manifest = {
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: { name: 'prod', namespace: 'vector' },
    spec: {
      mode: 'cluster',
      components: { image: 'milvusdb/milvus:v2.6.22' },
      dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['kafka-0.kafka:9092'] } },
    },
  };

  it('names the version running now and whether MsgStreamReady holds', () => {
    const [d] = withCode(checkManifest(stringify(liveObjectOf(manifest))).diagnostics, 'live-object');
    expect(d?.message).toMatch(/Milvus 2\.6\.22 runs now.*MsgStreamReady is True/);
  });

  it('warns when MsgStreamReady is False: no Milvus pod is deployed', () => {
    const diagnostics = checkManifest(
      stringify(liveObjectOf(manifest, { msgStreamReady: false })),
    ).diagnostics;
    const [d] = withCode(diagnostics, 'msg-stream-not-ready');
    expect(d).toMatchObject({ severity: 'warning', path: 'status.conditions[2].status' });
    expect(d?.message).toMatch(/connection refused.*deploys no Milvus pod/);
  });

  it('notes an upgrade under way when the pods run another version', () => {
    const live = liveObjectOf(manifest, { currentImage: 'milvusdb/milvus:v2.5.16' });
    const [d] = withCode(checkManifest(stringify(live)).diagnostics, 'live-version-differs');
    expect(d?.message).toMatch(/run Milvus 2\.5\.16, but the spec asks for 2\.6\.22/);
  });
});

describe('kind: List, as kubectl get milvus -A -o yaml prints it', () => {
  const item = (name: string, spec: Record<string, unknown>) =>
    liveObjectOf({ apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name }, spec });
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    metadata: { resourceVersion: '' },
    items: [
      item('a', { components: { image: 'milvusdb/milvus:v2.5.16' } }),
      item('b', { mode: 'cluster', dependencies: { msgStreamType: 'rocksmq' } }),
    ],
  };

  it('checks every item, and places each finding inside its item', () => {
    const result = checkManifest(stringify(list));
    expect(result.milvusResources).toBe(2);
    const [d] = withCode(result.diagnostics, 'unsupported-storage');
    expect(d?.path).toBe('items[1].spec.dependencies.msgStreamType');
    const text = stringify(list);
    expect(text.split('\n')[d!.line - 1]).toContain('msgStreamType: rocksmq');
  });

  it('applies a fix inside the right item', () => {
    const text = stringify({
      ...list,
      items: [
        list.items[0],
        {
          ...list.items[1],
          spec: {
            ...(list.items[1] as { spec: object }).spec,
            dependencies: { msgStreamType: 'pulsar', pulsar: { endpoints: ['p:6650'] } },
          },
        },
      ],
    });
    const fixable = checkManifest(text).diagnostics.find((d) => d.code === 'misplaced-field');
    expect(fixable?.path).toBe('items[1].spec.dependencies.pulsar.endpoints');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: fixable!.fix! }]);
    expect(withCode(checkManifest(fixed).diagnostics, 'misplaced-field')).toEqual([]);
    expect(fixed).toContain('endpoint: p:6650');
  });

  it('an empty List holds no Milvus resource', () => {
    const result = checkManifest('apiVersion: v1\nkind: List\nitems: []\n');
    expect(codes(result.diagnostics)).toEqual(['no-milvus-resource']);
  });
});
