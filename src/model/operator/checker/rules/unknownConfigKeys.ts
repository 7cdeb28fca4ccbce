/**
 * Keys Milvus never reads in the message-storage sections of spec.config (mq, pulsar, kafka,
 * rocksmq, natsmq, woodpecker), for the version that runs (whatRuns/predicates/unknownConfigKeys.ts,
 * which the Helm front end asks of user.yaml too). The API server keeps spec.config as written and
 * the operator copies it into Milvus's config, where Milvus ignores what it does not read: for
 * example `kafka.saslUsernameSecret` (an unmerged operator PR's key), so the credentials are never
 * used. Keys a known key is a short typo of are the typo rule's (likely-typo), not reported twice.
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { formatPath } from '../../../findings/diagnostics.ts';
import { knownKeys, schemaAt } from '../../manifest/introspect.ts';
import { clampMinor } from '../../../facts/support.ts';
import { MILVUS_CONFIG_SECTIONS } from '../../../facts/milvusConfigKeys.ts';
import { toPlain } from '../../../yaml/toPlain.ts';
import { CONFIG, type CheckContext } from '../context.ts';
import { closestName } from '../../../findings/suggest.ts';
import {
  unknownConfigKeyMessage,
  unknownConfigKeys,
} from '../../../whatRuns/predicates/unknownConfigKeys.ts';
import type { Rule } from './types.ts';

/** v1.3.8 takes Kafka credentials from a Secret only through secretRef. */
const SECRET_HINT =
  ' To take the credentials from a Secret, name it in spec.dependencies.kafka.secretRef (keys username and password).';

export const unknownConfigKeysRule: Rule = (ctx) => {
  // A version whose tag names none: nobody can tell which keys it reads.
  if (ctx.milvus.source === 'believed') return [];
  const minor = clampMinor(ctx.milvus.version);
  const config = plainConfig(ctx);
  return unknownConfigKeys(config, minor, (path, key) => isSchemaTypo(ctx, path, key)).map(
    (f): Diagnostic => {
      const path = [...CONFIG, ...f.path];
      const target = f.nearest?.typo ? [...path.slice(0, -1), f.nearest.name] : null;
      return ctx.report({
        severity: 'warning',
        code: 'unknown-config-key',
        message: unknownConfigKeyMessage(f, minor, formatPath(path), SECRET_HINT),
        path,
        // Only a typo is renamed: a near name of another meaning (a Secret's name for the value) is not.
        fix:
          target && ctx.pair(target) === null
            ? {
                title: `Rename to ${f.nearest!.name}`,
                safe: false,
                edits: [{ op: 'move', from: path, to: target }],
              }
            : undefined,
      });
    },
  );
};

/** spec.config's message-storage sections as kubectl reads them (aliases and merge keys applied). */
function plainConfig(ctx: CheckContext): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const section of MILVUS_CONFIG_SECTIONS) {
    const node = ctx.node([...CONFIG, section]);
    if (!node) continue;
    try {
      config[section] = toPlain(ctx.resolver, node);
    } catch {
      // Aliases that expand too far: the document's own finding says so; nothing to judge here.
    }
  }
  return config;
}

/** The typo rule reports a short typo of a key the schema describes. */
function isSchemaTypo(ctx: CheckContext, path: readonly string[], key: string): boolean {
  const level = schemaAt(ctx.resource.schema, [...CONFIG, ...path]);
  const schemaKeys = level ? knownKeys(level) : [];
  return !schemaKeys.includes(key) && closestName(key, schemaKeys) !== null;
}
