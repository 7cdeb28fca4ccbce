// A live object's status in "What will run", beside what its spec asks for. The status is the
// operator's: apis/milvus.io/v1beta1/milvus_types.go MilvusStatus, written by
// pkg/controllers/milvus.go SetDefaultStatus and pkg/controllers/status_cluster.go
// UpdateStatusForNewGeneration (currentImage/currentVersion copied from the spec once MilvusReady
// and MilvusUpdated hold). The fixtures are made the way the operator writes them
// (src/model/testing/liveObject.ts).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkManifest } from '../checker/index.ts';
import { liveObjectOf } from '../../testing/liveObject.ts';
import { explain, resolve } from './index.ts';
import { explainText, type Explanation } from '../../whatRuns/explanation.ts';

type Json = Record<string, unknown>;

const kafkaCluster = (image: string, extra: Json = {}): Json => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod', namespace: 'vector' },
  spec: {
    mode: 'cluster',
    components: { image, ...extra },
    dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['kafka-0.kafka:9092'] } },
  },
});

const liveSection = (e: Explanation) => e.sections.find((s) => s.id === 'live');
const fact = (e: Explanation, label: string) => liveSection(e)?.facts?.find((f) => f.label === label);

describe('the status of a live object in the resolved view', () => {
  it('a healthy object: the version running now is the one the spec asks for, and MsgStreamReady holds', () => {
    const v = resolve(liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22')));
    expect(v.status).toMatchObject({
      health: 'Healthy',
      currentImage: 'milvusdb/milvus:v2.6.22',
      currentVersion: '',
      now: { major: 2, minor: 6, patch: 22 },
      nowPath: ['status', 'currentImage'],
      askedImage: 'milvusdb/milvus:v2.6.22',
      differs: false,
      behind: false,
      msgStream: { type: 'MsgStreamReady', status: 'True', reason: 'MsgStreamReady', index: 2 },
    });
    expect(v.status?.conditions.map((c) => c.type)).toEqual([
      'EtcdReady',
      'StorageReady',
      'MsgStreamReady',
      'MilvusReady',
      'MilvusUpdated',
    ]);
  });

  it('a file without a status has none, and its explanation no "Running now" section', () => {
    const v = resolve(kafkaCluster('milvusdb/milvus:v2.6.22'));
    expect(v.status).toBeNull();
    expect(liveSection(explain(v))).toBeUndefined();
  });

  it('an empty status is no live object', () => {
    expect(resolve({ ...kafkaCluster('milvusdb/milvus:v2.6.22'), status: {} }).status).toBeNull();
  });

  it('an upgrade under way: the pods run the old image, the spec asks for the new one', () => {
    const v = resolve(
      liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22'), { currentImage: 'milvusdb/milvus:v2.5.16' }),
    );
    expect(v.status).toMatchObject({ now: { major: 2, minor: 5, patch: 16 }, differs: true });
    const e = explain(v);
    expect(fact(e, 'Runs now')).toEqual({
      label: 'Runs now',
      value: 'Milvus 2.5.16 (status.currentImage milvusdb/milvus:v2.5.16)',
      tone: 'attention',
    });
    expect(fact(e, 'The spec asks for')?.value).toBe(
      'Milvus 2.6.22, from the tag of spec.components.image (milvusdb/milvus:v2.6.22)',
    );
    expect(liveSection(e)?.lines.join('\n')).toMatch(/an upgrade is under way, or stuck/);
    expect(liveSection(e)?.lines.join('\n')).toMatch(
      /MilvusUpdated False \(MilvusUpgradingImage: Milvus is performing rolling upgrade/,
    );
  });

  it('reads status.currentVersion first, as IsCurrentImageVersionGreaterThan2_6 does', () => {
    const live = liveObjectOf(kafkaCluster('milvusdb/milvus:latest', { version: '2.6.22' }));
    const v = resolve(live);
    expect(v.status).toMatchObject({
      currentVersion: '2.6.22',
      now: { major: 2, minor: 6, patch: 22 },
      nowPath: ['status', 'currentVersion'],
      differs: false,
    });
    expect(fact(explain(v), 'Runs now')?.value).toBe(
      'Milvus 2.6.22 (status.currentVersion 2.6.22, status.currentImage milvusdb/milvus:latest)',
    );
  });

  it('an image whose tag names no version: another image than the spec asks for still shows a rollout', () => {
    const v = resolve(
      liveObjectOf(kafkaCluster('milvusdb/milvus:latest'), {
        currentImage: 'registry.local/milvus@sha256:ab',
      }),
    );
    expect(v.status).toMatchObject({ now: null, differs: true });
    expect(fact(explain(v), 'Runs now')?.value).toBe(
      'the image registry.local/milvus@sha256:ab (status.currentImage registry.local/milvus@sha256:ab)',
    );
  });

  it('MsgStreamReady False: its reason and message, and what the operator does meanwhile', () => {
    const e = explain(
      resolve(liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22'), { msgStreamReady: false })),
    );
    expect(fact(e, 'MsgStreamReady')).toEqual({
      label: 'MsgStreamReady',
      value: 'False (MsgStreamNotReady: dial tcp: connection refused)',
      tone: 'attention',
    });
    expect(fact(e, 'Milvus')?.value).toMatch(/^Pending; MilvusReady False \(MilvusComponentNotHealthy: /);
    // pkg/controllers/milvus.go ReconcileMilvus returns before any component while IsDependencyReady is false.
    expect(liveSection(e)?.lines.join('\n')).toMatch(/reconciles no Milvus component/);
  });

  it('no MsgStreamReady yet, and a status behind the latest generation, are said', () => {
    const live = liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22'));
    const status = live.status as Json;
    status.conditions = (status.conditions as Json[]).filter((c) => c.type !== 'MsgStreamReady');
    status.observedGeneration = 1;
    const v = resolve(live);
    expect(v.status).toMatchObject({ msgStream: null, behind: true });
    const e = explain(v);
    expect(fact(e, 'MsgStreamReady')).toMatchObject({ value: 'not probed yet', tone: 'attention' });
    expect(liveSection(e)?.lines.join('\n')).toMatch(/has not probed the message storage yet/);
    expect(liveSection(e)?.lines.join('\n')).toMatch(/observedGeneration is behind metadata.generation/);
  });

  it('--milvus-version judges support, but the status is still compared with the spec', () => {
    const live = liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22'));
    const v = resolve(live, { milvusVersion: '2.5' });
    expect(v.judged.source).toBe('option');
    expect(v.status).toMatchObject({
      differs: false,
      asked: { source: 'image', raw: 'milvusdb/milvus:v2.6.22' },
    });
  });

  it('explain text: the status first, label and value per line, then what the operator makes of the spec', () => {
    const text = explainText(
      explain(resolve(liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22'), { msgStreamReady: false }))),
    );
    const lines = text.split('\n');
    expect(lines.indexOf('Running now (status):')).toBe(2);
    expect(text).toContain('  Runs now: Milvus 2.6.22 (status.currentImage milvusdb/milvus:v2.6.22)\n');
    expect(text).toContain('  MsgStreamReady: False (MsgStreamNotReady: dial tcp: connection refused)\n');
    expect(lines.indexOf('Running now (status):')).toBeLessThan(lines.indexOf('Message storage:'));
  });
});

describe('the checker and "What will run" read the one status', () => {
  it('the live-status diagnostics say what the resolved view holds', () => {
    const text = stringify(
      liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22'), {
        msgStreamReady: false,
        currentImage: 'milvusdb/milvus:v2.5.16',
      }),
    );
    const result = checkManifest(text);
    const [view] = result.resolved;
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(
      expect.arrayContaining(['live-object', 'live-version-differs', 'msg-stream-not-ready']),
    );
    expect(result.diagnostics.find((d) => d.code === 'msg-stream-not-ready')?.path).toBe(
      `status.conditions[${view?.view.status?.msgStream?.index}].status`,
    );
    expect(result.diagnostics.find((d) => d.code === 'live-version-differs')?.path).toBe(
      'status.currentImage',
    );
  });
});

describe('kind: List, as kubectl get milvus -A -o yaml prints it', () => {
  it('each item gets its own place and its own status', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      metadata: { resourceVersion: '' },
      items: [
        liveObjectOf(kafkaCluster('milvusdb/milvus:v2.6.22'), { msgStreamReady: false }),
        liveObjectOf({
          apiVersion: 'milvus.io/v1beta1',
          kind: 'Milvus',
          metadata: { name: 'small' },
          spec: {},
        }),
      ],
    };
    const { resolved } = checkManifest(stringify(list));
    expect(resolved.map((r) => [r.documentIndex, r.item, r.view.name])).toEqual([
      [0, 0, 'prod'],
      [0, 1, 'small'],
    ]);
    expect(resolved.map((r) => fact(explain(r.view), 'MsgStreamReady')?.value)).toEqual([
      'False (MsgStreamNotReady: dial tcp: connection refused)',
      'True (MsgStreamReady)',
    ]);
  });
});
