/**
 * `diff --helm OLD NEW`: what `helm upgrade` with NEW's values does to the release OLD's values
 * installed. The storage change and the version crossings go through the shared change rules
 * (../change/rules.ts) on views read off the seam's description; the chart's own upgrade rules:
 * - _helpers.tpl `milvus.standalone.messageQueue` (chart 5.0.0 and later): on an upgrade, a standalone
 *   whose values say woodpecker keeps the queue its Deployment's `milvus.io/message-queue`
 *   annotation names, RocksMQ when it has none (every standalone installed before chart 5.0);
 * - chart 4.2.27 turned Pulsar v2 off and pulsarv3 on: without `pulsar.enabled: true` and
 *   `pulsarv3.enabled: false`, Milvus moves to a new, empty Pulsar;
 * - without --reuse-values, helm upgrade starts from the chart's defaults plus NEW alone: what OLD
 *   set and NEW does not is reset.
 */
import type { Diagnostic } from '../findings/diagnostics.ts';
import { CHANGE_RULES, type ChangeContext } from '../change/rules.ts';
import type { ResolvedView } from '../change/view.ts';
import type { ReportInput } from '../findings/reporter.ts';
import type { FileReport } from '../output/types.ts';
import { MQ_LABELS } from '../facts/support.ts';
import { chartFor } from './check.ts';
import { HELM_UPGRADE_WORDS } from './diffWords.ts';
import { readInput, type ReadValues, type ValuesInput } from './read/sources.ts';
import { resolveHelm, type HelmResolved } from './resolve/resolveHelm.ts';

/** The change rules that are about Milvus, not about the operator's objects. */
const SHARED_CHANGE_CODES = new Set(['storage-change', 'version-crossing']);

export interface HelmDiffOptions {
  oldChartVersion?: string;
  newChartVersion?: string;
  /** helm upgrade --reuse-values: NEW's values merge over the release's. */
  reuseValues?: boolean;
  release?: string;
}

export interface HelmDiffResult {
  /** NEW's files (and --set arguments): their read problems and the upgrade's consequences. */
  reports: FileReport[];
  /** OLD's files with a problem of their own (cannot be read, not a map): they hold no comparison. */
  oldReports: FileReport[];
  old: HelmResolved | null;
  new: HelmResolved | null;
}

function viewOf(r: HelmResolved): ResolvedView {
  const w = r.whatRuns;
  return {
    name: r.release,
    namespace: '',
    apiVersion: 'helm',
    kind: 'values',
    mode: w.mode,
    version: w.version.version,
    versionLabel: w.version.label,
    image: String(r.values.value(['image', 'all', 'tag']) ?? ''),
    storage: w.storage.type,
    storageNamed: true,
    pulsarExternal: r.winner?.branch === 'externalPulsar',
    kafkaExternal: r.winner?.branch === 'externalKafka',
    woodpeckerService: w.woodpecker ? !w.woodpecker.embedded : false,
    pulsarChart:
      r.winner?.branch === 'pulsar' ? 'pulsar-v2' : r.winner?.branch === 'pulsarv3' ? 'pulsar-v3' : null,
    deletionPolicy: null,
    releasePvcDeletion: false,
    persistence: null,
    // The chart's pods carry a checksum/config annotation (templates/*-deployment.yaml), so a changed
    // ConfigMap restarts them at once: there is no operator's updateConfigMapOnly under Helm.
    configMapOnly: false,
    live: false,
  };
}

