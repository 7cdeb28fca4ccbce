import { describe, expect, it } from 'vitest';
import { applyFixes, safeFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';

const clean = milvus(`
  mode: cluster
  components:
    image: milvusdb/milvus:v2.6.15
    version: "2.6.15"
  dependencies:
    msgStreamType: pulsar
    pulsar:
      external: true
      endpoint: pulsar.example:6650
  config:
    natsmq:
      server:
        port: "4222"
        maxBytes:
`);

describe('schema: types and allowed values', () => {
  it('a manifest with the right types and values has no schema diagnostic', () => {
    const found = check(clean);
    expect(withCode(found, 'wrong-type')).toEqual([]);
    expect(withCode(found, 'invalid-value')).toEqual([]);
  });

  it('external: "yes" (a quoted string) is refused by the API server', () => {
    const [d] = withCode(
      check(milvus('dependencies:\n  pulsar:\n    external: "yes"\n    endpoint: p:6650')),
      'wrong-type',
    );
    expect(d).toMatchObject({
      severity: 'error',
      path: 'spec.dependencies.pulsar.external',
      line: 8,
      column: 17,
    });
    expect(d!.message).toContain('must be a boolean');
    expect(d!.message).toContain('API server rejects the resource');
  });

  it('an unquoted yes is a boolean to kubectl but a string to YAML 1.2: a warning with a safe fix', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: kafka\n  kafka:\n    external: yes\n    brokerList: [k:9092]',
    );
    const [d] = withCode(check(text), 'yaml11-boolean');
    expect(d).toMatchObject({ severity: 'warning', path: 'spec.dependencies.kafka.external' });
    expect(d!.fix?.safe).toBe(true);
    const fixed = applyFixes(text, safeFixes([d!]));
    expect(fixed).toContain('external: true');
    expect(withCode(check(fixed), 'yaml11-boolean')).toEqual([]);
  });

  it('endpoint as a one-item list is refused, and the fix writes the item as the string', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: pulsar\n  pulsar:\n    external: true\n    endpoint:\n      - p.example:6650',
    );
    const [d] = withCode(check(text), 'wrong-type');
    expect(d).toMatchObject({ severity: 'error', path: 'spec.dependencies.pulsar.endpoint' });
    expect(d!.message).toContain('ONE host:port');
    const fixed = applyFixes(text, safeFixes([d!]));
    expect(fixed).toContain('endpoint: p.example:6650');
    expect(withCode(check(fixed), 'wrong-type')).toEqual([]);
  });

  it('brokerList as a string is refused, and the fix turns it into a list', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: "k0:9092,k1:9092"',
    );
    const [d] = withCode(check(text), 'wrong-type');
    expect(d).toMatchObject({ severity: 'error', path: 'spec.dependencies.kafka.brokerList' });
    const fixed = applyFixes(text, safeFixes([d!]));
    expect(withCode(check(fixed), 'wrong-type')).toEqual([]);
    expect(fixed).toMatch(/brokerList:\n\s+- k0:9092\n\s+- k1:9092/);
  });

  it('version: 2.6 is a number to YAML; the CRD wants a string', () => {
    const text = milvus('components:\n  image: milvusdb/milvus:v2.6.15\n  version: 2.6');
    const [d] = withCode(check(text), 'wrong-type');
    expect(d).toMatchObject({ path: 'spec.components.version', severity: 'error' });
    const fixed = applyFixes(text, safeFixes([d!]));
    expect(fixed).toContain('version: "2.6"');
  });

  it.each([
    ['msgStreamType', 'dependencies:\n  msgStreamType: rabbitmq', 'spec.dependencies.msgStreamType'],
    ['mode', 'mode: clustered', 'spec.mode'],
    [
      'deletionPolicy',
      'dependencies:\n  msgStreamType: kafka\n  kafka:\n    inCluster:\n      deletionPolicy: Keep',
      'spec.dependencies.kafka.inCluster.deletionPolicy',
    ],
  ])('a %s outside its allowed values is an error', (_name, spec, path) => {
    const [d] = withCode(check(milvus(spec)), 'invalid-value');
    expect(d).toMatchObject({ severity: 'error', path });
  });

  // The v1.3.8 CRD declares no enum for chartVersion: the API server admits "3.3.0" (the Pulsar
  // chart's own version, as users write it), and the operator installs the Pulsar 2 chart.
  it('a chartVersion the operator has no chart for is not refused: only the Pulsar 2 warning', () => {
    const found = check(
      milvus(
        'dependencies:\n  msgStreamType: pulsar\n  pulsar:\n    inCluster:\n      chartVersion: "3.3.0"',
      ),
    );
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(withCode(found, 'pulsar-chart-version')[0]!.message).toContain('installs the Pulsar 2 chart');
  });

  // Milvus's pkg/config flattenAndMergeMap joins a list with commas, and the operator writes this
  // key as a list itself (v1.3.8 pkg/controllers/configmaps.go): a list is no wrong type.
  it('spec.config.kafka.brokerList may be a list or a comma-separated string; a map is still wrong', () => {
    const config = (brokers: string) =>
      milvus(
        `mode: cluster\nconfig:\n  kafka:\n    brokerList: ${brokers}\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: [k-0:9092]`,
      );
    expect(withCode(check(config('[k-0:9092, k-1:9092]')), 'wrong-type')).toEqual([]);
    expect(withCode(check(config('k-0:9092,k-1:9092')), 'wrong-type')).toEqual([]);
    expect(withCode(check(config('[k-0:9092, [nested]]')), 'wrong-type')).toMatchObject([
      { path: 'spec.config.kafka.brokerList[1]' },
    ]);
    expect(withCode(check(config('{a: b}')), 'wrong-type')).toMatchObject([
      { path: 'spec.config.kafka.brokerList', severity: 'warning' },
    ]);
  });

  it('a value in the wrong case gets "did you mean" and a safe fix', () => {
    const text = milvus('mode: Cluster\ndependencies:\n  msgStreamType: Pulsar');
    const found = withCode(check(text), 'invalid-value');
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('Did you mean cluster?'),
      expect.stringContaining('Did you mean pulsar?'),
    ]);
    const fixed = applyFixes(text, safeFixes(found));
    expect(withCode(check(fixed), 'invalid-value')).toEqual([]);
  });

  it.each([
    ['securityProtocol', 'SASL_TLS'],
    ['saslMechanisms', 'SCRAM-SHA-1'],
  ])('spec.config.kafka.%s outside its values: Milvus cannot use it', (key, value) => {
    const [d] = withCode(check(milvus(`config:\n  kafka:\n    ${key}: ${value}`)), 'invalid-value');
    expect(d).toMatchObject({ severity: 'error', path: `spec.config.kafka.${key}` });
    expect(d!.message).toContain('Milvus cannot use');
  });

  it('NATS server settings of the wrong type are reported; numbers written as text are fine', () => {
    const text = milvus(`
      config:
        natsmq:
          server:
            port: four
            maxPayload: "8388608"
            monitor:
              debug: maybe
            retention: 3
    `);
    const found = withCode(check(text), 'wrong-type');
    expect(found.map((d) => d.path)).toEqual([
      'spec.config.natsmq.server.port',
      'spec.config.natsmq.server.monitor.debug',
      'spec.config.natsmq.server.retention',
    ]);
    expect(found[0]!.message).toContain('whole number');
  });

  it('a quorum buffer pool without seeds is refused (name and seeds are required)', () => {
    const text = milvus(`
      components:
        image: milvusdb/milvus:v2.6.15
      dependencies:
        msgStreamType: woodpecker
        woodpecker:
          external: true
          quorumBufferPools:
            - name: pool-a
    `);
    const [d] = withCode(check(text), 'missing-field');
    expect(d).toMatchObject({
      severity: 'error',
      path: 'spec.dependencies.woodpecker.quorumBufferPools[0].seeds',
    });
  });
});
