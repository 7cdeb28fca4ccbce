import { describe, expect, it } from 'vitest';
import { applyFixes, safeFixes } from '../../../findings/fixes.ts';
import { check, dedent, milvus } from '../testing.ts';

function pruned(text: string) {
  return check(text).filter((d) => d.code === 'pruned-field' || d.code === 'misplaced-field');
}

function fixAll(text: string): string {
  return applyFixes(text, safeFixes(check(text)));
}

describe('pruned fields', () => {
  it('a manifest with only CRD fields (and free-form values) has nothing pruned', () => {
    const text = milvus(`
      mode: cluster
      components:
        image: milvusdb/milvus:v2.6.15
        proxy: {replicas: 2}
      dependencies:
        msgStreamType: pulsar
        pulsar:
          inCluster:
            values:
              anything: goes
        customMsgStream: {free: form}
        rocksmq:
          persistence:
            persistentVolumeClaim:
              spec:
                storageClassName: fast
      config:
        whatever: kept
      hookConfig: {also: kept}
    `);
    expect(pruned(text)).toEqual([]);
  });

  it('an unknown key under spec.dependencies is pruned, with "did you mean" and a rename fix', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: kafka\n  kafka:\n    extrenal: true\n    brokerList: [k:9092]',
    );
    const [d] = pruned(text);
    expect(d).toMatchObject({
      code: 'pruned-field',
      severity: 'warning',
      path: 'spec.dependencies.kafka.extrenal',
      line: 9,
      column: 7,
    });
    expect(d!.message).toContain('prunes it silently');
    expect(d!.message).toContain('Did you mean external?');
    expect(d!.fix).toMatchObject({
      safe: true,
      edits: [{ op: 'move', to: ['spec', 'dependencies', 'kafka', 'external'] }],
    });
    const fixed = fixAll(text);
    expect(fixed).toContain('external: true');
    expect(pruned(fixed)).toEqual([]);
  });

  it('a key pruned at the top of spec gets the real field name (spec.component -> spec.components), moved with its comments', () => {
    const text = milvus(`
      component:
        # the token for Pulsar
        volumes:
          - name: token
      dependencies:
        msgStreamType: woodpecker
    `);
    const [d] = pruned(text);
    expect(d).toMatchObject({ code: 'misplaced-field', severity: 'error', path: 'spec.component', line: 6 });
    const fixed = fixAll(text);
    expect(fixed).toContain('components:\n    # the token for Pulsar\n    volumes:');
    expect(pruned(fixed)).toEqual([]);
  });

  it('Pulsar endpoints (a list) is pruned; the fix writes endpoint as one string and keeps the comment', () => {
    const text = milvus(`
      dependencies:
        msgStreamType: pulsar
        pulsar:
          external: true
          # the shared Pulsar
          endpoints:
            - pulsar.shared:6650
    `);
    const [d] = pruned(text);
    expect(d).toMatchObject({
      code: 'misplaced-field',
      severity: 'error',
      path: 'spec.dependencies.pulsar.endpoints',
      line: 11,
    });
    expect(d!.message).toContain('Milvus never gets this Pulsar address');
    const fixed = fixAll(text);
    expect(fixed).toContain('# the shared Pulsar\n      endpoint: pulsar.shared:6650');
    expect(check(fixed)).toEqual([]);
  });

  it('Pulsar endpoints with two addresses is pruned without a fix: Pulsar takes one', () => {
    const [d] = pruned(
      milvus('dependencies:\n  pulsar:\n    external: true\n    endpoints: [a:6650, b:6650]'),
    );
    expect(d!.fix).toBeUndefined();
  });

  it('Kafka brokers is pruned; the fix renames it to brokerList', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokers:\n      - k0:9092',
    );
    const [d] = pruned(text);
    expect(d).toMatchObject({ code: 'misplaced-field', path: 'spec.dependencies.kafka.brokers' });
    expect(pruned(fixAll(text))).toEqual([]);
    expect(fixAll(text)).toContain('brokerList:\n        - k0:9092');
  });

  it("SASL settings under dependencies.kafka (and the docs' securityPolicy) move to spec.config.kafka", () => {
    const text = milvus(`
      dependencies:
        msgStreamType: kafka
        kafka:
          external: true
          brokerList: [k0:9092]
          secretRef: kafka-credentials
          securityPolicy: SASL_SSL
          saslMechanisms: PLAIN
    `);
    const found = pruned(text);
    expect(found.map((d) => [d.path, d.severity])).toEqual([
      ['spec.dependencies.kafka.securityPolicy', 'error'],
      ['spec.dependencies.kafka.saslMechanisms', 'error'],
    ]);
    const fixed = fixAll(text);
    expect(fixed).toMatch(/config:\n\s+kafka:\n\s+securityProtocol: SASL_SSL\n\s+saslMechanisms: PLAIN/);
    expect(pruned(fixed)).toEqual([]);
  });

  it('SASL credentials under dependencies.kafka point to secretRef', () => {
    const [d] = pruned(milvus('dependencies:\n  kafka:\n    saslPassword: hunter2'));
    expect(d!.message).toContain('secretRef');
  });

  it('natsmq.server under dependencies is pruned; the fix moves it (and its comments) to spec.config.natsmq.server', () => {
    const text = milvus(`
      dependencies:
        msgStreamType: natsmq
        natsmq:
          # the embedded NATS
          server:
            port: 4222 # default
      config: {}
    `);
    const [d] = pruned(text);
    expect(d).toMatchObject({
      code: 'misplaced-field',
      severity: 'warning',
      path: 'spec.dependencies.natsmq.server',
    });
    const fixed = fixAll(text);
    expect(fixed).toContain(
      dedent(`
      |  config:
      |    natsmq:
      |      # the embedded NATS
      |      server:
      |        port: 4222 # default
    `).replace(/^\|/gm, ''),
    );
    expect(pruned(fixed)).toEqual([]);
  });

  it('dependency blocks written directly under spec belong under spec.dependencies', () => {
    const [d] = pruned(milvus('msgStreamType: kafka'));
    expect(d).toMatchObject({ code: 'misplaced-field', severity: 'error', path: 'spec.msgStreamType' });
    expect(d!.fix?.edits).toEqual([
      { op: 'move', from: ['spec', 'msgStreamType'], to: ['spec', 'dependencies', 'msgStreamType'] },
    ]);
  });

  it('Helm values written directly under inCluster belong under inCluster.values', () => {
    const [d] = pruned(
      milvus('dependencies:\n  pulsar:\n    inCluster:\n      zookeeper:\n        replicaCount: 1'),
    );
    expect(d).toMatchObject({
      code: 'misplaced-field',
      path: 'spec.dependencies.pulsar.inCluster.zookeeper',
    });
    expect(d!.fix?.edits).toEqual([
      {
        op: 'move',
        from: ['spec', 'dependencies', 'pulsar', 'inCluster', 'zookeeper'],
        to: ['spec', 'dependencies', 'pulsar', 'inCluster', 'values', 'zookeeper'],
      },
    ]);
  });

  it('unknown spec.components keys are pruned', () => {
    const [d] = pruned(milvus('components:\n  imag: milvusdb/milvus:v2.6.15'));
    expect(d).toMatchObject({ path: 'spec.components.imag' });
    expect(d!.message).toContain('Did you mean image?');
  });

  it('spec keys follow the resource kind: a v1alpha1 Milvus keeps spec.image, but has no spec.components', () => {
    const text = milvus('image: milvusdb/milvus:v2.4.17\ncomponents:\n  version: "2.4.17"', {
      apiVersion: 'milvus.io/v1alpha1',
    });
    const [d] = pruned(text);
    expect(d).toMatchObject({ code: 'misplaced-field', severity: 'warning', path: 'spec.components' });
    const fixed = fixAll(text);
    expect(fixed).toContain('  version: "2.4.17"');
    expect(pruned(fixed)).toEqual([]);
  });

  it('an empty pruned key loses nothing: an info with a safe removal', () => {
    const text = milvus('components: {}\nconfig: {}', { apiVersion: 'milvus.io/v1alpha1' });
    const [d] = pruned(text);
    expect(d).toMatchObject({ severity: 'info', path: 'spec.components' });
    expect(pruned(fixAll(text))).toEqual([]);
  });

  it('spec.mode in a v1alpha1 Milvus is dropped: asking for a cluster there is an error', () => {
    const [d] = pruned(milvus('mode: cluster', { apiVersion: 'milvus.io/v1alpha1' }));
    expect(d).toMatchObject({ severity: 'error', path: 'spec.mode' });
    expect(d!.message).toContain('always standalone');
  });

  it('every Pulsar client setting the schema declares moves from dependencies.pulsar to spec.config.pulsar, not only the common ones', () => {
    const text = milvus('dependencies:\n  pulsar:\n    enableClientMetrics: true');
    const [d] = pruned(text);
    expect(d).toMatchObject({
      code: 'misplaced-field',
      severity: 'warning',
      path: 'spec.dependencies.pulsar.enableClientMetrics',
    });
    expect(fixAll(text)).toContain('config:\n    pulsar:\n      enableClientMetrics: true');
  });

  it('the address keys only the operator writes are not moved to spec.config.pulsar', () => {
    const [d] = pruned(milvus('dependencies:\n  pulsar:\n    address: p.example'));
    expect(d).toMatchObject({ code: 'pruned-field', path: 'spec.dependencies.pulsar.address' });
  });

  it('every spec field written at the top level belongs under spec, hookConfig too', () => {
    const text = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: x\nhookConfig:\n  a: b\n';
    const [d] = pruned(text);
    expect(d).toMatchObject({ code: 'misplaced-field', severity: 'error', path: 'hookConfig' });
    expect(d!.message).toContain('It belongs in spec.hookConfig.');
  });

  it('a misspelled top-level key is pruned too', () => {
    const text =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: x\nspce:\n  mode: cluster\n';
    const [d] = pruned(text);
    expect(d).toMatchObject({ path: 'spce', line: 5 });
    expect(d!.message).toContain('Did you mean spec?');
  });
});
