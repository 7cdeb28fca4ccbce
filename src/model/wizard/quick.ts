/**
 * "Quick manifest": the four choices that make a manifest (mode, Milvus version, message storage,
 * in the cluster or at an external address) as wizard values, so that the one page reuses every
 * rule of the wizard: support (support.ts), the values' cross-field rules (values.ts,
 * valuesRules.ts), the context rules (contextChange.ts) and the generator (generate.ts).
 */
import { generateYaml } from '../operator/write/generate.ts';
import {
  MQ_LABELS,
  MSG_STREAM_TYPES,
  isSelectable,
  supportOf,
  type DeploymentMode,
  type MsgStreamType,
} from '../facts/support.ts';
import { issuesToProblems } from './values/valuesRules.ts';
import { WizardValuesSchema, defaultValues, type WizardValues } from './values/values.ts';
import type { MilvusMinor } from '../facts/versions.ts';
import { reconcileContext } from './contextChange.ts';

/** The storages the quick page can put at an external address: one address field says it all. */
export const QUICK_EXTERNAL: readonly MsgStreamType[] = ['pulsar', 'kafka'];

export interface QuickChoice {
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
  msgStreamType: MsgStreamType;
  external: boolean;
  /** Pulsar: host:port. Kafka: host:port of each broker, separated by commas or spaces. */
  address: string;
}

export interface QuickStorageOption {
  mq: MsgStreamType;
  label: string;
  selectable: boolean;
  /** Why it is (not) offered for this mode and version, from the support table. */
  reason: string;
}

export interface QuickManifest {
  values: WizardValues;
  /** The values' problems, each with its path in the values (`pulsar.endpoint`, `kafka.brokerList[0]`). */
  problems: { path: string; message: string }[];
  /** The manifest; null while there are problems (nothing wrong is ever offered for download). */
  yaml: string | null;
}

export function quickChoice(): QuickChoice {
  const v = defaultValues();
  return {
    mode: v.mode,
    milvusVersion: v.milvusVersion,
    msgStreamType: v.msgStreamType,
    external: false,
    address: '',
  };
}

export function quickStorageOptions(mode: DeploymentMode, minor: MilvusMinor): QuickStorageOption[] {
  return MSG_STREAM_TYPES.map((mq) => {
    const verdict = supportOf(mode, mq, minor);
    return { mq, label: MQ_LABELS[mq], selectable: isSelectable(verdict), reason: verdict.reason };
  });
}

/** The wizard's values for a quick choice. */
export function quickValues(choice: QuickChoice): WizardValues {
  const v = defaultValues();
  const previous = { mode: v.mode, milvusVersion: v.milvusVersion };
  v.mode = choice.mode;
  v.milvusVersion = choice.milvusVersion;
  v.msgStreamType = choice.msgStreamType;
  // The image and the Pulsar chart follow the version as they do in the wizard.
  for (const change of reconcileContext(v, previous).changes) {
    if (change.path === 'image') v.image = change.value;
    if (change.path === 'pulsar.inCluster.chartVersion') v.pulsar.inCluster.chartVersion = change.value;
  }
  const external = choice.external && QUICK_EXTERNAL.includes(choice.msgStreamType);
  if (external && choice.msgStreamType === 'pulsar') {
    v.pulsar.external = true;
    v.pulsar.endpoint = choice.address.trim();
  }
  if (external && choice.msgStreamType === 'kafka') {
    v.kafka.external = true;
    v.kafka.brokerList = choice.address.split(/[\s,]+/).filter((b) => b !== '');
  }
  return v;
}

export function quickManifest(choice: QuickChoice): QuickManifest {
  const values = quickValues(choice);
  const parsed = WizardValuesSchema.safeParse(values);
  const problems = parsed.success ? [] : issuesToProblems(parsed.error.issues);
  return { values, problems, yaml: problems.length === 0 ? generateYaml(values) : null };
}

/**
 * A new mode or version: a storage that cannot run there becomes the operator's default, with the
 * wizard's own words for why (contextChange.ts).
 */
export function withContext(
  choice: QuickChoice,
  next: Pick<QuickChoice, 'mode' | 'milvusVersion'>,
): { choice: QuickChoice; notices: string[] } {
  const values = quickValues({ ...choice, ...next });
  const { changes, notices } = reconcileContext(values, {
    mode: choice.mode,
    milvusVersion: choice.milvusVersion,
  });
  const storage = changes.find((c) => c.path === 'msgStreamType');
  return {
    choice: { ...choice, ...next, ...(storage ? { msgStreamType: storage.value as MsgStreamType } : {}) },
    notices,
  };
}
