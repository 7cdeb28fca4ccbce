import { describe, expect, it } from 'vitest';
import { textHasSecrets, withoutSecretValues } from './secretText.ts';
import { generateYaml } from '../operator/write/generate.ts';
import { getAt, setAt } from '../storages/fieldTable.ts';
import { valuesFor } from '../testing/valuesArbitrary.ts';
import { SECRET_FIELDS, hasPasswords, isSecretField, stripPasswords } from './secrets.ts';
import { wizardDefaults } from './wizardDefaults.ts';

describe('password stripping', () => {
  it('empties the SASL password and the TLS key password and nothing else', () => {
    const values = wizardDefaults();
    values.kafka.saslUsername = 'milvus';
    values.kafka.saslPassword = 'hunter2';
    values.kafka.tls.tlsKeyPassword = 'k3y';
    const stripped = stripPasswords(values);
    expect(stripped.kafka.saslPassword).toBe('');
    expect(stripped.kafka.tls.tlsKeyPassword).toBe('');
    expect(stripped.kafka.saslUsername).toBe('milvus');
    expect(hasPasswords(stripped)).toBe(false);
    expect(values.kafka.saslPassword).toBe('hunter2');
  });

  it("takes the password fields from the storages' field tables", () => {
    expect(SECRET_FIELDS).toEqual([
      ['kafka', 'saslPassword'],
      ['kafka', 'tls', 'tlsKeyPassword'],
    ]);
  });

  it('the form masks exactly the password fields', () => {
    expect(isSecretField('kafka.saslPassword')).toBe(true);
    expect(isSecretField('kafka.tls.tlsKeyPassword')).toBe(true);
    expect(isSecretField('kafka.saslUsername')).toBe(false);
    expect(isSecretField('kafka.secretRef')).toBe(false);
  });

  it('a manifest written with any password field set is recognised as holding a secret', () => {
    for (const path of SECRET_FIELDS) {
      const values = valuesFor({
        mode: 'cluster',
        minor: '2.6',
        mq: 'kafka',
        external: true,
        api: 'v1beta1',
      });
      expect(getAt(values, path)).toBe('');
      setAt(values, path, 's3cret');
      expect(textHasSecrets(generateYaml(values))).toBe(true);
      expect(textHasSecrets(generateYaml(stripPasswords(values)))).toBe(false);
    }
  });
});

describe('secrets in manifest text', () => {
  it('finds a password anywhere in the manifest', () => {
    expect(textHasSecrets('spec:\n  config:\n    kafka:\n      saslPassword: hunter2\n')).toBe(true);
    expect(textHasSecrets('a: 1\n---\nx: {ssl: {tlsKeyPassword: "k"}}\n')).toBe(true);
    expect(textHasSecrets('pulsar:\n  authParams: token:abc\n')).toBe(true);
  });

  it('does not flag empty password keys or a secretRef', () => {
    expect(textHasSecrets('kafka:\n  saslPassword: ""\n  secretRef: kafka-credentials\n')).toBe(false);
    expect(textHasSecrets('kafka:\n  saslPassword:\n')).toBe(false);
  });

  it('still finds a password in text that is not valid YAML', () => {
    expect(textHasSecrets('kafka:\n  saslPassword: hunter2\n  bad: [\n')).toBe(true);
    expect(textHasSecrets('kafka:\n  saslPassword: ""\n  bad: [\n')).toBe(false);
  });
});

describe('a text kept without its secret values', () => {
  const text = `# ours
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: m
  labels:
    team: search # who to call
spec:
  config:
    kafka:
      saslUsername: milvus
      saslPassword: hunter2
---
apiVersion: v1
kind: Secret
stringData:
  password: s3cret
`;

  it('empties only the secret values; keys, comments and other edits stay', () => {
    const kept = withoutSecretValues(text);
    expect(kept).not.toBeNull();
    expect(kept).not.toContain('hunter2');
    expect(kept).not.toContain('s3cret');
    expect(kept).toContain('saslPassword: ""');
    expect(kept).toContain('team: search # who to call');
    expect(kept).toContain('# ours');
    expect(kept).toContain('kind: Secret');
    expect(textHasSecrets(kept ?? '')).toBe(false);
  });

  it('is the text itself without secrets, and null for text that cannot be read', () => {
    expect(withoutSecretValues('a: 1\n')).toBe('a: 1\n');
    expect(withoutSecretValues('saslPassword: x\n  bad: [')).toBeNull();
  });
});
