/**
 * `milvus-mq generate`: a manifest, or with `--target helm` a values.yaml for the milvus-helm
 * chart, from flags or from the wizard's values, through the wizard's own writers.
 */
import { generateYaml } from '../model/operator/write/generate.ts';
import { KNOWN_CHART_RANGE, chartVersion } from '../model/helm/chart/index.ts';
import { chartForMilvus } from '../model/helm/write/chartChoice.ts';
import { helmInstallCommand } from '../model/helm/write/installCommand.ts';
import { helmValuesYaml, planHelmValues } from '../model/helm/write/writeValues.ts';
import { INSTALL_TARGETS } from '../model/facts/operatorEnums.ts';
import { manifestEnvSecrets, operatorApplyCommand } from '../model/wizard/applyCommand.ts';
import {
  DEPLOYMENT_MODES,
  EMBEDDED_ONLY,
  MQ_LABELS,
  MSG_STREAM_TYPES,
  defaultMsgStreamFor,
  pulsarChartFor,
  type DeploymentMode,
  type MsgStreamType,
} from '../model/facts/support.ts';
import { valuesProblems } from '../model/wizard/values/validateValues.ts';
import { API_VERSIONS, WizardValuesSchema } from '../model/wizard/values/values.ts';
import { v1alpha1Refusal } from '../model/wizard/apiVersionGate.ts';
import {
  DEFAULT_MINOR,
  MILVUS_MINOR_VERSIONS,
  defaultImageFor,
  type MilvusMinor,
} from '../model/facts/versions.ts';
import { GENERATE_HELP } from './help.ts';
import { choiceProblem, commandLine, usageError } from './args.ts';
import { EXIT, readError, writeOutput, type Io } from './io.ts';

type Json = Record<string, unknown>;

