/**
 * Embedded Woodpecker in cluster mode: where its log lives must be reachable from every pod that
 * writes it. `woodpecker.storage.type: local` without forceLocalStorage (Milvus panics at start) is
 * the judge's (whatRuns/judge.ts, rules/milvusJudgement.ts): the operator (v1.3.8) writes
 * `woodpecker.storage.type: service` only for `woodpecker.external: true`
 * (pkg/controllers/configmaps.go), so the user's `local` reaches Milvus as written, and the
 * description (resolve/toWhatRuns.ts) carries it.
 *
 * - Persistence: the operator makes one claim from `dependencies.woodpecker.persistence`
 *   (apis/milvus.io/v1beta1/dependencies_types.go GetMilvusBuiltInMQ, pkg/controllers/pvc.go, which
 *   defaults its access mode to ReadWriteOnce) and mounts it as `milvus-data` into every pod
 *   (pkg/controllers/deployments.go; operator issue #444).
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { CONFIG, DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';
import { isLocalStorage } from '../../../whatRuns/predicates/woodpeckerLocal.ts';

const WOODPECKER_CONFIG = [...CONFIG, 'woodpecker', 'storage'];
const PERSISTENCE = [...DEPENDENCIES, 'woodpecker', 'persistence'];

export const woodpeckerClusterRule: Rule = (ctx) => {
  if (ctx.storage.invalid || ctx.storage.type !== 'woodpecker' || ctx.mode !== 'cluster') return [];
  if (ctx.value([...DEPENDENCIES, 'woodpecker', 'external']) === true) return [];
  return sharedClaim(ctx);
};

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
