/**
 * A live object (`kubectl get milvus NAME -o yaml`) carries the operator's status: which image the
 * pods run now and whether the message storage passed the operator's readiness check. Fields the
 * controller writes (apis/milvus.io/v1beta1/milvus_types.go MilvusStatus: `currentImage`,
 * `currentVersion`, `conditions`; pkg/controllers/milvus_controller.go). Without MsgStreamReady the
 * operator deploys no Milvus pod at all (DOMAIN section 4, the readiness gate).
 */
import type { Diagnostic } from '../../diagnostics.ts';
import { compareVersions, formatVersion, parseVersion, versionFromImage } from '../../versions.ts';
import type { CheckContext } from '../context.ts';
import type { Rule } from './types.ts';

const STATUS = ['status'];

function msgStreamCondition(ctx: CheckContext): { index: number; status: unknown; message: unknown } | null {
  const conditions = ctx.resolver.seq(ctx.node([...STATUS, 'conditions']));
  if (!conditions) return null;
  for (let index = 0; index < conditions.items.length; index++) {
    const path = [...STATUS, 'conditions', index];
    if (ctx.value([...path, 'type']) === 'MsgStreamReady')
      return { index, status: ctx.value([...path, 'status']), message: ctx.value([...path, 'message']) };
  }
  return null;
}

export const liveStatusRule: Rule = (ctx) => {
  if (ctx.map(STATUS) === null) return [];
  const out: Diagnostic[] = [];
  const image = ctx.value([...STATUS, 'currentImage']);
  const versionText = ctx.value([...STATUS, 'currentVersion']);
  const running =
    (typeof versionText === 'string' ? parseVersion(versionText) : null) ??
    (typeof image === 'string' ? versionFromImage(image) : null);
  const condition = msgStreamCondition(ctx);
  const ready = condition?.status === 'True';
  const runningText = running ? `Milvus ${formatVersion(running)} runs now (status.currentVersion${typeof image === 'string' ? `, image ${image}` : ''})` : 'the status names no running version';
  const readyText = condition === null ? 'no MsgStreamReady condition yet' : ready ? 'MsgStreamReady is True' : `MsgStreamReady is ${String(condition.status)}`;
  out.push(
    ctx.report({
      severity: 'info',
      code: 'live-object',
      message: `This is a live object, as the operator wrote it back: ${runningText}; ${readyText}. Fields such as msgStreamType, the in-cluster addresses and the chart values were filled in by the operator; \`kubectl apply\` of a file keeps every one the file does not name.`,
      path: STATUS,
    }),
  );
  if (running && compareVersions(running, ctx.milvus.version) !== 0 && ctx.milvus.source !== 'option') {
    out.push(
      ctx.report({
        severity: 'info',
        code: 'live-version-differs',
        message: `The pods run Milvus ${formatVersion(running)}, but the spec asks for ${formatVersion(ctx.milvus.version)} (${ctx.milvus.origin}): an upgrade is under way, or stuck. The operator's defaults follow the spec's version.`,
        path: [...STATUS, 'currentVersion'],
      }),
    );
  }
  if (condition !== null && !ready) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'msg-stream-not-ready',
        message: `MsgStreamReady is ${String(condition.status)}${typeof condition.message === 'string' && condition.message !== '' ? ` (${condition.message})` : ''}: the operator could not reach the message storage, and it deploys no Milvus pod until it can.`,
        path: [...STATUS, 'conditions', condition.index, 'status'],
        part: 'value',
      }),
    );
  }
  return out;
};
