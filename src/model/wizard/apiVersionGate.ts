/**
 * The wizard writes a milvus.io/v1alpha1 `Milvus` (standalone) only for an operator that runs its
 * webhook. The milvuses.milvus.io CRD converts v1alpha1 to the v1beta1 storage version through that
 * webhook (charts/milvus-operator/templates/crds.yaml, conversion strategy Webhook), and the chart
 * installs it only with `enableWebhook: true` (charts/milvus-operator/values.yaml: false by
 * default), so a default install's API server refuses the resource. `MilvusCluster` has a CRD of its
 * own without conversion and is always written.
 */
import type { DeploymentMode } from '../facts/support.ts';
import type { WizardValues } from './values/values.ts';

export const V1ALPHA1_REFUSED_REASON =
  "Refused by the API server on a default operator install: it converts milvus.io/v1alpha1 Milvus through the operator's webhook, which is off unless the operator was installed with it.";

/** Why the wizard does not write v1alpha1 in this mode, or null where it may. */
export function v1alpha1Refusal(mode: DeploymentMode, webhook: boolean): string | null {
  return mode === 'standalone' && !webhook ? V1ALPHA1_REFUSED_REASON : null;
}

export interface ApiVersionSwitch {
  change: { path: 'apiVersion'; value: 'v1beta1' };
  notice: string;
}

/** The switch to v1beta1 these values need, with what to tell the user, or null when they may stay. */
export function apiVersionSwitch(
  values: Pick<WizardValues, 'apiVersion' | 'mode'>,
  webhook: boolean,
): ApiVersionSwitch | null {
  if (values.apiVersion !== 'v1alpha1') return null;
  const refusal = v1alpha1Refusal(values.mode, webhook);
  if (!refusal) return null;
  return {
    change: { path: 'apiVersion', value: 'v1beta1' },
    notice:
      'The output API changed from milvus.io/v1alpha1 to milvus.io/v1beta1: a standalone v1alpha1 Milvus is ' +
      `${refusal.charAt(0).toLowerCase()}${refusal.slice(1)} If yours was, turn on "The operator was installed with its webhook" on the Deployment step.`,
  };
}

interface GatedSession {
  values: WizardValues;
  /** The user's own YAML: never rewritten here (the checker reports a refused apiVersion in it). */
  yamlText?: string;
  notices: { tone: 'info' | 'error'; text: string }[];
}

/**
 * A session the wizard would write as a refused v1alpha1 Milvus (a draft or share link made while
 * the webhook preference was on) starts on v1beta1 instead, and says so.
 */
export function withApiVersionGate<S extends GatedSession>(session: S, webhook: boolean): S {
  if (session.yamlText !== undefined) return session;
  const api = apiVersionSwitch(session.values, webhook);
  if (!api) return session;
  return {
    ...session,
    values: { ...session.values, apiVersion: api.change.value },
    notices: [...session.notices, { tone: 'info', text: api.notice }],
  };
}
