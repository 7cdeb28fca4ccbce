import { describe, expect, it } from 'vitest';
import { check, milvus, withCode } from '../testing.ts';

function kafka(config: string, dependency = 'external: true\n    brokerList: [k0:9092]'): string {
  return milvus(
    `mode: cluster\nconfig:\n  kafka:\n${config
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    ${dependency}`,
  );
}
const SECURITY = /^kafka-(sasl|password)/;

describe('Kafka security settings', () => {
  it('SASL with a mechanism and a secretRef has nothing to report', () => {
    const text = kafka(
      'securityProtocol: SASL_SSL\nsaslMechanisms: SCRAM-SHA-512',
      'external: true\n    brokerList: [k0:9092]\n    secretRef: kafka-user',
    );
    expect(check(text).filter((d) => SECURITY.test(d.code))).toEqual([]);
  });

  it('SASL without a mechanism is an error', () => {
    const [d] = withCode(
      check(kafka('securityProtocol: SASL_SSL\nsaslUsername: u\nsaslPassword: p')),
      'kafka-sasl-incomplete',
    );
    expect(d).toMatchObject({ severity: 'error', line: 9 });
    expect(d!.message).toContain('saslMechanisms is not set');
  });

  it('SASL without credentials or secretRef is an error', () => {
    const [d] = withCode(
      check(kafka('securityProtocol: SASL_PLAINTEXT\nsaslMechanisms: PLAIN')),
      'kafka-sasl-incomplete',
    );
    expect(d!.message).toContain('secretRef');
  });

  it('a plain saslPassword is a warning: it sits in clear in the resource and its ConfigMap', () => {
    const [d] = withCode(
      check(
        kafka(
          'securityProtocol: SASL_SSL\nsaslMechanisms: PLAIN\nsaslUsername: milvus\nsaslPassword: hunter2',
        ),
      ),
      'kafka-password-in-clear',
    );
    expect(d).toMatchObject({ severity: 'warning', path: 'spec.config.kafka.saslPassword', line: 12 });
    expect(d!.message).toContain('ConfigMap');
    expect(d!.message).toContain('secretRef');
  });

  it('SASL settings with PLAINTEXT are unused (info)', () => {
    const [d] = withCode(
      check(kafka('securityProtocol: PLAINTEXT\nsaslMechanisms: PLAIN\nsaslUsername: ""')),
      'kafka-sasl-unused',
    );
    expect(d).toMatchObject({ severity: 'info', path: 'spec.config.kafka.saslMechanisms' });
  });

  it('SASL gaps matter only when Kafka is the message storage', () => {
    const text = milvus(
      'mode: cluster\nconfig:\n  kafka:\n    securityProtocol: SASL_SSL\ndependencies:\n  msgStreamType: pulsar',
    );
    expect(withCode(check(text), 'kafka-sasl-incomplete')).toEqual([]);
  });
});
