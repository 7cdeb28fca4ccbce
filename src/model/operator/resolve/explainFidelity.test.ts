// "What will run" as operator v1.3.8 and Milvus behave (issue #21), and from the same judgement
// as the checker: each case names the code it follows.
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../checker/index.ts';
import { milvus } from '../checker/testing.ts';
import { explain } from './explain.ts';
import { explainText } from '../../whatRuns/explanation.ts';

function explained(text: string) {
  const result = checkManifest(text);
  const view = result.resolved[0]!.view;
  return { result, e: explain(view), text: explainText(explain(view)) };
}

describe('What will run', () => {
  it('NATS on the default image (2.6.11): an outcome of its own, "fails at start", as check calls it an error', () => {
    const { result, e, text } = explained(milvus('dependencies:\n  msgStreamType: natsmq'));
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'unsupported-storage',
    ]);
    expect(e.outcome).toBe('fails');
    expect(e.headline).toContain('Milvus fails at start');
    expect(text).toContain('Fails at start:');
    // A storage that runs is deployed, and a version nobody can read is not a failure.
    expect(explained(milvus('dependencies:\n  msgStreamType: rocksmq')).e.outcome).toBe('deployed');
    const unreadable = milvus(
      'mode: cluster\ncomponents:\n  image: harbor.milvus.io/milvus/milvus:wp-36319c0\ndependencies:\n  msgStreamType: woodpecker',
    );
    expect(explained(unreadable).e.outcome).toBe('deployed');
  });

  // whatRuns/judge.ts failsAtStart: the errors of the families that mean Milvus refuses what it gets.
  it('Woodpecker as a service on 2.6, and local Woodpecker in a cluster, fail at start as check says', () => {
    const service = (image: string) =>
      milvus(
        `mode: cluster\ncomponents:\n  image: milvusdb/milvus:${image}\ndependencies:\n  msgStreamType: woodpecker\n  woodpecker:\n    external: true\n    quorumBufferPools:\n      - name: p\n        seeds: ["wp-0.wp:18080"]`,
      );
    const on26 = explained(service('v2.6.22'));
    expect(on26.result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'woodpecker-service-version',
    ]);
    expect(on26.e.outcome).toBe('fails');
    expect(on26.e.headline).toMatch(/Milvus fails at start.*no client for a Woodpecker service/);
    expect(explained(service('v3.0.1')).e.outcome).toBe('deployed');
    const local = explained(
      milvus(
        'mode: cluster\ncomponents:\n  image: milvusdb/milvus:v2.6.22\nconfig:\n  woodpecker:\n    storage:\n      type: local\ndependencies:\n  msgStreamType: woodpecker',
      ),
    );
    expect(local.result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
      'woodpecker-local-in-cluster',
    ]);
    expect(local.e.outcome).toBe('fails');
  });

  it('names the namespace only as the resource has it: never an assumed default', () => {
    const none = explained(milvus('mode: cluster\ndependencies:\n  msgStreamType: kafka')).text;
    expect(none).toContain('test-kafka.<namespace>:9092');
    expect(none).toContain("kubectl's current namespace");
    expect(none).not.toContain('.default:');
    const named = explained(
      milvus('mode: cluster\ndependencies:\n  msgStreamType: kafka').replace(
        'name: test',
        'name: test\n  namespace: vectors',
      ),
    ).text;
    expect(named).toContain('test-kafka.vectors:9092');
    expect(named).not.toContain('<namespace>');
  });

  it('embedded Woodpecker: its log in the object storage (bucket, MinIO, conditional writes) and its metadata in etcd', () => {
    const inCluster = explained(
      milvus('components:\n  image: milvusdb/milvus:v2.6.15\ndependencies:\n  msgStreamType: woodpecker'),
    ).text;
    expect(inCluster).not.toContain('None: the message storage runs inside Milvus');
    expect(inCluster).toContain('bucket milvus-bucket on the in-cluster MinIO test-minio.<namespace>:9000');
    expect(inCluster).toContain('RELEASE.2024-12-18');
    expect(inCluster).toContain('Woodpecker metadata: etcd');
    const external = explained(
      milvus(
        'components:\n  image: milvusdb/milvus:v2.6.15\nconfig:\n  minio:\n    bucketName: vectors\ndependencies:\n  msgStreamType: woodpecker\n  storage:\n    external: true\n    endpoint: s3.amazonaws.com:443',
      ),
    ).text;
    expect(external).toContain('bucket vectors on the external object storage at s3.amazonaws.com:443');
  });

  // v1.3.8 pkg/external/kafka.go CheckKafka and pkg/controllers/status_cluster.go.
  it('Kafka readiness: reads _milvus-operator partition 0 broker after broker; secretRef replaces the credentials', () => {
    const spec = (secret: string) =>
      milvus(
        `mode: cluster\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: [k-0:9092, k-1:9092]${secret}`,
      );
    const plain = explained(spec('')).text;
    expect(plain).toContain('_milvus-operator, partition 0');
    expect(plain).toContain('one after another');
    expect(plain).toContain('ACLs');
    expect(plain).toContain('system CAs only');
    expect(plain).not.toContain('when a broker answers');
    expect(explained(spec('\n    secretRef: kafka-creds')).text).toContain(
      'Secret kafka-creds (spec.dependencies.kafka.secretRef), which replace those in spec.config.kafka',
    );
  });
});
