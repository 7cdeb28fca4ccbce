/**
 * What an editor says about a key of the milvus-helm chart's values: its description (the Helm
 * front end's zod schema, helm/chart/valuesSchema.ts), its default in the chart version the file is
 * judged against (helm/chart/'s facts per version, not the newest chart's), and what that chart
 * version and the Milvus it runs allow; and what completion offers there. fieldHelp.ts does the
 * same for an operator manifest; both read the same support rules (support.ts).
 */
import * as z from 'zod';
import type { YamlPath } from '../findings/diagnostics.ts';
import { HelmValuesSchema, STANDALONE_MESSAGE_QUEUES, chartDefault } from '../helm/chart/index.ts';
import type { ChartVersionFacts } from '../helm/chart/index.ts';
import type { HelmResolved } from '../helm/resolve/resolveHelm.ts';
import {
  descriptionOf,
  enumValues,
  expectedText,
  knownKeys,
  schemaAt,
  unwrap,
} from '../operator/manifest/introspect.ts';
import { MSG_STREAM_TYPES, type DeploymentMode, type MsgStreamType } from '../facts/operatorEnums.ts';
import { MQ_LABELS, isSelectable, supportForVersion } from '../facts/support.ts';
import type { MilvusVersion } from '../facts/versions.ts';
import { STATUS_WORDS, display, verdictLine, type CompletionItem, type FieldHelp } from './fieldHelp.ts';

/** The release a values file describes, as the Helm front end resolved it (helm/resolve/resolveHelm.ts). */
export interface ValuesFacts {
  chart: ChartVersionFacts;
  /** Why this chart version: "the chartVersion setting", "the newest this tool knows". */
  chartOrigin: string;
  mode: DeploymentMode;
  version: MilvusVersion;
  versionLabel: string;
  /** Where the Milvus version was read: "image.all.tag: v2.6.15", "the chart's appVersion (…)". */
  versionOrigin: string;
  /** The storage config.tpl's blocks give Milvus (before user.yaml). */
  chartStorage: MsgStreamType | 'custom';
}

/** The facts of a resolved release; `chartOrigin` says why its chart version. */
export function valuesFactsOf(resolved: HelmResolved, chartOrigin: string): ValuesFacts {
  const { version } = resolved.whatRuns;
  return {
    chart: resolved.chart,
    chartOrigin,
    mode: resolved.mode,
    version: version.version,
    versionLabel: version.label,
    versionOrigin: version.origin,
    chartStorage: resolved.customConfigMap ? 'custom' : (resolved.winner?.type ?? resolved.milvusDefault),
  };
}

const MESSAGE_QUEUE = ['standalone', 'messageQueue'] as const;
const USER_YAML_MQ_TYPE = ['extraConfigFiles', 'user.yaml', 'mq', 'type'] as const;
/** The switch that puts Milvus on a storage (each opens a branch of config.tpl's blocks). */
const STORAGE_SWITCHES: Record<string, MsgStreamType> = {
  'pulsarv3.enabled': 'pulsar',
  'pulsar.enabled': 'pulsar',
  'externalPulsar.enabled': 'pulsar',
  'kafka.enabled': 'kafka',
  'externalKafka.enabled': 'kafka',
  'woodpecker.enabled': 'woodpecker',
};

const same = (path: YamlPath, expected: readonly string[]) =>
  path.length === expected.length && expected.every((part, i) => path[i] === part);

/** The chart and Milvus versions every fact assumes, said on each hover. */
export function valuesAssumptions(facts: ValuesFacts): string {
  return `Facts of chart ${facts.chart.version} (${facts.chartOrigin}) and Milvus ${facts.versionLabel} (${facts.versionOrigin}), ${facts.mode} mode.`;
}

/** What `standalone.messageQueue: mq` does in this chart version (config.tpl's block C, _helpers.tpl). */
function queueEffect(mq: string, chart: ChartVersionFacts): 'own-block' | 'needs-storage' | 'no-block' {
  if (chart.blocks.standalone.messageQueues.includes(mq)) return 'own-block';
  return mq === 'pulsar' || mq === 'kafka' ? 'needs-storage' : 'no-block';
}

const EFFECT_WORDS = {
  'own-block': 'writes its own mq block, which beats every other',
  'needs-storage': 'takes effect only with that storage enabled',
  'no-block': 'writes no mq block, so Milvus runs RocksMQ',
} as const;

function where(facts: ValuesFacts, mode: DeploymentMode = facts.mode): string {
  return `${mode}, Milvus ${facts.versionLabel}`;
}

function keyFacts(path: YamlPath, facts: ValuesFacts): string[] {
  if (same(path, MESSAGE_QUEUE)) {
    const lines = STANDALONE_MESSAGE_QUEUES.map((mq) => {
      const effect = `in chart ${facts.chart.version} ${EFFECT_WORDS[queueEffect(mq, facts.chart)]}`;
      return verdictLine(
        `${mq}: ${effect}; ${MQ_LABELS[mq]} in ${where(facts, 'standalone')}`,
        supportForVersion('standalone', mq, facts.version),
      );
    });
    return facts.mode === 'cluster' ? ['Cluster mode (cluster.enabled: true) ignores it.', ...lines] : lines;
  }
  if (same(path, USER_YAML_MQ_TYPE))
    return [
      `Without it: ${facts.chartStorage} (what config.tpl's blocks write).`,
      ...MSG_STREAM_TYPES.map((mq) =>
        verdictLine(
          `${MQ_LABELS[mq]} (${mq}) in ${where(facts)}`,
          supportForVersion(facts.mode, mq, facts.version),
        ),
      ),
    ];
  const storage = STORAGE_SWITCHES[path.join('.')];
  if (storage)
    return [
      verdictLine(
        `${MQ_LABELS[storage]} in ${where(facts)}`,
        supportForVersion(facts.mode, storage, facts.version),
      ),
    ];
  return [];
}

