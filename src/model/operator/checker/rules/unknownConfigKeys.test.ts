// Keys Milvus never reads in spec.config's message-storage sections, against the keys of Milvus's
// configs/milvus.yaml for the version (milvusConfigKeys.ts). The keys below are Milvus's own
// (e.g. kafka.ssl.tlsCaCert, woodpecker.logstore.fencePolicy.conditionWrite) or not (an operator
// PR's kafka.saslUsernameSecret), never the checker's output.
import { describe, expect, it } from 'vitest';
import { check, milvus, withCode } from '../testing.ts';

function config(image: string, section: string, mq = 'kafka'): string {
  return milvus(
    `mode: cluster\ncomponents:\n  image: milvusdb/milvus:${image}\nconfig:\n${section}\ndependencies:\n  msgStreamType: ${mq}\n  ${mq}:\n    external: true\n    brokerList: [k:9092]`,
  );
}

describe('keys Milvus never reads in spec.config', () => {
  it('an operator PR key Milvus ignores is a warning naming the nearest key and secretRef', () => {
    const [d] = withCode(
      check(config('v2.6.15', '  kafka:\n    saslUsernameSecret: kafka-user')),
      'unknown-config-key',
    );
    expect(d).toMatchObject({ severity: 'warning', path: 'spec.config.kafka.saslUsernameSecret' });
    expect(d!.message).toContain('never used');
    expect(d!.message).toContain('saslUsername');
    expect(d!.message).toContain('secretRef');
    // Not a typo: renaming would make the Secret's name the user name.
    expect(d!.fix).toBeUndefined();
  });

  it('nested keys are checked by their full dotted path; keys Milvus reads pass', () => {
    const found = check(
      config(
        'v2.6.15',
        '  kafka:\n    ssl:\n      enabled: true\n      tlsCaCert: /certs/ca.pem\n      caCertSecret: ca\n    readTimeout: 10\n  mq:\n    dispatcher:\n      targetBufSize: 16',
      ),
    );
    expect(withCode(found, 'unknown-config-key').map((d) => d.path)).toEqual([
      'spec.config.kafka.ssl.caCertSecret',
    ]);
  });

  it('is judged for the version that runs: woodpecker keys are unknown to 2.5, natsmq to 2.6', () => {
    const woodpecker = '  woodpecker:\n    logstore:\n      fencePolicy:\n        conditionWrite: auto';
    expect(withCode(check(config('v2.6.15', woodpecker)), 'unknown-config-key')).toEqual([]);
    expect(withCode(check(config('v2.5.16', woodpecker)), 'unknown-config-key')).toMatchObject([
      { path: 'spec.config.woodpecker' },
    ]);
    const nats = '  natsmq:\n    server:\n      port: 4222';
    expect(withCode(check(config('v2.5.16', nats)), 'unknown-config-key')).toEqual([]);
    expect(withCode(check(config('v2.6.15', nats)), 'unknown-config-key')).toHaveLength(1);
  });

  it('a short typo is left to likely-typo (reported once), and keys Milvus reads outside milvus.yaml pass', () => {
    const found = check(
      config('v2.6.15', '  kafka:\n    saslMechanism: PLAIN\n  pulsar:\n    authPlugin: token'),
    );
    expect(withCode(found, 'unknown-config-key')).toEqual([]);
    expect(withCode(found, 'likely-typo')).toHaveLength(1);
  });

  it('checks nothing where the version is unknown', () => {
    const odd = '  kafka:\n    notAKey: 1';
    expect(withCode(check(config('wp-branch-36319c0', odd)), 'unknown-config-key')).toEqual([]);
  });

  // The 3.0 branch's paramtable (pkg/util/paramtable/service_param.go at bb41eb5) and 2.6's (d73c8e5):
  // Woodpecker's service-mode keys are read from 3.0 only; the dispatcher's 2.4.19 keys were dropped
  // before 2.6 (milvus-io/milvus#39863) though the v2.6.x docs still list them.
  it('judges 3.0 by its own keys: the Woodpecker service keys pass on 3.0 and are named on 2.6', () => {
    const section =
      '  kafka:\n    notAKey: 1\n  woodpecker:\n    client:\n      quorum:\n        quorumSelectStrategy:\n          replicas: 3\n      directRead:\n        enabled: true\n      segmentAppend:\n        maxBatchEntries: 1000\n  pulsar:\n    webaddress: x\n  mq:\n    dispatcher:\n      retrySleep: 3';
    const on30 = withCode(check(config('v3.0.1', section)), 'unknown-config-key');
    expect(on30.map((d) => d.path)).toEqual([
      'spec.config.kafka.notAKey',
      'spec.config.mq.dispatcher.retrySleep',
    ]);
    expect(on30[1]!.message).toContain('milvus-io/milvus#39863');
    const on26 = withCode(check(config('v2.6.22', section)), 'unknown-config-key');
    expect(on26.map((d) => d.path)).toEqual([
      'spec.config.kafka.notAKey',
      'spec.config.woodpecker.client.quorum',
      'spec.config.woodpecker.client.directRead',
      'spec.config.mq.dispatcher.retrySleep',
    ]);
    expect(on26[1]!.message).toContain('Milvus 2.6 has no client for a Woodpecker service');
    expect(
      withCode(check(config('v2.5.16', '  mq:\n    dispatcher:\n      retrySleep: 3')), 'unknown-config-key'),
    ).toEqual([]);
  });

  // 2.3's file (Milvus Lite 2.3's copy, facts/milvusConfigKeys.ts): pursuit mode read since 2.3.0,
  // its buffer time and the dispatcher's keys only from 2.4.
  it('judges 2.3 by its own keys: pursuit mode passes, keys 2.3 never reads do not', () => {
    const section =
      '  kafka:\n    notAKey: 1\n    ssl:\n      tlsCaCert: /certs/ca.pem\n  mq:\n    enablePursuitMode: true\n    pursuitBufferTime: 60\n    dispatcher:\n      targetBufSize: 16';
    expect(withCode(check(config('v2.3.20', section)), 'unknown-config-key').map((d) => d.path)).toEqual([
      'spec.config.kafka.notAKey',
      'spec.config.mq.pursuitBufferTime',
      'spec.config.mq.dispatcher',
    ]);
    expect(withCode(check(config('v2.4.24', section)), 'unknown-config-key').map((d) => d.path)).toEqual([
      'spec.config.kafka.notAKey',
    ]);
  });

  it("the Kafka client's own settings under kafka.consumer and kafka.producer pass on every version", () => {
    const section =
      '  kafka:\n    consumer:\n      client.id: milvus\n      fetch.max.bytes: 1048576\n    producer:\n      linger.ms: 5\n  mq:\n    dispatcher:\n      retrySleep: 3';
    const expected: Record<string, string[]> = {
      'v2.3.20': ['spec.config.mq.dispatcher'],
      'v2.5.16': [],
      'v2.6.15': ['spec.config.mq.dispatcher.retrySleep'],
      'v3.0.1': ['spec.config.mq.dispatcher.retrySleep'],
    };
    for (const [image, paths] of Object.entries(expected))
      expect(
        withCode(check(config(image, section)), 'unknown-config-key').map((d) => d.path),
        image,
      ).toEqual(paths);
  });

  // Milvus looks keys up lowercased, without '/', '_' and '.' (pkg/config/config.go formatKey):
  // the 2.3 file itself spells kafka.ssl.tlsCACert, the code kafka.ssl.tlsCaCert.
  it('another spelling of a key Milvus reads is read: no unknown key, no typo', () => {
    const section =
      '  kafka:\n    SSL:\n      tlsCACert: /certs/ca.pem\n      caCertSecret: ca\n    sasl_username: milvus\n    Consumer:\n      client.id: milvus';
    for (const image of ['v2.3.20', 'v2.6.15']) {
      const found = check(config(image, section));
      expect(
        withCode(found, 'unknown-config-key').map((d) => d.path),
        image,
      ).toEqual(['spec.config.kafka.SSL.caCertSecret']);
      expect(withCode(found, 'likely-typo'), image).toEqual([]);
    }
  });
});
