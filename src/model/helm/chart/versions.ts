/**
 * The chart versions the Helm front end knows (the generated data), and the look-ups over them.
 * `--chart-version` takes one of these; without it, the newest.
 */
import { CHART_SOURCE_REPO, CHART_VERSIONS } from './chartVersions.generated.ts';
import type { ChartScalar, ChartVersionFacts } from './types.ts';

export { CHART_SOURCE_REPO, CHART_VERSIONS };

export const NEWEST_CHART: ChartVersionFacts = CHART_VERSIONS[CHART_VERSIONS.length - 1];
export const OLDEST_CHART: ChartVersionFacts = CHART_VERSIONS[0];

/** Numeric comparison of `x.y.z` chart versions (negative when a is older). */
export function compareChartVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * The first version newer than `chart` whose values.yaml has the top-level `key` (a key of a newer
 * chart: woodpecker before 4.2.42, pulsarv3 before 4.2.21), or undefined. The newer versions' keys
 * are gathered once per chart version: a values file with thousands of top-level keys asks for
 * each, and a scan of every version per key was over half of a 1 MB values check.
 */
export function newerChartWithKey(chart: ChartVersionFacts, key: string): ChartVersionFacts | undefined {
  let firstWith = newerKeysOf.get(chart);
  if (!firstWith) {
    firstWith = new Map();
    for (const c of CHART_VERSIONS) {
      if (compareChartVersions(c.version, chart.version) <= 0) continue;
      for (const k of c.topLevelKeys) if (!firstWith.has(k)) firstWith.set(k, c);
    }
    newerKeysOf.set(chart, firstWith);
  }
  return firstWith.get(key);
}

const newerKeysOf = new WeakMap<ChartVersionFacts, Map<string, ChartVersionFacts>>();

/** The facts of a chart version given as `5.0.19`, `v5.0.19` or `milvus-5.0.19`; undefined when unknown. */
export function chartVersion(version: string): ChartVersionFacts | undefined {
  const bare = version
    .trim()
    .replace(/^milvus-/, '')
    .replace(/^v/, '');
  return CHART_VERSIONS.find((c) => c.version === bare);
}

/** A chart version's default at a dotted values path (undefined: the key does not exist in that version). */
export function chartDefault(chart: ChartVersionFacts, path: string): ChartScalar | undefined {
  return Object.prototype.hasOwnProperty.call(chart.defaults, path) ? chart.defaults[path] : undefined;
}

/** The versions, as a sentence's list: "4.2.0 to 5.0.19". */
export const KNOWN_CHART_RANGE = `${OLDEST_CHART.version} to ${NEWEST_CHART.version}`;
