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
      ['pulsar', 'authParams'],
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
    // Pulsar's authParams is never written (tested below): the manifest holds ${PULSAR_AUTH_PARAMS}.
    for (const path of SECRET_FIELDS.filter(([storage]) => storage === 'kafka')) {
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

describe("Pulsar's authParams (the token)", () => {
  const withToken = () => {
    const values = valuesFor({ mode: 'cluster', minor: '2.6', mq: 'pulsar', external: true, api: 'v1beta1' });
    values.pulsar.authPlugin = 'org.apache.pulsar.client.impl.auth.AuthenticationToken';
    values.pulsar.authParams = 'token:eyJhbGciOiJIUzI1NiJ9.s3cret';
    return values;
  };

  it('is a secret: masked in the form, emptied in drafts and links', () => {
    expect(isSecretField('pulsar.authParams')).toBe(true);
    expect(hasPasswords(withToken())).toBe(true);
    expect(stripPasswords(withToken()).pulsar.authParams).toBe('');
  });

  it('never reaches the manifest: it holds the environment variable the apply command fills in', () => {
    const text = generateYaml(withToken());
    expect(text).not.toContain('s3cret');
    expect(text).toContain("authParams: '${PULSAR_AUTH_PARAMS}'");
    expect(text).toContain('authPlugin: org.apache.pulsar.client.impl.auth.AuthenticationToken');
    // The placeholder holds no secret: the wizard's own text may go into a link or a draft.
    expect(textHasSecrets(text)).toBe(false);
    expect(textHasSecrets(text.replace("'${PULSAR_AUTH_PARAMS}'", 'token:abc'))).toBe(true);
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
