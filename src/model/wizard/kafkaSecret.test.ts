import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues } from './values/values.ts';
import { kafkaSecretCommand, kafkaSecretManifest, kafkaSecuritySummary } from './kafkaSecret.ts';
import { parse } from 'yaml';

const kafka = (over: Partial<ReturnType<typeof defaultValues>['kafka']>) => ({
  ...defaultValues().kafka,
  external: true,
  ...over,
});

describe('the Kafka Secret offered for secretRef', () => {
  it('names the Secret and namespace, with a password placeholder', () => {
    const k = kafka({ secretRef: 'kafka-sasl', saslUsername: 'milvus' });
    expect(kafkaSecretCommand(k, 'vector')).toBe(
      "kubectl create secret generic kafka-sasl -n vector --from-literal=username=milvus --from-literal='password=<password>'",
    );
    expect(parse(kafkaSecretManifest(k, 'vector'))).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'kafka-sasl', namespace: 'vector' },
      type: 'Opaque',
      stringData: { username: 'milvus', password: '<password>' },
    });
  });

  it('never contains a password the user typed', () => {
    // A typed password: distinctive enough not to occur in the output by chance.
    const passwords = fc.stringMatching(/^[A-Za-z0-9!$%&*'"]{6,20}$/).map((s) => `Pw${s}`);
    fc.assert(
      fc.property(passwords, fc.string(), (password, username) => {
        const k = kafka({
          saslPassword: password,
          saslUsername: username.includes(password) ? '' : username,
        });
        expect(kafkaSecretCommand(k, '')).not.toContain(password);
        expect(kafkaSecretManifest(k, '')).not.toContain(password);
      }),
    );
  });

  it('summarises protocol, mechanism and where the credentials come from', () => {
    expect(kafkaSecuritySummary(kafka({}))).toBe('PLAINTEXT (default), no SASL');
    expect(
      kafkaSecuritySummary(
        kafka({ securityProtocol: 'SASL_SSL', saslMechanisms: 'SCRAM-SHA-512', secretRef: 'kc' }),
      ),
    ).toBe('SASL_SSL, SCRAM-SHA-512, credentials from Secret kc');
  });
});
