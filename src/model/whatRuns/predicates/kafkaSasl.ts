/**
 * Kafka SASL without what it needs: the checker's rule (rules/kafkaSecurity.ts) and the wizard's
 * form (valuesRules.ts) both ask here. No YAML here: the form loads this with the first page.
 */
import { KAFKA_SASL_WITHOUT_CREDENTIALS, KAFKA_SASL_WITHOUT_MECHANISM } from '../../findings/sharedChecks.ts';

export interface KafkaSaslInput {
  protocol: string;
  mechanism: string;
  username: string;
  password: string;
  secretRef: string;
}

/** A SASL setting that is missing, on the key where it is fixed. */
export interface KafkaSaslFinding {
  key: 'saslMechanisms' | 'saslPassword' | 'secretRef';
  severity: 'error';
  code: 'kafka-sasl-incomplete';
  message: string;
}

/**
 * SASL without what it needs (pkg/external/kafka.go GetKafkaDialer authenticates with the mechanism
 * and the credentials): the checker reports these on the manifest, the wizard's form refuses them.
 */
export function kafkaSaslFindings(input: KafkaSaslInput): KafkaSaslFinding[] {
  const [protocol, mechanism, username, password, secretRef] = [
    input.protocol.trim().toUpperCase(),
    input.mechanism.trim(),
    input.username.trim(),
    input.password.trim(),
    input.secretRef.trim(),
  ];
  if (protocol !== 'SASL_PLAINTEXT' && protocol !== 'SASL_SSL') return [];
  const out: KafkaSaslFinding[] = [];
  const finding = (key: KafkaSaslFinding['key'], message: string): KafkaSaslFinding => ({
    key,
    severity: 'error',
    code: 'kafka-sasl-incomplete',
    message,
  });
  if (mechanism === '') {
    out.push(
      finding(
        'saslMechanisms',
        KAFKA_SASL_WITHOUT_MECHANISM.message(`spec.config.kafka.securityProtocol is ${protocol}`),
      ),
    );
  }
  if (secretRef !== '') return out;
  if (username !== '' && password === '') {
    // A username without its password: most often a password that was not kept (drafts and links
    // never hold one), so it is reported where the password is typed.
    out.push(
      finding(
        'saslPassword',
        `spec.config.kafka.securityProtocol is ${protocol} and saslUsername is ${username}, but saslPassword is not set: Milvus cannot authenticate to Kafka. Enter the password, or name a Secret with keys username and password in spec.dependencies.kafka.secretRef.`,
      ),
    );
  } else if (username === '' || password === '') {
    out.push(
      finding(
        'secretRef',
        KAFKA_SASL_WITHOUT_CREDENTIALS.message(`spec.config.kafka.securityProtocol is ${protocol}`),
      ),
    );
  }
  return out;
}
