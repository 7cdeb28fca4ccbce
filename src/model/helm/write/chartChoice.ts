/**
 * Which milvus-helm chart version the wizard pins for a Milvus version: the newest chart whose
 * appVersion is on that line (the chart's facts are helm/chart/'s data, read from the chart's
 * tags). A line no known chart ships (Milvus 2.3 is older than chart 4.2.0; 3.0 is newer than
 * 5.0.19) gets the nearest chart, and the values file's `image.all.tag` (always written) runs the
 * chosen Milvus.
 */
import { CHART_VERSIONS, NEWEST_CHART, OLDEST_CHART, type ChartVersionFacts } from '../chart/index.ts';
import { compareVersions, parseVersion, type MilvusMinor } from '../../facts/versions.ts';

const lineOf = (version: string) => {
  const v = parseVersion(version);
  return v ? `${v.major}.${v.minor}` : '';
};

export interface ChartChoice {
  chart: ChartVersionFacts;
  /** Whether the chart's own appVersion is on the chosen line (else only image.all.tag runs it). */
  shipsLine: boolean;
}

export function chartForMilvus(minor: MilvusMinor): ChartChoice {
  const onLine = CHART_VERSIONS.filter((c) => lineOf(c.appVersion) === minor);
  const newest = onLine[onLine.length - 1];
  if (newest) return { chart: newest, shipsLine: true };
  const wanted = parseVersion(minor);
  const oldest = parseVersion(OLDEST_CHART.appVersion);
  const older = wanted !== null && oldest !== null && compareVersions(wanted, oldest) < 0;
  return { chart: older ? OLDEST_CHART : NEWEST_CHART, shipsLine: false };
}

/** What the page says under the chart version. */
export function chartChoiceNote(minor: MilvusMinor, choice: ChartChoice): string {
  const { chart } = choice;
  if (choice.shipsLine)
    return `Chart ${chart.version} ships Milvus ${chart.appVersion}, the newest chart on the ${minor} line; image.all.tag pins the patch you chose.`;
  return `No chart the wizard knows ships Milvus ${minor} (known: ${OLDEST_CHART.version} to ${NEWEST_CHART.version}): chart ${chart.version} (Milvus ${chart.appVersion}) with image.all.tag set to your image.`;
}