export function diffHelm(
  oldSources: readonly ValuesInput[],
  newSources: readonly ValuesInput[],
  options: HelmDiffOptions = {},
): HelmDiffResult {
  const oldChart = chartFor(options.oldChartVersion ?? options.newChartVersion);
  const newChart = chartFor(options.newChartVersion);
  const oldInputs = oldSources.map(readInput);
  const newInputs = [...(options.reuseValues ? oldSources : []), ...newSources].map(readInput);
  const reportOf = (i: ReadValues): FileReport => ({
    file: i.name,
    diagnostics: [...i.diagnostics],
    milvusResources: 0,
  });
  const reports = newInputs.slice(options.reuseValues ? oldSources.length : 0).map(reportOf);
  // Without them an unreadable OLD compared nothing and said nothing ("No problems found").
  const oldReports = oldInputs.map(reportOf).filter((r) => r.diagnostics.length > 0);
  const bad = (message: string) => {
    reports[0]?.diagnostics.push({
      severity: 'error',
      code: 'helm-unknown-chart-version',
      message,
      path: '',
      documentIndex: 0,
      line: 1,
      column: 1,
    });
    return { reports, oldReports, old: null, new: null };
  };
  if (typeof oldChart === 'string') return bad(`The old ${oldChart}.`);
  if (typeof newChart === 'string') return bad(`The new ${newChart}.`);
  if ([...oldInputs, ...newInputs].some((i) => i.values === null))
    return { reports, oldReports, old: null, new: null };
  const release = options.release ?? 'my-release';
  const before = resolveHelm(oldInputs, oldChart, { release });
  // The annotation the running standalone Deployment carries (standalone-deployment.yaml, 5.0.0+).
  const annotation =
    before.mode === 'standalone' && oldChart.blocks.standalone.keepsEarlierMqOnUpgrade
      ? before.whatRuns.storage.type
      : undefined;
  const after = resolveHelm(newInputs, newChart, { release, upgradeOf: annotation ? { annotation } : {} });
  const fresh = resolveHelm(newInputs, newChart, { release });
  const offset = options.reuseValues ? oldSources.length : 0;
  const lastFile = newInputs.map((i) => i.kind).lastIndexOf('file');
  const place = (f: ReportInput) => {
    const index = after.values.inputOf(f.path) ?? (lastFile >= 0 ? lastFile : 0);
    const input = newInputs[index]!;
    const target = reports[Math.max(0, index - offset)];
    if (!target) return;
    const { fix, ...rest } = f;
    const d: Diagnostic = input.report(input.kind === 'file' && fix && index >= offset ? f : rest);
    target.diagnostics.push(d);
  };

  const context: ChangeContext = {
    before: viewOf(before),
    after: viewOf(after),
    fresh: viewOf(fresh),
    words: HELM_UPGRADE_WORDS,
  };
  for (const rule of CHANGE_RULES) {
    if (!SHARED_CHANGE_CODES.has(rule.code) || !rule.applies(context)) continue;
    place({
      severity: rule.severity(context),
      code: rule.code,
      message: rule.message(context),
      path: (after.whatRuns.storage.at?.path ?? []) as string[],
    });
  }

  if (after.winner?.block === 'C' && fresh.winner && after.winner.type !== fresh.winner.type)
    place({
      severity: 'info',
      code: 'helm-queue-kept-on-upgrade',
      message: `standalone.messageQueue is ${fresh.winner.type}, but on this upgrade _helpers.tpl keeps ${MQ_LABELS[after.winner.type]}: the running standalone Deployment's milvus.io/message-queue annotation ${oldChart.blocks.standalone.keepsEarlierMqOnUpgrade ? `says ${after.winner.type}` : 'is missing (installed before chart 5.0)'}, and the chart keeps what runs. A new install of these values would run ${MQ_LABELS[fresh.winner.type]}.`,
      path: ['standalone', 'messageQueue'],
      part: 'value',
    });

  if (before.winner?.branch === 'pulsar' && after.winner?.branch === 'pulsarv3')
    place({
      severity: 'error',
      code: 'helm-pulsar-v3-switch',
      message: `Milvus ran on the bundled Pulsar v2 (chart ${oldChart.version}); with chart ${newChart.version} and these values it runs on pulsarv3, a new, empty Pulsar (chart 4.2.27 turned Pulsar v2 off and pulsarv3 on by default): the messages not yet flushed stay in the old Pulsar. Set pulsar.enabled: true and pulsarv3.enabled: false to keep Pulsar v2.`,
      path: ['pulsarv3', 'enabled'],
      part: 'value',
      fix: {
        title: 'Keep Pulsar v2: set pulsar.enabled: true and pulsarv3.enabled: false',
        safe: false,
        edits: [
          { op: 'set', path: ['pulsar', 'enabled'], value: true },
          { op: 'set', path: ['pulsarv3', 'enabled'], value: false },
        ],
      },
    });

  if (!options.reuseValues) {
    const reset = MESSAGE_STORAGE_KEYS.filter((p) => before.values.isSet(p) && !after.values.isSet(p)).filter(
      (p) => JSON.stringify(before.values.value(p)) !== JSON.stringify(after.values.value(p)),
    );
    if (reset.length > 0)
      place({
        severity: 'warning',
        code: 'helm-upgrade-resets',
        message: `helm upgrade without --reuse-values (as the docs' helm upgrade -i runs it) starts from chart ${newChart.version}'s defaults and these values alone: ${reset.map((p) => `${p.join('.')} goes from ${JSON.stringify(before.values.value(p))} to ${after.values.value(p) === undefined ? 'unset' : JSON.stringify(after.values.value(p))}`).join('; ')}. Repeat them in these values, or pass --reuse-values.`,
        path: [],
      });
  }
  for (const r of reports) r.milvusResources = 1;
  return { reports, oldReports, old: before, new: after };
}

const MESSAGE_STORAGE_KEYS: readonly string[][] = [
  ['cluster', 'enabled'],
  ['standalone', 'messageQueue'],
  ['standalone', 'persistence', 'enabled'],
  ['pulsar', 'enabled'],
  ['pulsarv3', 'enabled'],
  ['kafka', 'enabled'],
  ['woodpecker', 'enabled'],
  ['externalPulsar', 'enabled'],
  ['externalPulsar', 'host'],
  ['externalKafka', 'enabled'],
  ['externalKafka', 'brokerList'],
  ['streaming', 'woodpecker', 'embedded'],
  ['streaming', 'woodpecker', 'storage', 'type'],
  ['image', 'all', 'tag'],
];
