/**
 * What else must change when the user changes the deployment mode or the Milvus version, so the
 * form never keeps a storage that cannot run there without saying so.
 */
import {
  MODE_LABELS,
  MQ_LABELS,
  defaultMsgStreamFor,
  supportOf,
  type DeploymentMode,
} from '../facts/support.ts';
import type { WizardValues } from './values/values.ts';
import { defaultImageFor, type MilvusMinor } from '../facts/versions.ts';
import { apiVersionSwitch } from './apiVersionGate.ts';
import { pulsarChartFor } from './wizardDefaults.ts';

export interface DeploymentContext {
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
}

export type ContextFieldChange =
  | { path: 'msgStreamType'; value: WizardValues['msgStreamType'] }
  | { path: 'image'; value: string }
  | { path: 'pulsar.inCluster.chartVersion'; value: WizardValues['pulsar']['inCluster']['chartVersion'] }
  | { path: 'apiVersion'; value: 'v1beta1' };

export interface ContextOptions {
  /** The user's operator runs its webhook (their remembered preference); off is the chart's default. */
  webhook?: boolean;
}

export interface ContextReconciliation {
  changes: ContextFieldChange[];
  /** Sentences for the user: what changed and why. Empty when nothing they chose was replaced. */
  notices: string[];
}

/**
 * `values` already hold the new mode and version; `previous` is what they were. The image follows
 * the version while it is the previous version's default image; the Pulsar chart while it is the
 * previous version's default chart; an unsupported storage becomes the operator's default; a
 * v1alpha1 Milvus the API server would refuse becomes v1beta1 (apiVersionGate.ts).
 */
export function reconcileContext(
  values: WizardValues,
  previous: DeploymentContext,
  options: ContextOptions = {},
): ContextReconciliation {
  const changes: ContextFieldChange[] = [];
  const notices: string[] = [];
  const { mode, milvusVersion } = values;

  if (milvusVersion !== previous.milvusVersion) {
    if (values.image === defaultImageFor(previous.milvusVersion)) {
      changes.push({ path: 'image', value: defaultImageFor(milvusVersion) });
    }
    const chart = values.pulsar.inCluster.chartVersion;
    const nextChart = pulsarChartFor(milvusVersion);
    if ((chart === undefined || chart === pulsarChartFor(previous.milvusVersion)) && chart !== nextChart) {
      changes.push({ path: 'pulsar.inCluster.chartVersion', value: nextChart });
      if (values.msgStreamType === 'pulsar' && !values.pulsar.external && chart !== undefined) {
        notices.push(`The Pulsar chart is now ${nextChart}, the one that suits Milvus ${milvusVersion}.`);
      }
    }
  }

  const verdict = supportOf(mode, values.msgStreamType, milvusVersion);
  if (verdict.status === 'unsupported') {
    const next = defaultMsgStreamFor(mode, milvusVersion);
    changes.push({ path: 'msgStreamType', value: next });
    notices.push(
      `The message storage changed from ${MQ_LABELS[values.msgStreamType]} to ${MQ_LABELS[next]} ` +
        `(the operator's default for ${MODE_LABELS[mode]} Milvus ${milvusVersion}): ${verdict.reason}`,
    );
  }

  const api = apiVersionSwitch(values, Boolean(options.webhook));
  if (api) {
    changes.push(api.change);
    notices.push(api.notice);
  }
  return { changes, notices };
}
