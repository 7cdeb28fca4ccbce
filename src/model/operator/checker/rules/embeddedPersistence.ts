/**
 * Message storage that keeps its data on the Milvus pod (RocksMQ, NATS, Woodpecker on local
 * storage) loses it when the pod restarts, unless persistence puts it on a PVC.
 *
 * Local Woodpecker in cluster mode agrees with woodpeckerCluster.ts: refused without
 * forceLocalStorage (Milvus panics at start: the error's fix is minio, and no claim would help), so
 * nothing is said here; with it, the one claim the operator mounts into every pod must be
 * ReadWriteMany (operator issue #444), so the advice and its fix say so. A Woodpecker service
 * (`external: true`) gets `storage.type: service` from the operator (pkg/controllers/configmaps.go).
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { SUPPORT_NOTES, type MsgStreamType } from '../../../facts/support.ts';
import { CONFIG, DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';
import { woodpeckerLocalRefused } from '../../../whatRuns/predicates/woodpeckerLocal.ts';

function persisted(ctx: CheckContext, mq: MsgStreamType): boolean {
  if (ctx.value([...DEPENDENCIES, mq, 'persistence', 'enabled']) === true) return true;
  // A v1alpha1 Milvus keeps its whole data directory, RocksMQ included, with spec.persistence.
  return (
    ctx.resource.apiVersion === 'milvus.io/v1alpha1' &&
    mq === 'rocksmq' &&
    ctx.value(['spec', 'persistence', 'enabled']) === true
  );
}

/** A warning on one setting of the embedded storage, said once for the checker and the wizard's form. */
export interface EmbeddedFinding {
  severity: 'warning';
  code: 'existing-claim-with-spec' | 'nats-store-dir';
  message: string;
}

/** Where the operator mounts the embedded storage's volume (apis/milvus.io/v1beta1/persistence_types.go RocksMQPersistPath). */
export const EMBEDDED_VOLUME_PATH = '/var/lib/milvus';

/**
 * pkg/controllers/pvc.go: with an existing claim the operator creates no PVC, so the size and the
 * storage class written for one are never used.
 */
export function existingClaimFinding(p: {
  existingClaim: string;
  storageSize: string;
  storageClassName: string;
}): EmbeddedFinding | null {
  if (p.existingClaim.trim() === '' || (p.storageSize.trim() === '' && p.storageClassName.trim() === ''))
    return null;
  return {
    severity: 'warning',
    code: 'existing-claim-with-spec',
    message: `persistentVolumeClaim.existingClaim is ${p.existingClaim.trim()}, so the operator creates no PVC and the size and storage class written beside it are not used (pkg/controllers/pvc.go). Clear them, or the claim.`,
  };
}

/**
 * NATS's JetStream directory: the operator mounts the volume at /var/lib/milvus
 * (pkg/controllers/deployments.go), so a relative directory, or one outside it, is not on the volume.
 */
