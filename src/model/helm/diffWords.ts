/**
 * The change rules' words for `helm upgrade` (../change/words.ts): the chart, not the operator,
 * carries a change out. Sources, chart 5.0.19 (zilliztech/milvus-helm, charts/milvus/templates/):
 * every Milvus Deployment carries `checksum/config` of configmap.yaml (standalone-deployment.yaml,
 * proxy-deployment.yaml …), so a new milvus.yaml restarts the pods at once; the streaming node is
 * rendered only with streaming.enabled and cluster.enabled (streamingnode-deployment.yaml);
 * _helpers.tpl `milvus.standalone.messageQueue` keeps a running standalone's queue on upgrade.
 */
import type { ChangeWords } from '../change/words.ts';

export const HELM_UPGRADE_WORDS: ChangeWords = {
  accepts:
    "helm upgrade renders it without a word (the chart checks nothing; without --reuse-values it starts from the chart's defaults and these values alone)",
  whenApplied: (_after, to) =>
    `the chart rewrites Milvus's ConfigMap (mq.type ${to}), and the config checksum on every Milvus pod template changes, so the pods restart on ${to} at once`,
  notDirectly:
    'Do not run helm upgrade with these values directly: follow the switch plan (switch first, then helm upgrade)',
  carryingOutLoses: 'helm upgrade with these values loses',
  inClusterLeftBehind:
    ' while its subchart stays enabled; once its enabled key is false, helm upgrade deletes its pods and its PersistentVolumeClaims stay behind',
  streamingNode:
    'a cluster needs a streaming node (the WAL), which the chart renders only with streaming.enabled: true',
  keepsStorage: (after) =>
    after.mode === 'standalone'
      ? `a standalone on chart 5.0's defaults runs Woodpecker; this upgrade runs ${after.storage} (standalone.messageQueue, and from chart 5.0 on the queue the running standalone was installed with: _helpers.tpl)`
      : null,
  cluster30:
    "Milvus 3.0's own default is Woodpecker, but the chart writes the storage its values choose (on the chart's defaults, a cluster stays on the bundled Pulsar)",
  // helm upgrade renders the whole release from its values: there is no image-only patch to warn against.
  upgrade30: null,
};