/** --broker repeats: one external Kafka broker each. */
const GENERATE_OPTIONS = {
  mode: { type: 'string' },
  mq: { type: 'string' },
  external: { type: 'boolean' },
  endpoint: { type: 'string' },
  broker: { type: 'string', multiple: true },
  'milvus-version': { type: 'string' },
  name: { type: 'string' },
  namespace: { type: 'string' },
  api: { type: 'string' },
  webhook: { type: 'boolean' },
  values: { type: 'string' },
  target: { type: 'string' },
  'chart-version': { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

export async function runGenerate(args: string[], io: Io): Promise<number> {
  const parsed = commandLine(io, 'generate', GENERATE_HELP, args, GENERATE_OPTIONS, false);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const wrong =
    choiceProblem('mode', v.mode, DEPLOYMENT_MODES) ??
    choiceProblem('mq', v.mq, MSG_STREAM_TYPES) ??
    choiceProblem('milvus-version', v['milvus-version'], MILVUS_MINOR_VERSIONS) ??
    choiceProblem('api', v.api, API_VERSIONS) ??
    choiceProblem('target', v.target, INSTALL_TARGETS);
  if (wrong) return usageError(io, 'generate', wrong);
  const pinnedChart = v['chart-version'] === undefined ? undefined : chartVersion(v['chart-version']);
  if (v['chart-version'] !== undefined && !pinnedChart)
    return usageError(
      io,
      'generate',
      `--chart-version must be a chart version from ${KNOWN_CHART_RANGE}, not "${v['chart-version']}"`,
    );

  let input: Json = {};
  if (v.values !== undefined) {
    let text: string;
    try {
      text = v.values === '-' ? await io.readStdin() : await io.readFile(v.values);
    } catch (error) {
      io.err(`milvus-mq generate: cannot read ${v.values}: ${readError(error)}\n`);
      return EXIT.usage;
    }
    try {
      const json: unknown = JSON.parse(text);
      if (json === null || typeof json !== 'object' || Array.isArray(json))
        throw new Error('not a JSON object');
      input = json as Json;
    } catch (error) {
      io.err(
        `milvus-mq generate: ${v.values} is not a JSON object of wizard values (${error instanceof Error ? error.message : String(error)})\n`,
      );
      return EXIT.usage;
    }
  }

  const values = applyFlags(input, v);
  const problems = [...flagProblems(values, v), ...valuesProblems(values)];
  const result = WizardValuesSchema.safeParse(values);
  const helm = values.target === 'helm';
  if (v['chart-version'] !== undefined && !helm)
    problems.push({ path: '--chart-version', message: 'a chart version is for --target helm only.' });
  const refusal =
    result.success && !helm && result.data.apiVersion === 'v1alpha1'
      ? v1alpha1Refusal(result.data.mode, v.webhook === true)
      : null;
  if (refusal) problems.push({ path: '--api', message: `${refusal} (--webhook)` });
  if (problems.length > 0 || !result.success) {
    io.err(`milvus-mq generate: this ${helm ? 'values file' : 'manifest'} is not written:\n`);
    for (const p of problems) io.err(`  ${p.path || 'values'}: ${p.message}\n`);
    return EXIT.problems;
  }
  if (!helm) {
    // A secret's placeholder (Pulsar's authParams) is filled in by the apply command: say it, on
    // standard error, so standard output stays the manifest alone.
    if (manifestEnvSecrets(result.data).length > 0)
      io.err(`Apply it with:\n${operatorApplyCommand(result.data)}\n`);
    return writeOutput(io, 'generate', v.output, generateYaml(result.data));
  }
  // From here the values are the Helm target's (values.target is 'helm' and they parsed).
  const chart = pinnedChart ?? chartForMilvus(result.data.milvusVersion).chart;
  const plan = planHelmValues(result.data, chart);
  for (const n of plan.notWritten) io.err(`milvus-mq generate: ${n.field} is not written: ${n.reason}\n`);
  // The command goes to standard error, so standard output stays the values file alone.
  const command = helmInstallCommand(result.data, chart, {
    valuesFile: v.output ?? 'values.yaml',
    secrets: plan.secrets,
  });
  io.err(`Install it with:\n${command}\n`);
  return writeOutput(io, 'generate', v.output, helmValuesYaml(result.data, chart));
}

interface Flags {
  target?: string;
  mode?: string;
  mq?: string;
  external?: boolean;
  endpoint?: string;
  broker?: string[];
  'milvus-version'?: string;
  name?: string;
  namespace?: string;
  api?: string;
}

/** The values with the command-line flags laid over them. */
export function applyFlags(input: Json, flags: Flags): Json {
  const values: Json = structuredClone(input);
  const section = (key: string): Json => {
    const existing = values[key];
    const object: Json =
      existing && typeof existing === 'object' && !Array.isArray(existing) ? (existing as Json) : {};
    values[key] = object;
    return object;
  };
  if (flags.target) values.target = flags.target;
  if (flags.mode) values.mode = flags.mode;
  if (flags.mq) values.msgStreamType = flags.mq;
  if (flags['milvus-version']) {
    values.milvusVersion = flags['milvus-version'];
    values.image = defaultImageFor(flags['milvus-version'] as MilvusMinor);
  } else if (
    values.milvusVersion &&
    values.image === undefined &&
    MILVUS_MINOR_VERSIONS.includes(values.milvusVersion as MilvusMinor)
  ) {
    values.image = defaultImageFor(values.milvusVersion as MilvusMinor);
  }
  if (flags.name !== undefined) values.name = flags.name;
  if (flags.namespace !== undefined) values.namespace = flags.namespace;
  if (flags.api) values.apiVersion = flags.api;
  const minor = (MILVUS_MINOR_VERSIONS as readonly unknown[]).includes(values.milvusVersion)
    ? (values.milvusVersion as MilvusMinor)
    : DEFAULT_MINOR;
  if (values.msgStreamType === undefined) {
    const mode = (DEPLOYMENT_MODES as readonly unknown[]).includes(values.mode)
      ? (values.mode as DeploymentMode)
      : 'standalone';
    values.msgStreamType = defaultMsgStreamFor(mode, minor);
  }
  const mq = typeof values.msgStreamType === 'string' ? values.msgStreamType : undefined;
  const external = flags.external || flags.endpoint !== undefined || (flags.broker?.length ?? 0) > 0;
  if (external && (mq === 'pulsar' || mq === 'kafka' || mq === 'woodpecker')) section(mq).external = true;
  if (flags.endpoint !== undefined) section('pulsar').endpoint = flags.endpoint;
  // An in-cluster Pulsar gets the chart that suits the version, as in the wizard: without one the
  // operator installs pulsar-v3, which Milvus 2.3 and 2.4 cannot use.
  if (mq === 'pulsar' && section('pulsar').external !== true) {
    const inCluster = section('pulsar').inCluster;
    const chart = { chartVersion: pulsarChartFor(minor) };
    if (inCluster === undefined || inCluster === null) section('pulsar').inCluster = chart;
    else if (typeof inCluster === 'object' && !Array.isArray(inCluster) && !('chartVersion' in inCluster)) {
      Object.assign(inCluster, chart);
    }
  }
  if (flags.broker && flags.broker.length > 0) section('kafka').brokerList = flags.broker;
  return values;
}

/** Flags that make no sense with the chosen storage: refused, not silently dropped. */
function flagProblems(values: Json, flags: Flags): { path: string; message: string }[] {
  const mq = values.msgStreamType as MsgStreamType;
  const label = MQ_LABELS[mq] ?? String(mq);
  const problems: { path: string; message: string }[] = [];
  if (flags.external && EMBEDDED_ONLY.includes(mq)) {
    problems.push({
      path: '--external',
      message: `${label} runs embedded in the Milvus pod: there is no external ${label}.`,
    });
  }
  if (flags.endpoint !== undefined && mq !== 'pulsar') {
    problems.push({
      path: '--endpoint',
      message: `--endpoint is the address of an external Pulsar, but the message storage is ${label}.`,
    });
  }
  if ((flags.broker?.length ?? 0) > 0 && mq !== 'kafka') {
    problems.push({
      path: '--broker',
      message: `--broker is the address of an external Kafka broker, but the message storage is ${label}.`,
    });
  }
  return problems;
}