export function natsStoreDirFinding(storeDir: string): EmbeddedFinding | null {
  const dir = storeDir.trim();
  if (dir === '') return null;
  if (!dir.startsWith('/')) {
    return {
      severity: 'warning',
      code: 'nats-store-dir',
      message: `spec.config.natsmq.server.storeDir "${dir}" is not an absolute path: NATS resolves it against the Milvus process's working directory, not the volume the operator mounts at ${EMBEDDED_VOLUME_PATH}, so its data is lost when the pod restarts. Use an absolute path, e.g. ${EMBEDDED_VOLUME_PATH}/nats.`,
    };
  }
  return null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function embeddedSettings(ctx: CheckContext, mq: 'rocksmq' | 'natsmq'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const base =
    mq === 'rocksmq' &&
    ctx.resource.apiVersion === 'milvus.io/v1alpha1' &&
    ctx.value(['spec', 'persistence']) !== undefined
      ? ['spec', 'persistence']
      : [...DEPENDENCIES, mq, 'persistence'];
  const pvc = [...base, 'persistentVolumeClaim'];
  const claim = existingClaimFinding({
    existingClaim: text(ctx.value([...pvc, 'existingClaim'])),
    storageSize: text(ctx.value([...pvc, 'spec', 'resources', 'requests', 'storage'])),
    storageClassName: text(ctx.value([...pvc, 'spec', 'storageClassName'])),
  });
  if (claim) out.push(ctx.report({ ...claim, path: [...pvc, 'existingClaim'], part: 'value' }));
  if (mq === 'natsmq') {
    const path = [...CONFIG, 'natsmq', 'server', 'storeDir'];
    const storeDir = natsStoreDirFinding(text(ctx.value(path)));
    if (storeDir) out.push(ctx.report({ ...storeDir, path, part: 'value' }));
  }
  return out;
}

export const embeddedPersistenceRule: Rule = (ctx) => {
  const mq = ctx.storage.type;
  if (ctx.storage.invalid || (mq !== 'rocksmq' && mq !== 'natsmq' && mq !== 'woodpecker')) return [];
  const settings = mq === 'woodpecker' ? [] : embeddedSettings(ctx, mq);
  const woodpeckerStorage = [...CONFIG, 'woodpecker', 'storage'];
  if (mq === 'woodpecker') {
    const type = ctx.value([...woodpeckerStorage, 'type']);
    if (type !== 'local' || ctx.value([...DEPENDENCIES, 'woodpecker', 'external']) === true) return settings;
    if (woodpeckerLocalRefused(ctx.mode, type, ctx.value([...woodpeckerStorage, 'forceLocalStorage'])))
      return settings;
  }
  if (persisted(ctx, mq)) return settings;
  const path = [...DEPENDENCIES, mq, 'persistence', 'enabled'];
  // Every pod mounts the one claim (woodpeckerCluster.ts): only a ReadWriteMany one serves them all.
  const shared = mq === 'woodpecker' && ctx.mode === 'cluster';
  const accessModes = [...DEPENDENCIES, mq, 'persistence', 'persistentVolumeClaim', 'spec', 'accessModes'];
  const message: Record<typeof mq, string> = {
    rocksmq: SUPPORT_NOTES.rocksmqPersistence,
    natsmq:
      'NATS keeps its JetStream data (storeDir) on the Milvus pod: without persistence it is lost when the pod restarts.',
    woodpecker:
      'Woodpecker writes to local storage (spec.config.woodpecker.storage.type: local) on the Milvus pod: without persistence the data is lost when the pod restarts.',
  };
  const out: Diagnostic[] = [
    ...settings,
    ctx.report({
      severity: 'info',
      code: 'no-persistence',
      message: shared
        ? `${message[mq]} In cluster mode the operator mounts the one claim into every Milvus pod (operator issue #444): set spec.dependencies.woodpecker.persistence.enabled: true with a ReadWriteMany claim (persistentVolumeClaim.spec.accessModes), which pods on several nodes can share.`
        : `${message[mq]} Set spec.dependencies.${mq}.persistence.enabled: true.`,
      path,
      anchor: ctx.storage.blocks.includes(mq)
        ? [...DEPENDENCIES, mq]
        : ctx.storage.explicit
          ? [...DEPENDENCIES, 'msgStreamType']
          : DEPENDENCIES,
      part: ctx.storage.explicit && !ctx.storage.blocks.includes(mq) ? 'value' : 'key',
      fix: {
        title: shared
          ? 'Enable woodpecker persistence (a ReadWriteMany PVC)'
          : `Enable ${mq} persistence (a PVC)`,
        safe: false,
        edits: [
          { op: 'set', path, value: true },
          ...(shared ? [{ op: 'set' as const, path: accessModes, value: ['ReadWriteMany'] }] : []),
        ],
      },
    }),
  ];
  return out;
};
