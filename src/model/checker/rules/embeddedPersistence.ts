/**
 * Message storage that keeps its data on the Milvus pod (RocksMQ, NATS, Woodpecker on local
 * storage) loses it when the pod restarts, unless persistence puts it on a PVC.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import { SUPPORT_NOTES, type MsgStreamType } from '../../support.ts';
import { CONFIG, DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';

function persisted(ctx: CheckContext, mq: MsgStreamType): boolean {
  if (ctx.value([...DEPENDENCIES, mq, 'persistence', 'enabled']) === true) return true;
  // A v1alpha1 Milvus keeps its whole data directory, RocksMQ included, with spec.persistence.
  return (
    ctx.resource.apiVersion === 'milvus.io/v1alpha1' &&
    mq === 'rocksmq' &&
    ctx.value(['spec', 'persistence', 'enabled']) === true
  );
}

export const embeddedPersistenceRule: Rule = (ctx) => {
  const mq = ctx.storage.type;
  if (ctx.storage.invalid || (mq !== 'rocksmq' && mq !== 'natsmq' && mq !== 'woodpecker')) return [];
  if (mq === 'woodpecker' && ctx.value([...CONFIG, 'woodpecker', 'storage', 'type']) !== 'local') return [];
  if (persisted(ctx, mq)) return [];
  const path = [...DEPENDENCIES, mq, 'persistence', 'enabled'];
  const message: Record<typeof mq, string> = {
    rocksmq: SUPPORT_NOTES.rocksmqPersistence,
    natsmq:
      'NATS keeps its JetStream data (storeDir) on the Milvus pod: without persistence it is lost when the pod restarts.',
    woodpecker:
      'Woodpecker writes to local storage (spec.config.woodpecker.storage.type: local) on the Milvus pod: without persistence the data is lost when the pod restarts.',
  };
  const out: Diagnostic[] = [
    ctx.report({
      severity: 'info',
      code: 'no-persistence',
      message: `${message[mq]} Set spec.dependencies.${mq}.persistence.enabled: true.`,
      path,
      anchor: ctx.storage.blocks.includes(mq)
        ? [...DEPENDENCIES, mq]
        : ctx.storage.explicit
          ? [...DEPENDENCIES, 'msgStreamType']
          : DEPENDENCIES,
      part: ctx.storage.explicit && !ctx.storage.blocks.includes(mq) ? 'value' : 'key',
      fix: {
        title: `Enable ${mq} persistence (a PVC)`,
        safe: false,
        edits: [{ op: 'set', path, value: true }],
      },
    }),
  ];
  return out;
};
