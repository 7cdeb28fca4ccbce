/**
 * Which message storage the operator really runs, and which filled-in blocks it ignores.
 *
 * The operator always resolves one msgStreamType; with none, it takes the default for the mode
 * and version and ignores every other block. The docs' priority order (standalone RocksMQ > Pulsar
 * > Kafka; cluster Pulsar > Kafka) is Milvus's own choice for `mq.type: default`, not the
 * operator's, so a block can sit in a manifest and never be used.
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { MODE_LABELS, MQ_LABELS, supportForVersion, type MsgStreamType } from '../../../facts/support.ts';
import { customBlockUnusedMessage } from '../../../findings/sharedChecks.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';

/** "msgStreamType is not set, so the operator picks Pulsar, its default in cluster mode ..." (from the resolution stage). */
export function defaultReason(ctx: CheckContext): string {
  return ctx.storage.reason;
}

/** `custom`: pkg/controllers/dependencies.go ReconcileMsgStream installs nothing and configmaps.go writes nothing for it. */
function customBlocks(ctx: CheckContext): Diagnostic[] {
  return ctx.storage.blocks
    .filter((b) => b === 'kafka' || b === 'pulsar' || b === 'woodpecker')
    .map((block) =>
      ctx.report({
        severity: 'warning',
        code: 'custom-storage-block-unused',
        message: customBlockUnusedMessage(block),
        path: [...DEPENDENCIES, block],
      }),
    );
}

export const effectiveStorageRule: Rule = (ctx) => {
  const { storage } = ctx;
  if (storage.invalid) return [];
  if (storage.type === 'custom') return customBlocks(ctx);
  const out: Diagnostic[] = [];
  const running = storage.type;
  const ignored = storage.blocks.filter((b) => b !== running);
  const label = MQ_LABELS[running];

  if (storage.explicit) {
    for (const block of ignored) {
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'ignored-storage-block',
          message: `spec.dependencies.${block} is ignored: msgStreamType is ${running}, so the operator runs ${label} and does not use these ${MQ_LABELS[block]} settings.`,
          path: [...DEPENDENCIES, block],
          fix: {
            title: `Remove the unused ${block} block`,
            safe: false,
            edits: [{ op: 'delete', path: [...DEPENDENCIES, block] }],
          },
        }),
      );
    }
    return out;
  }

  const reason = defaultReason(ctx);
  const setType = (type: MsgStreamType, safe: boolean) => ({
    title: `Set msgStreamType: ${type}`,
    safe,
    edits: [{ op: 'set' as const, path: [...DEPENDENCIES, 'msgStreamType'], value: type }],
  });

  if (ignored.length === 1 && !storage.blocks.includes(running)) {
    const block = ignored[0]!;
    const runs =
      ctx.mode === 'cluster' && running === 'pulsar'
        ? 'this cluster runs on an in-cluster Pulsar'
        : `Milvus runs on ${label}`;
    // Setting the block's storage where it cannot run would trade this warning for an error
    // (unsupported-storage): say why instead, and offer to remove the block.
    const verdict = supportForVersion(ctx.mode, block, ctx.milvus.version);
    const cannotRun = verdict.status === 'unsupported' ? verdict.reason : null;
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'ignored-storage-block',
        message: `spec.dependencies.${block} is ignored: ${reason}. ${capitalize(runs)}, and the ${MQ_LABELS[block]} settings are not used. ${
          cannotRun === null
            ? `Set msgStreamType: ${block} to use them.`
            : `Setting msgStreamType: ${block} would not help: ${cannotRun}`
        }`,
        path: [...DEPENDENCIES, block],
        fix:
          cannotRun === null
            ? setType(block, false)
            : {
                title: `Remove the unused ${block} block`,
                safe: false,
                edits: [{ op: 'delete', path: [...DEPENDENCIES, block] }],
              },
      }),
    );
    return out;
  }

  for (const block of ignored) {
    const winner = storage.blocks.includes(running)
      ? `the ${label} block is the one used`
      : `none of the blocks is used (Milvus runs on ${label})`;
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'ignored-storage-block',
        message: `spec.dependencies.${block} is ignored: ${reason}; ${winner}. The priority order in the Milvus docs (standalone: RocksMQ > Pulsar > Kafka; cluster: Pulsar > Kafka) is Milvus's own choice, not the operator's. Set msgStreamType to the storage you mean.`,
        path: [...DEPENDENCIES, block],
      }),
    );
  }

  // A default picked from a version the pods do not run (version-split) may not run on the pods'
  // version: writing it down would be unsupported-storage, so there is no fix to offer then.
  const defaultRuns = supportForVersion(ctx.mode, running, ctx.milvus.version).status !== 'unsupported';
  out.push(
    ctx.report({
      severity: 'info',
      code: 'msg-stream-type-default',
      message: `${reason}. Write it explicitly: the default changes with the mode (${MODE_LABELS.standalone.toLowerCase()} or ${MODE_LABELS.cluster.toLowerCase()}) and the Milvus version.`,
      path: [...DEPENDENCIES, 'msgStreamType'],
      ...(defaultRuns ? { fix: setType(running, true) } : {}),
    }),
  );
  return out;
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