function defaultText(path: YamlPath, facts: ValuesFacts): string | undefined {
  if (same(path, USER_YAML_MQ_TYPE)) return undefined;
  const value = chartDefault(facts.chart, path.join('.'));
  if (value === undefined) return undefined;
  return `${value === null || value === '' ? '(empty)' : String(value)} (chart ${facts.chart.version})`;
}

/** Is the key at `path` one this chart version has (its values.yaml, or the maps the chart reads)? */
function inChart(path: YamlPath, chart: ChartVersionFacts): boolean {
  if (!chart.topLevelKeys.includes(String(path[0]))) return false;
  if (path.length === 1) return true;
  const parent = path.slice(0, -1).join('.');
  const owned = chart.ownedKeys[parent];
  if (owned) return owned.includes(String(path.at(-1)));
  const dotted = path.join('.');
  const under = Object.keys(chart.defaults).filter((k) => k.startsWith(`${parent}.`));
  // No facts below the parent (a subchart's own values, extraConfigFiles): the schema decides.
  return under.length === 0 || under.some((k) => k === dotted || k.startsWith(`${dotted}.`));
}

const MQ_TYPE_DESCRIPTION =
  "The message storage Milvus uses. Milvus loads user.yaml after the milvus.yaml the chart renders, so this beats config.tpl's blocks (and the subcharts they would use stay deployed).";

/** Hover help for the key at `path` of a values file, or null where the chart's schema has none. */
export function valuesFieldHelp(path: YamlPath, facts: ValuesFacts): FieldHelp | null {
  if (path.length === 0) return null;
  const assumptions = valuesAssumptions(facts);
  if (same(path, USER_YAML_MQ_TYPE))
    return {
      path: display(path),
      description: MQ_TYPE_DESCRIPTION,
      expected: `one of ${MSG_STREAM_TYPES.join(', ')}`,
      facts: [...keyFacts(path, facts), assumptions],
    };
  const schema = schemaAt(HelmValuesSchema, path);
  if (!schema) return null;
  const description = descriptionOf(schema);
  const defaultValue = defaultText(path, facts);
  const missing = inChart(path, facts.chart) ? [] : [`Chart ${facts.chart.version} has no such key.`];
  return {
    path: display(path),
    ...(description ? { description } : {}),
    expected: expectedText(schema),
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    facts: [...missing, ...keyFacts(path, facts), assumptions],
  };
}

/** The keys the chart's schema declares under `parent` that this chart version has. */
export function valuesKeyCompletions(parent: YamlPath, facts: ValuesFacts): CompletionItem[] {
  const schema = parent.length === 0 ? HelmValuesSchema : schemaAt(HelmValuesSchema, parent);
  if (!schema) return [];
  return knownKeys(schema)
    .filter((key) => inChart([...parent, key], facts.chart))
    .map((key) => {
      const field = schemaAt(schema, [key])!;
      const description = descriptionOf(field);
      const value = chartDefault(facts.chart, [...parent, key].join('.'));
      return {
        label: key,
        detail: `${expectedText(field)}${value === undefined || value === null ? '' : `; chart ${facts.chart.version}: ${String(value)}`}`,
        ...(description ? { documentation: description } : {}),
      };
    });
}

function storageItem(
  mq: MsgStreamType,
  mode: DeploymentMode,
  facts: ValuesFacts,
  note: string,
  preselect: boolean,
) {
  const verdict = supportForVersion(mode, mq, facts.version);
  return {
    label: mq,
    detail: `${MQ_LABELS[mq]}: ${STATUS_WORDS[verdict.status]} in ${where(facts, mode)}${note}`,
    ...(verdict.reason ? { documentation: verdict.reason } : {}),
    ...(preselect ? { preselect: true } : {}),
  };
}

/**
 * The values for the key at `path`: `standalone.messageQueue` offers the queues this chart version
 * acts on and Milvus runs in standalone (the chart's default first); user.yaml's `mq.type` the
 * storages the mode and version allow (the one the chart's blocks give first); an enum its values,
 * a boolean true and false.
 */
export function valuesValueCompletions(path: YamlPath, facts: ValuesFacts): CompletionItem[] {
  if (same(path, MESSAGE_QUEUE)) {
    const chartChoice = chartDefault(facts.chart, 'standalone.messageQueue');
    return STANDALONE_MESSAGE_QUEUES.flatMap((mq) => {
      const effect = queueEffect(mq, facts.chart);
      if (effect === 'no-block' || !isSelectable(supportForVersion('standalone', mq, facts.version)))
        return [];
      const note = `; ${EFFECT_WORDS[effect]}${mq === chartChoice ? ` (chart ${facts.chart.version}'s default)` : ''}`;
      return [storageItem(mq, 'standalone', facts, note, mq === chartChoice)];
    });
  }
  if (same(path, USER_YAML_MQ_TYPE))
    return MSG_STREAM_TYPES.flatMap((mq) =>
      isSelectable(supportForVersion(facts.mode, mq, facts.version))
        ? [
            storageItem(
              mq,
              facts.mode,
              facts,
              mq === facts.chartStorage ? " (what the chart's blocks give)" : '',
              mq === facts.chartStorage,
            ),
          ]
        : [],
    );
  const schema = schemaAt(HelmValuesSchema, path);
  if (!schema) return [];
  const values = enumValues(schema);
  if (values) return values.map((label) => ({ label }));
  return unwrap(schema) instanceof z.ZodBoolean ? [{ label: 'true' }, { label: 'false' }] : [];
}
