// The operator's view of a manifest, one behaviour per test. Each names, in a comment, the
// milvus-operator v1.3.8 source it follows.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { goSplitHostPort, operatorHostPort } from './operatorAddress.ts';
import { parseTolerant } from './operatorVersion.ts';
import { explain, resolve, type ResolveOptions } from './index.ts';

function view(yaml: string, options: ResolveOptions = {}) {
  return resolve(parse(yaml), options);
}

const milvus = (spec: string, head = 'apiVersion: milvus.io/v1beta1\nkind: Milvus') =>
  `${head}\nmetadata:\n  name: mv\n  namespace: vec\nspec:\n${spec
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

describe('conversion and admission', () => {
  // apis/milvus.io/v1alpha1/milvus_webhook.go ConvertSpecTo
  it('a v1alpha1 Milvus: image moves to components.standalone, so the operator believes its default image', () => {
    const v = view(
      milvus('image: milvusdb/milvus:v2.3.13\nreplicas: 1', 'apiVersion: milvus.io/v1alpha1\nkind: Milvus'),
      {
        webhook: true,
      },
    );
    expect(v.form).toBe('milvus-v1alpha1');
    expect(v.believed).toMatchObject({ source: 'default', version: { major: 2, minor: 6, patch: 11 } });
    expect(v.running).toMatchObject([
      { component: 'standalone', image: 'milvusdb/milvus:v2.3.13', path: ['spec', 'image'] },
    ]);
    expect(v.judged.label).toBe('2.3.13');
  });

  it('a v1alpha1 Milvus: spec.persistence replaces dependencies.rocksmq.persistence', () => {
    const v = view(
      milvus(
        'dependencies:\n  rocksmq:\n    persistence: {enabled: true}',
        'apiVersion: milvus.io/v1alpha1\nkind: Milvus',
      ),
      { webhook: true },
    );
    expect(v.conversion.join(' ')).toContain('RocksMQ runs without persistence');
  });

  // charts/milvus-operator/values.yaml (enableWebhook: false) and the CRD's conversion strategy
  it('a v1alpha1 Milvus is refused without the webhook and accepted with it', () => {
    const text = milvus('image: milvusdb/milvus:v2.4.17', 'apiVersion: milvus.io/v1alpha1\nkind: Milvus');
    expect(view(text).admission.accepted).toBe(false);
    expect(view(text, { webhook: true }).admission.accepted).toBe(true);
  });

  it('a MilvusCluster runs as a cluster, accepted without any webhook', () => {
    const v = view(milvus('dependencies: {}', 'apiVersion: milvus.io/v1alpha1\nkind: MilvusCluster'));
    expect(v.mode).toBe('cluster');
    expect(v.admission.accepted).toBe(true);
    expect(v.storage.type).toBe('pulsar');
  });

  // apis/milvus.io/v1beta1/milvus_webhook.go validateExternal (runs after Default)
  it('with the webhook, an external storage without its address is refused by the API server', () => {
    const v = view(milvus('dependencies:\n  msgStreamType: kafka\n  kafka: {external: true}'), {
      webhook: true,
    });
    expect(v.admission.accepted).toBe(false);
    expect(v.admission.refusals).toMatchObject([{ path: ['spec', 'dependencies', 'kafka', 'brokerList'] }]);
    expect(explain(v).outcome).toBe('refused');
  });
});

describe('the two versions', () => {
  // apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6
  it('the label comes first, then the image tag', () => {
    const v = view(milvus('components:\n  version: "2.5"\n  image: milvusdb/milvus:v2.6.15'));
    expect(v.believed).toMatchObject({
      source: 'version',
      atLeast26: false,
      path: ['spec', 'components', 'version'],
    });
    expect(v.judged).toMatchObject({ source: 'running', label: '2.6.15' });
  });

  it('a master-* tag counts as 2.6 or later; a digest, latest or no tag as below 2.6', () => {
    const believed = (image: string) => view(milvus(`components:\n  image: "${image}"`)).believed;
    expect(believed('milvusdb/milvus:master-20251201-abcdef')).toMatchObject({
      atLeast26: true,
      version: null,
    });
    expect(believed('milvusdb/milvus@sha256:0123abcd')).toMatchObject({ atLeast26: false, version: null });
    expect(believed('milvusdb/milvus:latest')).toMatchObject({ atLeast26: false });
    expect(believed('milvusdb/milvus')).toMatchObject({ atLeast26: false });
    // strings.Split(image, ":"): a registry port with no tag leaves "5000/milvus" as the tag.
    expect(believed('registry:5000/milvus')).toMatchObject({ atLeast26: false });
    expect(believed('registry:5000/milvus:v2.6.3')).toMatchObject({ atLeast26: true });
  });

  it('an unparsable label counts as below 2.6, whatever the image', () => {
    const v = view(milvus('components:\n  version: next\n  image: milvusdb/milvus:v2.6.15'));
    expect(v.believed).toMatchObject({ source: 'version', atLeast26: false, version: null });
    expect(v.believed.origin).toContain('semver cannot read');
  });

  it('no image at all: the operator first sets its default image, 2.6.11', () => {
    const v = view(milvus('mode: standalone'));
    expect(v.believed).toMatchObject({ source: 'default', raw: 'milvusdb/milvus:v2.6.11', atLeast26: true });
    expect(v.running).toMatchObject([{ source: 'default', component: 'standalone' }]);
  });

  // blang/semver ParseTolerant, which the operator calls
  it('reads versions as semver.ParseTolerant does', () => {
    expect(parseTolerant('v2.6')).toEqual({ major: 2, minor: 6, patch: 0 });
    expect(parseTolerant('2.6.0-rc1')).toEqual({ major: 2, minor: 6, patch: 0 });
    expect(parseTolerant('02.06.01')).toEqual({ major: 2, minor: 6, patch: 1 });
    expect(parseTolerant('2.6-rc1')).toBeNull();
    expect(parseTolerant('latest')).toBeNull();
  });

  it('each component runs its own image, else the global one', () => {
    const v = view(
      milvus(
        'mode: cluster\ncomponents:\n  image: milvusdb/milvus:v2.6.15\n  proxy:\n    image: milvusdb/milvus:v2.6.11',
      ),
    );
    expect(v.running).toMatchObject([
      { component: 'proxy', image: 'milvusdb/milvus:v2.6.11', source: 'component' },
      { component: 'every other component', image: 'milvusdb/milvus:v2.6.15', source: 'global' },
    ]);
  });

  it('--milvus-version overrides both', () => {
    const v = view(milvus('components:\n  image: milvusdb/milvus:v2.6.15'), { milvusVersion: '2.4' });
    expect(v.believed.source).toBe('option');
    expect(v.judged).toMatchObject({ source: 'option', label: '2.4.0' });
    expect(v.storage.type).toBe('rocksmq');
  });
});

describe('the storage in effect', () => {
  // apis/milvus.io/v1beta1/milvus_webhook.go setDefaultMsgStreamType
  it('standalone: Woodpecker when the operator believes 2.6 or later, else RocksMQ', () => {
    expect(view(milvus('components:\n  image: milvusdb/milvus:v2.6.15')).storage).toMatchObject({
      type: 'woodpecker',
      explicit: false,
      side: 'embedded',
    });
    expect(view(milvus('components:\n  image: milvusdb/milvus:v2.5.16')).storage.type).toBe('rocksmq');
  });

  it('cluster: Pulsar whatever the version, 3.x included', () => {
    const v = view(milvus('mode: cluster\ncomponents:\n  image: milvusdb/milvus:v3.0.0'));
    expect(v.storage).toMatchObject({ type: 'pulsar', side: 'in-cluster' });
    expect(v.storage.reason).toContain('cluster mode whatever the version');
  });

  it('an explicit value wins; a value the CRD refuses is marked invalid', () => {
    expect(view(milvus('dependencies:\n  msgStreamType: kafka')).storage).toMatchObject({
      type: 'kafka',
      explicit: true,
    });
    expect(view(milvus('dependencies:\n  msgStreamType: rabbitmq')).storage).toMatchObject({ invalid: true });
  });
});

describe('the config Milvus receives', () => {
  // pkg/controllers/configmaps.go updateConfigMap
  it('Kafka writes brokerList and deletes the pulsar and rocksmq sections, naming what is lost', () => {
    const v = view(
      milvus(
        'config:\n  pulsar: {maxMessageSize: 5242880}\n  rocksmq: {retentionTimeInMinutes: 10}\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: [k0:9092]',
      ),
    );
    expect(v.config.messageStorage).toEqual({
      mq: { type: 'kafka' },
      messageQueue: 'kafka',
      kafka: { brokerList: ['k0:9092'] },
    });
    const deleted = v.config.changes.filter((c) => c.op === 'delete').map((c) => c.key);
    expect(deleted).toEqual(['pulsar', 'rocksmq']);
    expect(v.config.changes.find((c) => c.key === 'pulsar')!.reason).toContain('split');
  });

  it('Pulsar: address and port split from the endpoint, port 80 when none can be read', () => {
    const ok = view(
      milvus(
        'dependencies:\n  msgStreamType: pulsar\n  pulsar: {external: true, endpoint: "p.example:6650"}',
      ),
    );
    expect(ok.config.messageStorage.pulsar).toEqual({ address: 'p.example', port: 6650 });
    const bare = view(
      milvus('dependencies:\n  msgStreamType: pulsar\n  pulsar: {external: true, endpoint: p.example}'),
    );
    expect(bare.config.messageStorage.pulsar).toEqual({ address: 'p.example', port: 80 });
    expect(bare.addresses[0]).toMatchObject({ portFallback: true });
    expect(bare.addresses[0]!.problem?.message).toMatch(/writes port 80/);
  });

  it('a Kafka broker without a port is dialled at 9092, and said so (kafka-go dialer.go, librdkafka)', () => {
    const v = view(
      milvus(
        'mode: cluster\ndependencies:\n  msgStreamType: kafka\n  kafka: {external: true, brokerList: [kafka-0]}',
      ),
    );
    expect(v.addresses[0]!.problem?.message).toMatch(/port 9092/);
    expect(v.addresses[0]!.problem?.message).not.toMatch(/port 80/);
    expect(explain(v)).not.toContain('..');
  });

  it('mq.type and messageQueue are overwritten for every storage but custom', () => {
    const v = view(
      milvus(
        'config:\n  mq: {type: pulsar}\n  messageQueue: pulsar\ndependencies:\n  msgStreamType: woodpecker',
      ),
    );
    expect(v.config.changes.filter((c) => c.op === 'overwrite').map((c) => c.key)).toEqual([
      'mq.type',
      'messageQueue',
    ]);
    const custom = view(milvus('config:\n  mq: {type: pulsar}\ndependencies:\n  msgStreamType: custom'));
    expect(custom.config.changes).toEqual([]);
    expect(custom.config.messageStorage).toEqual({ mq: { type: 'pulsar' } });
  });

  // apis/milvus.io/v1beta1/milvus_webhook.go deleteUnsettableConf
  it('defaulting removes pulsar.address and pulsar.port even where nothing else deletes them (NATS)', () => {
    const v = view(
      milvus('config:\n  pulsar: {address: p, port: 6650}\ndependencies:\n  msgStreamType: natsmq'),
    );
    expect(v.config.changes.filter((c) => c.op === 'delete').map((c) => c.key)).toEqual([
      'pulsar.address',
      'pulsar.port',
    ]);
  });

  it('an external Woodpecker gets storage.type service and the pools as JSON', () => {
    const v = view(
      milvus(
        'dependencies:\n  msgStreamType: woodpecker\n  woodpecker:\n    external: true\n    quorumBufferPools: [{name: p, seeds: ["wp-0:18080"]}]',
      ),
    );
    expect(v.config.messageStorage.woodpecker).toEqual({
      storage: { type: 'service' },
      client: { quorum: { quorumBufferPools: '[{"name":"p","seeds":["wp-0:18080"]}]' } },
    });
  });

  // pkg/controllers/configmaps.go (v1.3.8): the Secret's username and password go into the config.
  it('a Kafka secretRef sets the SASL credentials from the Secret, over any written ones', () => {
    const v = view(
      milvus(
        'config:\n  kafka: {saslUsername: me}\ndependencies:\n  msgStreamType: kafka\n  kafka: {external: true, brokerList: [k:9092], secretRef: kafka-creds}',
      ),
    );
    expect(v.config.changes.find((c) => c.key === 'kafka.saslUsername')).toMatchObject({
      op: 'overwrite',
      userValue: 'me',
    });
    expect(v.config.changes.find((c) => c.key === 'kafka.saslPassword')).toMatchObject({ op: 'write' });
  });
});

describe('Helm releases and addresses', () => {
  // pkg/helm/helm.go GetChartRequest; milvus_webhook.go setDefaultMsgStreamConfigs
  it('only exactly pulsar-v3 gets the Pulsar 3 chart', () => {
    const chart = (value: string) =>
      view(milvus(`mode: cluster\ndependencies:\n  pulsar:\n    inCluster:\n      chartVersion: ${value}`))
        .helmReleases[0];
    expect(chart('pulsar-v3')).toMatchObject({ name: 'mv-pulsar', chart: 'pulsarv3 (Pulsar 3)' });
    expect(chart('v3')!.chart).toContain('Pulsar 2');
    expect(chart('pulsar-v2')!.chart).toContain('Pulsar 2');
  });

  it('a new resource gets pulsar-v3, a live one that ran without a chartVersion keeps pulsar-v2', () => {
    expect(view(milvus('mode: cluster')).helmReleases[0]!.chartVersion).toBe('pulsar-v3');
    const live = view(`${milvus('mode: cluster')}status:\n  status: Healthy\n`);
    expect(live.helmReleases[0]!.chartVersion).toBe('pulsar-v2');
  });

  it('in-cluster storages get the operator-made service addresses; external ones get none', () => {
    expect(view(milvus('mode: cluster')).addresses[0]!.raw).toBe('mv-pulsar-proxy.vec:6650');
    expect(view(milvus('mode: cluster\ndependencies:\n  msgStreamType: kafka')).addresses[0]!.raw).toBe(
      'mv-kafka.vec:9092',
    );
    expect(view(milvus('mode: cluster\ndependencies:\n  msgStreamType: kafka')).helmReleases[0]!.name).toBe(
      'mv-kafka',
    );
    expect(
      view(milvus('dependencies:\n  msgStreamType: kafka\n  kafka: {external: true, brokerList: [k:9092]}'))
        .helmReleases,
    ).toEqual([]);
  });

  // pkg/util/util.go GetHostPort: net.SplitHostPort, else the whole text and port 80
  it('splits addresses as Go does', () => {
    expect(goSplitHostPort('h:1')).toEqual({ host: 'h', port: '1' });
    expect(goSplitHostPort('[::1]:6650')).toEqual({ host: '::1', port: '6650' });
    expect(goSplitHostPort('pulsar://h:6650')).toBeNull();
    expect(operatorHostPort('h')).toEqual({ host: 'h', port: 80, fallback: true });
    expect(operatorHostPort('h:abc')).toEqual({ host: 'h', port: 80, fallback: true });
  });
});

describe('whether Milvus is deployed', () => {
  // pkg/controllers/status_cluster.go GetMsgStreamCondition; pkg/external/pulsar.go, kafka.go, tcp_dial.go
  it('a scheme in the Pulsar endpoint holds Milvus back', () => {
    const v = view(
      milvus(
        'dependencies:\n  msgStreamType: pulsar\n  pulsar: {external: true, endpoint: "pulsar://p:6650"}',
      ),
    );
    expect(v.readiness.deployed).toBe(false);
    expect(explain(v).outcome).toBe('held');
  });

  it('Kafka: held when no broker can be dialled, deployed when one can', () => {
    const brokers = (list: string) =>
      view(milvus(`dependencies:\n  msgStreamType: kafka\n  kafka: {external: true, brokerList: [${list}]}`))
        .readiness.deployed;
    expect(brokers('"PLAINTEXT://k:9092", "SSL://k1:9093"')).toBe(false);
    expect(brokers('"k0:9092", k1')).toBe(true);
    // segmentio/kafka-go (the operator's check) dials a broker without a port at 9092.
    expect(brokers('"PLAINTEXT://k:9092", k1')).toBe(true);
  });

  it('Kafka: a security protocol the check does not know holds Milvus back', () => {
    const v = view(
      milvus(
        'config:\n  kafka: {securityProtocol: TLS}\ndependencies:\n  msgStreamType: kafka\n  kafka: {external: true, brokerList: [k:9092]}',
      ),
    );
    expect(v.readiness.held[0]!.path).toEqual(['spec', 'config', 'kafka', 'securityProtocol']);
  });

  it('an external Woodpecker seed without a port holds Milvus back; embedded storages never wait', () => {
    const v = view(
      milvus(
        'dependencies:\n  msgStreamType: woodpecker\n  woodpecker:\n    external: true\n    quorumBufferPools: [{name: p, seeds: [wp-0]}]',
      ),
    );
    expect(v.readiness.deployed).toBe(false);
    expect(view(milvus('dependencies:\n  msgStreamType: rocksmq')).readiness.deployed).toBe(true);
  });
});

describe('settings the operator forces', () => {
  // apis/milvus.io/v1beta1/milvus_webhook.go DefaultConf, isRollingUpdateSupportedByConfig
  it('rolling update is forced off for a standalone RocksMQ or NATS, not for a cluster or Kafka', () => {
    const forced = (spec: string) => view(milvus(spec)).forced;
    expect(
      forced('components:\n  enableRollingUpdate: true\ndependencies:\n  msgStreamType: rocksmq'),
    ).toMatchObject([{ key: 'spec.components.enableRollingUpdate', value: false }]);
    expect(forced('components:\n  enableRollingUpdate: true\ndependencies:\n  msgStreamType: kafka')).toEqual(
      [],
    );
    expect(forced('mode: cluster\ncomponents:\n  enableRollingUpdate: true')).toEqual([]);
  });
});

describe('hostile shapes', () => {
  it('never throws on a resource without spec, metadata or anything else', () => {
    for (const input of [
      null,
      'text',
      [],
      {},
      { spec: [] },
      { spec: { dependencies: 'x', config: 5, components: [] } },
    ]) {
      expect(() => explain(resolve(input))).not.toThrow();
    }
  });
});
