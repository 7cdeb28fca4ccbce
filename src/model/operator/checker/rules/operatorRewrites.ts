/**
 * What the operator changes on its own: settings it forces, and the parts of spec.config it deletes
 * or overwrites before Milvus reads them (resolve/milvusConfig.ts and resolve.ts follow the code:
 * apis/milvus.io/v1beta1/milvus_webhook.go DefaultConf and deleteUnsettableConf,
 * pkg/controllers/configmaps.go updateConfigMap).
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { storageLabel } from '../../resolve/index.ts';
import { DEPENDENCIES } from '../context.ts';
import type { Rule } from './types.ts';

export const operatorRewritesRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const { resolved } = ctx;
  if (ctx.storage.invalid) return out;

  for (const f of resolved.forced) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'rolling-update-forced-off',
        message: `${f.key} is true, but ${f.reason}: your setting has no effect, and upgrades restart the pod.${ctx.options.webhook ? ' (The validating webhook would refuse it, but the mutating webhook has already set it to false.)' : ''}`,
        path: f.path,
        part: 'value',
        fix: { title: 'Remove enableRollingUpdate', safe: true, edits: [{ op: 'delete', path: f.path }] },
      }),
    );
  }

  for (const change of resolved.config.changes) {
    if (change.op === 'write' || !change.userPath) continue;
    if (change.op === 'overwrite') {
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'config-overwritten',
          message: `spec.config.${change.key} is ${JSON.stringify(change.userValue)}, but the operator overwrites it with ${JSON.stringify(change.value)} (${change.reason}): Milvus never sees your value.${change.key === 'mq.type' || change.key === 'messageQueue' ? ` Set spec.dependencies.msgStreamType to choose the message storage.` : ''}`,
          path: change.userPath,
          part: 'value',
          fix: {
            title: `Remove spec.config.${change.key}`,
            safe: true,
            edits: [{ op: 'delete', path: change.userPath }],
          },
        }),
      );
    } else {
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'config-deleted',
          message: `spec.config.${change.key} is deleted before Milvus reads it: ${change.reason}.`,
          path: change.userPath,
        }),
      );
    }
  }

  // The operator's API docs (dependencies_types.go, WoodPecker.External) require the LogStore's
  // etcd and object storage to be external and shared; the operator does not check it.
  if (ctx.storage.type === 'woodpecker' && ctx.storage.side === 'external') {
    for (const dep of ['etcd', 'storage'] as const) {
      if (ctx.value([...DEPENDENCIES, dep, 'external']) === true) continue;
      const what = dep === 'etcd' ? 'etcd' : 'object storage';
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'woodpecker-service-in-cluster-deps',
          message: `${storageLabel('woodpecker')} runs as a service (external: true), but ${what} is the operator's in-cluster one (spec.dependencies.${dep}.external is not true): the Woodpecker service must share Milvus's ${what}, which an in-cluster ${what} made for this Milvus alone cannot be. Point spec.dependencies.${dep} at the external ${what} the Woodpecker service uses.`,
          path: [...DEPENDENCIES, 'woodpecker', 'external'],
          part: 'value',
        }),
      );
    }
  }
  return out;
};
