/**
 * A live object (`kubectl get milvus NAME -o yaml`) carries the operator's status: which image the
 * pods run now and whether the message storage passed the operator's readiness check. The status
 * is read once, by the resolution stage (resolve/liveStatus.ts, after
 * apis/milvus.io/v1beta1/milvus_types.go MilvusStatus and pkg/controllers/status_cluster.go); this
 * rule only reports it. Without MsgStreamReady the operator deploys no Milvus pod at all
 * (pkg/controllers/milvus.go ReconcileMilvus: IsDependencyReady; DOMAIN section 4).
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { describeBelieved } from '../../resolve/index.ts';
import { runningNow, runningNowSource } from '../../resolve/liveStatus.ts';
import type { Rule } from './types.ts';

export const liveStatusRule: Rule = (ctx) => {
  const status = ctx.resolved.status;
  if (status === null) return [];
  const out: Diagnostic[] = [];
  const condition = status.msgStream;
  const ready = condition?.status === 'True';
  const readyText =
    condition === null
      ? 'no MsgStreamReady condition yet'
      : `MsgStreamReady is ${condition.status || 'not set'}`;
  out.push(
    ctx.report({
      severity: 'info',
      code: 'live-object',
      message: `This is a live object, as the operator wrote it back: ${status.now ? `${runningNow(status)} runs now (${runningNowSource(status)})` : 'the status names no running version'}; ${readyText}. Fields such as msgStreamType, the in-cluster addresses and the chart values were filled in by the operator; \`kubectl apply\` of a file keeps every one the file does not name.`,
      path: ['status'],
    }),
  );
  if (status.differs) {
    out.push(
      ctx.report({
        severity: 'info',
        code: 'live-version-differs',
        message: `The pods run ${runningNow(status)}, but the spec asks for ${describeBelieved(status.asked)} (${status.asked.origin}): an upgrade is under way, or stuck. The operator writes the spec's image into the status once every component is ready and updated.`,
        path: status.nowPath ?? ['status', 'currentImage'],
      }),
    );
  }
  if (condition !== null && !ready) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'msg-stream-not-ready',
        message: `MsgStreamReady is ${condition.status || 'not set'}${condition.message !== '' ? ` (${condition.message})` : ''}: the operator could not reach the message storage, and it deploys no Milvus pod until it can.`,
        path: ['status', 'conditions', condition.index, 'status'],
        part: 'value',
      }),
    );
  }
  return out;
};
