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
