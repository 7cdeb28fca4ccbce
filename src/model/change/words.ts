/**
 * The words a change rule (rules.ts) uses for the tool that carries the change out: the operator
 * after `kubectl apply`, or the milvus-helm chart after `helm upgrade` (helm/diffWords.ts). The facts
 * about Milvus stay in the rules; only who does what, and when, differs.
 */
import type { ResolvedView } from './view.ts';

/**
 * Milvus docs upgrade_milvus_cluster-operator.md (3.0): apply the complete resource, not an
 * image-only merge patch, because the operator can default component fields the patch omits.
 */
export const UPGRADE_30_WHOLE =
  'the Milvus docs upgrade to 3.0 by applying the complete resource (kubectl apply -f with the whole manifest, mode, components, message storage and dependencies as they run), not an image-only merge patch: the operator can default omitted zero-replica component fields and so re-enable a component the 2.6 deployment turned off (indexNode.replicas: 0)';

export interface ChangeWords {
  /** Who takes the change without a word, and why ("The operator accepts it (...)"). */
  accepts: string;
  /** When and how the Milvus pods take the new storage `to`. */
  whenApplied(after: ResolvedView, to: string): string;
  /** Advice before a supported switch: "Do not apply this file directly: ... (switch first, then apply)". */
  notDirectly: string;
  /** How a change that loses data is said: "Applying it loses". */
  carryingOutLoses: string;
  /** After "the topics themselves stay in the in-cluster STORAGE": what becomes of its deployment. */
  inClusterLeftBehind: string;
  /** A cluster crossing up to 2.6: where its streaming node comes from. */
  streamingNode: string;
  /** Crossing up to 2.6, a running Milvus keeps its storage (`after.storage`): why; null: nothing to say. */
  keepsStorage(after: ResolvedView): string | null;
  /** A cluster crossing up to 3.0: what it runs rather than Milvus's own default. */
  cluster30: string;
  /** Crossing up to 3.0: how the upgrade must be carried out (the operator: the whole resource); null: nothing. */
  upgrade30: string | null;
}

/** The operator's update webhook (apis/milvus.io/v1beta1/milvus_webhook.go ValidateUpdate) compares nothing. */
export const OPERATOR_ACCEPTS = 'The operator accepts it (its update webhook compares nothing)';

export const OPERATOR_WORDS: ChangeWords = {
  accepts: OPERATOR_ACCEPTS,
  /**
   * With updateConfigMapOnly (true in every live object, the operator's default) it rewrites
   * Milvus's ConfigMap now, and the pods read it at their next restart; without it, it rolls the pods now.
   */
  whenApplied: (after, to) =>
    after.configMapOnly
      ? `it rewrites Milvus's ConfigMap at once (mq.type ${to}), and the pods take the new storage at their next restart, whenever that is (updateConfigMapOnly: true, the operator's default)`
      : `and restarts the Milvus pods on ${to} (updateConfigMapOnly: false)`,
  notDirectly: 'Do not apply this file directly: follow the switch plan (switch first, then apply)',
  carryingOutLoses: 'Applying it loses',
  inClusterLeftBehind:
    ", whose Helm release stays behind, unmanaged: the operator's Finalize, pkg/controllers/milvus.go, only deletes the release of the storage in effect",
  streamingNode: 'the operator adds a streaming node (the WAL) to the cluster',
  keepsStorage: (after) =>
    `a standalone's default storage becomes Woodpecker, but a running resource keeps its msgStreamType (${after.storage})`,
  cluster30: "Milvus 3.0's own default is Woodpecker, but the operator keeps Pulsar for a cluster",
  upgrade30: UPGRADE_30_WHOLE,
};
