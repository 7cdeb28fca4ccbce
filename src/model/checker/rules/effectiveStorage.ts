/**
 * Which message storage the operator really runs, and which filled-in blocks it ignores.
 *
 * The operator always resolves one msgStreamType; with none, it takes the default for the mode
 * and version and ignores every other block. The docs' priority order (standalone RocksMQ > Pulsar
 * > Kafka; cluster Pulsar > Kafka) is Milvus's own choice for `mq.type: default`, not the
 * operator's, so a block can sit in a manifest and never be used.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import {
  CRD_MSG_STREAM_TYPES,
  MODE_LABELS,
  MQ_LABELS,
  MSG_STREAM_TYPES,
  milvusOwnDefault,
  operatorDefaultMsgStream,
  type DeploymentMode,
  type MsgStreamType,
} from '../../support.ts';
import type { MilvusVersion } from '../../versions.ts';
import { formatVersion } from '../../versions.ts';
import { DEPENDENCIES, type CheckContext, type EffectiveStorage } from '../context.ts';
import type { Resolver } from '../../yaml/yamlNav.ts';
import type { Rule } from './types.ts';

export function resolveStorage(
  resolver: Resolver,
  dependencies: unknown,
  mode: DeploymentMode,
  version: MilvusVersion,
): EffectiveStorage {
  const deps = resolver.map(dependencies);
  const field = (key: string) => (deps ? resolver.pairOf(deps, key)?.value : undefined);
  const blocks = MSG_STREAM_TYPES.filter((mq) => holdsSettings(resolver, field(mq)));
  const declared = resolver.scalar(field('msgStreamType'));
  const fallback = operatorDefaultMsgStream(mode, version);
  if (declared === undefined || declared === null || declared === '') {
    return { type: fallback, explicit: false, invalid: false, blocks };
  }
  if (typeof declared === 'string' && (CRD_MSG_STREAM_TYPES as readonly string[]).includes(declared)) {
    return { type: declared as MsgStreamType | 'custom', explicit: true, invalid: false, blocks };
  }
  return { type: fallback, explicit: false, invalid: true, blocks };
}

/**
 * A block holds settings when something in it is not a zero value. A live object prints every
 * message-storage block the operator's Go types hold (`kafka: {external: false}`,
 * `rocksmq: {persistence: {persistentVolumeClaim: {}}}`, `pulsar: {endpoint: ""}`;
 * apis/milvus.io/v1beta1/dependencies_types.go), and those say nothing.
 */
export function holdsSettings(resolver: Resolver, value: unknown): boolean {
  const node = resolver.resolve(value);
  if (node === null) return false;
  const map = resolver.map(node);
  if (map) return map.items.some((pair) => holdsSettings(resolver, pair.value));
  const seq = resolver.seq(node);
  if (seq) return seq.items.length > 0;
  const scalar = resolver.scalar(node);
  return !(scalar === null || scalar === undefined || scalar === '' || scalar === false);
}

/** "msgStreamType is not set, so the operator picks Pulsar (the default in cluster mode)". */
export function defaultReason(ctx: CheckContext): string {
  const type = ctx.storage.type as MsgStreamType;
  const declared = ctx.value([...DEPENDENCIES, 'msgStreamType']);
  const state = declared === '' ? 'is empty' : 'is not set';
  const where =
    ctx.mode === 'cluster'
      ? 'in cluster mode'
      : `in standalone mode on Milvus ${formatVersion(ctx.milvus.version)} (${ctx.milvus.origin})`;
  // milvus-operator v1.3.8 setDefaultMsgStreamType vs Milvus docs mqtype-overview.md (3.x).
  const own = milvusOwnDefault(ctx.mode, ctx.milvus.version);
  const differs =
    own === type
      ? ''
      : ` (Milvus ${formatVersion(ctx.milvus.version)}'s own default is ${MQ_LABELS[own]}, but the operator v1.3.8 keeps ${MQ_LABELS[type]} for a cluster and installs it in the cluster)`;
  return `msgStreamType ${state}, so the operator picks ${MQ_LABELS[type]}, its default ${where}${differs}`;
}

export const effectiveStorageRule: Rule = (ctx) => {
  const { storage } = ctx;
  if (storage.invalid || storage.type === 'custom') return [];
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
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'ignored-storage-block',
        message: `spec.dependencies.${block} is ignored: ${reason}. ${capitalize(runs)}, and the ${MQ_LABELS[block]} settings are not used. Set msgStreamType: ${block} to use them.`,
        path: [...DEPENDENCIES, block],
        fix: setType(block, false),
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

  out.push(
    ctx.report({
      severity: 'info',
      code: 'msg-stream-type-default',
      message: `${reason}. Write it explicitly: the default changes with the mode (${MODE_LABELS.standalone.toLowerCase()} or ${MODE_LABELS.cluster.toLowerCase()}) and the Milvus version.`,
      path: [...DEPENDENCIES, 'msgStreamType'],
      fix: setType(running, true),
    }),
  );
  return out;
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
