/**
 * Kafka security lives in spec.config.kafka (Milvus's own settings); the credentials are better in
 * a Secret named by spec.dependencies.kafka.secretRef, which overrides saslUsername/saslPassword.
 * SASL without a mechanism or credentials (kafka-sasl-incomplete) is the judge's
 * (whatRuns/judge.ts, rules/milvusJudgement.ts); here, what only a manifest can get wrong.
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { CONFIG, DEPENDENCIES } from '../context.ts';
import type { Rule } from './types.ts';

const KAFKA = [...CONFIG, 'kafka'];
const SASL_KEYS = ['saslMechanisms', 'saslUsername', 'saslPassword'] as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

export const kafkaSecurityRule: Rule = (ctx) => {
  if (!ctx.map(KAFKA)) return [];
  const out: Diagnostic[] = [];
  const protocol = text(ctx.value([...KAFKA, 'securityProtocol'])).toUpperCase();
  const password = text(ctx.value([...KAFKA, 'saslPassword']));
  const secretRef = text(ctx.value([...DEPENDENCIES, 'kafka', 'secretRef']));

  if (password !== '') {
    const overridden =
      secretRef !== '' ? ` secretRef is set and overrides it, so this password is not even used.` : '';
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'kafka-password-in-clear',
        message: `spec.config.kafka.saslPassword is written in clear: it is stored as is in the Milvus resource and in the ConfigMap the operator renders, readable by anyone who can read them. Put the credentials in a Secret (keys username, password) and name it in spec.dependencies.kafka.secretRef.${overridden}`,
        path: [...KAFKA, 'saslPassword'],
        part: 'value',
        fix:
          secretRef !== ''
            ? {
                title: 'Remove saslPassword (secretRef provides it)',
                safe: false,
                edits: [{ op: 'delete', path: [...KAFKA, 'saslPassword'] }],
              }
            : undefined,
      }),
    );
  }

  if (protocol === 'PLAINTEXT' || protocol === 'SSL') {
    const set = SASL_KEYS.filter((key) => text(ctx.value([...KAFKA, key])) !== '');
    if (set.length > 0) {
      out.push(
        ctx.report({
          severity: 'info',
          code: 'kafka-sasl-unused',
          message: `spec.config.kafka sets ${set.join(', ')} but securityProtocol is ${protocol}: SASL is not used, so these settings have no effect. Use SASL_PLAINTEXT or SASL_SSL to authenticate.`,
          path: [...KAFKA, set[0]!],
        }),
      );
    }
  }
  return out;
};
