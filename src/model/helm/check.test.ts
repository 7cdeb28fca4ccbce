import { describe, expect, it } from 'vitest';
import { applyFixes, safeFixes } from '../findings/fixes.ts';
import { checkHelm } from './check.ts';
import { explainHelm } from './explain.ts';

const check = (text: string, options = {}, sets: string[] = []) =>
  checkHelm(
    [
      { kind: 'file', name: 'values.yaml', text },
      ...sets.map((argument) => ({ kind: 'set' as const, argument })),
    ],
    options,
  );
const codes = (text: string, options = {}, sets: string[] = []) =>
  check(text, options, sets).reports.flatMap((r) =>
    r.diagnostics.map((d) => `${d.severity} ${d.code} ${r.file}:${d.line}`),
  );

// Each case was read against chart 5.0.19's templates/config.tpl and _helpers.tpl (DOMAIN.md §10).
describe('check --helm: the silent mistakes of the chart', () => {
  it("the chart's defaults: Milvus cluster on the bundled Pulsar v3, nothing to say", () => {
    const r = check('');
    expect(r.resolved?.whatRuns.storage).toMatchObject({ type: 'pulsar', side: 'in-cluster' });
    expect(r.resolved?.config).toMatchObject({
      mq: { type: 'pulsar' },
      pulsar: { address: 'my-release-pulsarv3-proxy', port: 6650 },
    });
    expect(codes('')).toEqual([]);
  });

  it('an external Pulsar without pulsarv3.enabled: false deploys the bundled Pulsar unused (zilliztech/milvus-helm#116)', () => {
    const text = 'externalPulsar:\n  enabled: true\n  host: pulsar.example.com\n  port: 6650\n';
    expect(codes(text)).toEqual(['warning helm-idle-subchart values.yaml:1']);
    const fixed = applyFixes(
      text,
      check(text)
        .reports[0]!.diagnostics.filter((d) => d.fix)
        .map((d) => ({ documentIndex: 0, fix: d.fix! })),
    );
    expect(fixed).toContain('pulsarv3:\n  enabled: false');
    expect(codes(fixed)).toEqual([]);
  });

  it('an external Kafka: Milvus on Kafka, pulsarv3 idle, and the default SASL_SSL without credentials (milvus-io/milvus-helm#334)', () => {
    const text =
      '# external Kafka\nexternalKafka:\n  enabled: true # ours\n  brokerList: kafka-0.kafka:9092\n';
    const r = check(text);
    expect(r.resolved?.whatRuns.storage.type).toBe('kafka');
    // pulsarv3 is on by default: the finding goes where its key would (the document's start)
    expect(codes(text)).toEqual([
      'error kafka-sasl-incomplete values.yaml:2',
      'warning helm-idle-subchart values.yaml:2',
    ]);
    const fixed = applyFixes(
      text,
      r.reports[0]!.diagnostics.filter((d) => d.fix).map((d) => ({ documentIndex: 0, fix: d.fix! })),
    );
    expect(fixed).toContain('enabled: true # ours');
    expect(fixed.startsWith('# external Kafka')).toBe(true);
  });

  it('standalone told to use Pulsar with no Pulsar enabled runs RocksMQ (milvus-io/milvus#36385, #40889)', () => {
    const text =
      'cluster:\n  enabled: false\nstandalone:\n  messageQueue: pulsar\npulsarv3:\n  enabled: false\n';
    const r = check(text);
    expect(r.resolved?.whatRuns.storage.type).toBe('rocksmq');
    expect(codes(text)).toEqual(['error helm-message-queue-ignored values.yaml:4']);
    expect(r.reports[0]!.diagnostics[0]!.message).toMatch(/Milvus runs RocksMQ/);
    expect(r.reports[0]!.diagnostics[0]!.fix?.title).toBe('Set pulsarv3.enabled: true');
  });

  it('kafka.enabled in standalone without messageQueue: kafka runs Woodpecker, Kafka idle', () => {
    const text = 'cluster:\n  enabled: false\npulsarv3:\n  enabled: false\nkafka:\n  enabled: true\n';
    expect(check(text).resolved?.whatRuns.storage.type).toBe('woodpecker');
    expect(codes(text)).toEqual([
      'warning helm-block-overridden values.yaml:6',
      'warning helm-idle-subchart values.yaml:6',
    ]);
  });

  it('a typo in messageQueue writes no block; a safe fix writes it right', () => {
    const text =
      'cluster:\n  enabled: false\npulsarv3:\n  enabled: false\nstandalone:\n  messageQueue: Woodpecker\n';
    const r = check(text);
    expect(r.resolved?.whatRuns.storage.type).toBe('rocksmq');
    const fixed = applyFixes(text, safeFixes(r.reports[0]!.diagnostics));
    expect(fixed).toContain('messageQueue: woodpecker');
  });

  it('cluster mode ignores standalone.messageQueue; a cluster with nothing enabled dials localhost:6650', () => {
    expect(codes('standalone:\n  messageQueue: kafka\n')).toEqual([
      'warning helm-cluster-ignores-message-queue values.yaml:2',
    ]);
    expect(codes('pulsarv3:\n  enabled: false\n')).toEqual(['error helm-cluster-no-storage values.yaml:1']);
  });

  it('the rules about Milvus judge the description: NATS on 2.6, Woodpecker before 2.6, local Woodpecker in cluster, no persistence', () => {
    expect(
      codes('cluster:\n  enabled: false\npulsarv3:\n  enabled: false\nstandalone:\n  messageQueue: natsmq\n'),
    ).toContain('error unsupported-storage values.yaml:6');
    expect(
      codes('pulsarv3:\n  enabled: false\nwoodpecker:\n  enabled: true\nimage:\n  all:\n    tag: v2.5.16\n'),
    ).toContain('error unsupported-storage values.yaml:4');
    expect(
      codes(
        'pulsarv3:\n  enabled: false\nwoodpecker:\n  enabled: true\nstreaming:\n  woodpecker:\n    storage:\n      type: local\n',
      ),
    ).toEqual(['error woodpecker-local-in-cluster values.yaml:8']);
    // forceLocalStorage: true (through user.yaml, which Milvus loads last) lets Milvus start: no error.
    expect(
      codes(
        'pulsarv3:\n  enabled: false\nwoodpecker:\n  enabled: true\nstreaming:\n  woodpecker:\n    storage:\n      type: local\nextraConfigFiles:\n  user.yaml: |\n    woodpecker:\n      storage:\n        forceLocalStorage: true\n',
      ).filter((c) => c.startsWith('error')),
    ).toEqual([]);
    expect(
      codes(
        'cluster:\n  enabled: false\npulsarv3:\n  enabled: false\nstandalone:\n  messageQueue: rocksmq\n  persistence:\n    enabled: false\n',
        { milvusVersion: '2.5.16' },
      ),
    ).toEqual(['warning no-persistence values.yaml:8']);
  });

  it('keys that do not exist: streamingNode.enabled, a milvus: prefix, pulsar.* tuning while pulsarv3 runs', () => {
    expect(codes('streamingNode:\n  enabled: true\n')).toEqual(['warning helm-unknown-key values.yaml:2']);
    expect(codes('milvus:\n  cluster:\n    enabled: false\n')).toEqual([
      'warning helm-unknown-key values.yaml:1',
    ]);
    expect(codes('pulsar:\n  zookeeper:\n    replicaCount: 1\n')).toEqual([
      'warning helm-pulsar-v2-settings values.yaml:2',
    ]);
    expect(codes('externalPulsar:\n  enabeld: true\n')).toEqual(['warning helm-unknown-key values.yaml:2']);
  });

  it("user.yaml overriding pulsar.address (the docs' localhost snippet) is named", () => {
    const text = 'extraConfigFiles:\n  user.yaml: |+\n    pulsar:\n      address: localhost\n';
    const r = check(text);
    expect(r.resolved?.config).toMatchObject({ pulsar: { address: 'localhost' } });
    expect(codes(text)).toEqual(['warning helm-user-yaml-override values.yaml:2']);
  });

  // Milvus looks keys up lowercased, without '/', '_' and '.' (milvus-io/milvus pkg/config/config.go
  // formatKey): user.yaml's Pulsar.Address is the chart's pulsar.address.
  it("user.yaml overriding a key in another spelling is Milvus's same setting", () => {
    const text = 'extraConfigFiles:\n  user.yaml: |+\n    Pulsar:\n      Address: localhost\n';
    const r = check(text);
    expect(r.resolved?.config).toMatchObject({ pulsar: { address: 'localhost' } });
    expect(r.resolved?.config).not.toHaveProperty('Pulsar');
    expect(codes(text)).toEqual(['warning helm-user-yaml-override values.yaml:2']);
  });

  // The predicate the operator's spec.config is judged by (whatRuns/predicates/unknownConfigKeys.ts),
  // for the Milvus the chart runs (5.0.19: 2.6.15): 2.6 dropped the dispatcher's retry keys
  // (milvus-io/milvus#39863) and reads another spelling of a key (tlsCACert) as the key.
  it("user.yaml keys Milvus never reads are named, as spec.config's are", () => {
    const text =
      'extraConfigFiles:\n  user.yaml: |+\n    kafka:\n      saslUsernameSecret: kafka-user\n      ssl:\n        tlsCACert: /ca.pem\n    mq:\n      dispatcher:\n        retrySleep: 3\n';
    const found = check(text).reports.flatMap((r) =>
      r.diagnostics.filter((d) => d.code === 'unknown-config-key'),
    );
    expect(found.map((d) => [d.severity, d.line, d.message.split(' is not')[0]])).toEqual([
      ['warning', 2, 'mq.dispatcher.retrySleep in extraConfigFiles.user.yaml'],
      ['warning', 2, 'kafka.saslUsernameSecret in extraConfigFiles.user.yaml'],
    ]);
    expect(found[0]!.message).toContain('milvus-io/milvus#39863');
    expect(found[1]!.message).toContain('Milvus 2.6');
  });

  // Explain and check from one judgement (whatRuns/judge.ts failsAtStart): chart 5.0.19 runs Milvus
  // 2.6.15, which has no client for the Woodpecker service the chart deploys and wires.
  it("What will run says Milvus fails at start where check reports the judge's error", () => {
    const text =
      'pulsarv3:\n  enabled: false\nwoodpecker:\n  enabled: true\nstreaming:\n  woodpecker:\n    embedded: false\n';
    const r = check(text);
    expect(codes(text).filter((c) => c.startsWith('error'))).toEqual([
      'error woodpecker-service-version values.yaml:7',
    ]);
    const e = explainHelm(r.resolved!);
    expect(e.outcome).toBe('fails');
    expect(e.headline).toMatch(/Milvus fails at start.*Milvus 2\.6\.15.*no client for a Woodpecker service/);
    expect(explainHelm(check('').resolved!).outcome).toBe('deployed');
  });

  it('--set-string x.enabled=false turns it on; a --set finding lands on its argument', () => {
    const r = check('', {}, ['pulsarv3.enabled=false,kafka.enabled=true']);
    expect(r.resolved?.whatRuns.storage.type).toBe('kafka');
    expect(r.reports[1]!.file).toBe('--set pulsarv3.enabled=false,kafka.enabled=true');
    const strings = checkHelm([{ kind: 'set', argument: 'pulsarv3.enabled=false', asString: true }]);
    expect(strings.reports[0]!.diagnostics.map((d) => [d.code, d.severity, d.column])).toEqual([
      ['helm-invalid-value', 'error', 14],
    ]);
  });

  it('judges as the chart version asked: pulsarv3 absent before 4.2.21 (Pulsar v2 on by default)', () => {
    const r = check('', { chartVersion: '4.2.20' });
    expect(r.resolved?.winner?.branch).toBe('pulsar');
    expect(r.resolved?.config).toMatchObject({ pulsar: { address: 'my-release-pulsar-proxy' } });
    expect(check('', { chartVersion: '9.9.9' }).reports[0]!.diagnostics[0]!.code).toBe(
      'helm-unknown-chart-version',
    );
  });
});
