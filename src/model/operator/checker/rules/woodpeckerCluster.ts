/**
 * Embedded Woodpecker in cluster mode: where its log lives must be reachable from every pod that
 * writes it.
 *
 * - `woodpecker.storage.type: local` in cluster mode: Milvus panics at start ("woodpecker with local
 *   storage is not supported in cluster mode", `validateWALName` in Milvus's streaming util) unless
 *   `woodpecker.storage.forceLocalStorage` is true. The operator (v1.3.8) writes
 *   `woodpecker.storage.type: service` only for `woodpecker.external: true`
 *   (pkg/controllers/configmaps.go), so the user's `local` reaches Milvus otherwise.
 * - Persistence: the operator makes one claim from `dependencies.woodpecker.persistence`
 *   (apis/milvus.io/v1beta1/dependencies_types.go GetMilvusBuiltInMQ, pkg/controllers/pvc.go, which
 *   defaults its access mode to ReadWriteOnce) and mounts it as `milvus-data` into every pod
 *   (pkg/controllers/deployments.go; operator issue #444).
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { CONFIG, DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';
import { WOODPECKER_LOCAL_IN_CLUSTER_CHECK } from '../../../findings/sharedChecks.ts';
import { isLocalStorage, woodpeckerLocalRefused } from '../../../whatRuns/predicates/woodpeckerLocal.ts';

const WOODPECKER_CONFIG = [...CONFIG, 'woodpecker', 'storage'];
const PERSISTENCE = [...DEPENDENCIES, 'woodpecker', 'persistence'];

export const woodpeckerClusterRule: Rule = (ctx) => {
  if (ctx.storage.invalid || ctx.storage.type !== 'woodpecker' || ctx.mode !== 'cluster') return [];
  if (ctx.value([...DEPENDENCIES, 'woodpecker', 'external']) === true) return [];
  return [...localStorage(ctx), ...sharedClaim(ctx)];
};

function localStorage(ctx: CheckContext): Diagnostic[] {
  const typePath = [...WOODPECKER_CONFIG, 'type'];
  const force = ctx.value([...WOODPECKER_CONFIG, 'forceLocalStorage']);
  if (!woodpeckerLocalRefused(ctx.mode, ctx.value(typePath), force)) return [];
  return [
    ctx.report({
      severity: 'error',
      code: 'woodpecker-local-in-cluster',
      message: WOODPECKER_LOCAL_IN_CLUSTER_CHECK.message('spec.config.woodpecker.storage.type'),
      path: typePath,
      part: 'value',
      fix: {
        title: 'Set woodpecker.storage.type: minio',
        safe: false,
        edits: [{ op: 'set', path: typePath, value: 'minio' }],
      },
    }),
  ];
}

function sharedClaim(ctx: CheckContext): Diagnostic[] {
  if (ctx.value([...PERSISTENCE, 'enabled']) !== true) return [];
  const modes = ctx.node([...PERSISTENCE, 'persistentVolumeClaim', 'spec', 'accessModes']);
  const shared =
    ctx.value([...PERSISTENCE, 'persistentVolumeClaim', 'spec', 'accessModes', 0]) === 'ReadWriteMany';
  // Several pods on several nodes can share only a ReadWriteMany claim.
  if (shared) return [];
  const local = isLocalStorage(ctx.value([...WOODPECKER_CONFIG, 'type']));
  return [
    ctx.report({
      severity: 'warning',
      code: 'woodpecker-persistence-cluster',
      message: `Woodpecker persistence in cluster mode: the operator makes one claim and mounts it into every Milvus pod (operator issue #444), and a ReadWriteOnce claim (${modes ? 'as written' : "the operator's default access mode"}) cannot serve pods on several nodes: those pods stay Pending. ${
        local
          ? 'Local storage in cluster mode needs a ReadWriteMany claim that all pods share.'
          : 'Embedded Woodpecker in cluster mode writes its log to the object storage, not to this claim: turn persistence off.'
      }`,
      path: [...PERSISTENCE, 'enabled'],
      part: 'value',
      fix: local
        ? undefined
        : {
            title: 'Turn Woodpecker persistence off',
            safe: false,
            edits: [{ op: 'set', path: [...PERSISTENCE, 'enabled'], value: false }],
          },
    }),
  ];
}
