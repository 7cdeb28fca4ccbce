/**
 * The Secret the product recommends for Kafka SASL credentials (spec.dependencies.kafka.secretRef,
 * keys `username` and `password`: see the kafkaSecurity rule). Offered as a `kubectl create secret`
 * command and as a manifest, both with placeholders: a password the user typed never goes in.
 */
import type { WizardValues } from './values/values.ts';

export const DEFAULT_KAFKA_SECRET_NAME = 'kafka-credentials';
export const PASSWORD_PLACEHOLDER = '<password>';
const USERNAME_PLACEHOLDER = '<username>';

/** A word for a POSIX shell: kept as is when plain, else single-quoted. */
export function shellWord(word: string): string {
  return /^[\w./:=@-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

interface SecretParts {
  name: string;
  namespace: string;
  username: string;
}

function parts(kafka: WizardValues['kafka'], namespace: string): SecretParts {
  return {
    name: kafka.secretRef.trim() || DEFAULT_KAFKA_SECRET_NAME,
    namespace: namespace.trim(),
    // A username is not a secret; the password is always a placeholder.
    username: kafka.saslUsername.trim() || USERNAME_PLACEHOLDER,
  };
}

export function kafkaSecretCommand(kafka: WizardValues['kafka'], namespace: string): string {
  const p = parts(kafka, namespace);
  return [
    `kubectl create secret generic ${shellWord(p.name)}`,
    p.namespace ? `-n ${shellWord(p.namespace)}` : '',
    `--from-literal=${shellWord(`username=${p.username}`)}`,
    `--from-literal=${shellWord(`password=${PASSWORD_PLACEHOLDER}`)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A v1 Secret manifest (JSON strings are YAML scalars, so every value is quoted safely). */
export function kafkaSecretManifest(kafka: WizardValues['kafka'], namespace: string): string {
  const p = parts(kafka, namespace);
  const q = (s: string) => JSON.stringify(s);
  return [
    '# The Secret named in spec.dependencies.kafka.secretRef. Replace the placeholders, then:',
    '#   kubectl apply -f kafka-secret.yaml',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${q(p.name)}`,
    ...(p.namespace ? [`  namespace: ${q(p.namespace)}`] : []),
    'type: Opaque',
    'stringData:',
    `  username: ${q(p.username)}`,
    `  password: ${q(PASSWORD_PLACEHOLDER)}`,
    '',
  ].join('\n');
}

/** "SASL_SSL, SCRAM-SHA-512, credentials from Secret kafka-credentials": the Review summary's line. */
export function kafkaSecuritySummary(kafka: WizardValues['kafka']): string {
  const protocol = kafka.securityProtocol ?? 'PLAINTEXT (default)';
  const sasl = kafka.securityProtocol === 'SASL_PLAINTEXT' || kafka.securityProtocol === 'SASL_SSL';
  if (!sasl) return `${protocol}, no SASL`;
  const mechanism = kafka.saslMechanisms ?? 'no SASL mechanism yet';
  const secret = kafka.secretRef.trim();
  const credentials = secret
    ? `credentials from Secret ${secret}`
    : kafka.saslUsername.trim()
      ? `username ${kafka.saslUsername.trim()} with a password in clear in the resource`
      : 'no credentials yet';
  return `${protocol}, ${mechanism}, ${credentials}`;
}
