/**
 * `check --helm`: one release's values (files in order, then `--set`), resolved for a chart version,
 * judged by the chart's rules (rules/) and by the rules about Milvus on the seam's description
 * (../whatRuns/judge.ts). Each finding lands in the input that wrote its key (or the last values
 * file, where a missing key would go), on its line; a fix is an edit of that file, applied by
 * findings/fixes.ts like a manifest's.
 */
import type { Diagnostic } from '../findings/diagnostics.ts';
import type { ReportInput } from '../findings/reporter.ts';
import { sortDiagnostics } from '../findings/diagnostics.ts';
import type { FileReport } from '../output/types.ts';
import { judgeMilvus, reportOf } from '../whatRuns/judge.ts';
import { NEWEST_CHART, chartVersion, KNOWN_CHART_RANGE } from './chart/versions.ts';
import type { ChartVersionFacts } from './chart/types.ts';
import { readInput, type ReadValues, type ValuesInput } from './read/sources.ts';
import { resolveHelm, type HelmResolveOptions, type HelmResolved } from './resolve/resolveHelm.ts';
import { HELM_RULES } from './rules/index.ts';

export interface HelmCheckOptions extends HelmResolveOptions {
  /** --chart-version; the newest known by default. */
  chartVersion?: string;
}

export interface HelmCheckResult {
  /** One per input, in order (a `--set` argument is named `--set ARG`). */
  reports: FileReport[];
  /** What runs; null when an input could not be read. */
  resolved: HelmResolved | null;
  inputs: ReadValues[];
}

/** The chart version asked for, or what is wrong with the request. */
export function chartFor(version: string | undefined): ChartVersionFacts | string {
  if (version === undefined) return NEWEST_CHART;
  return (
    chartVersion(version) ??
    `chart version "${version}" is not one this tool knows (${KNOWN_CHART_RANGE}, as tagged in zilliztech/milvus-helm)`
  );
}

export function checkHelm(sources: readonly ValuesInput[], options: HelmCheckOptions = {}): HelmCheckResult {
  const inputs = sources.map(readInput);
  const chart = chartFor(options.chartVersion);
  const reports: FileReport[] = inputs.map((input) => ({
    file: input.name,
    diagnostics: [...input.diagnostics],
    milvusResources: 0,
  }));
  if (typeof chart === 'string' || inputs.some((i) => i.values === null)) {
    if (typeof chart === 'string' && reports[0])
      reports[0].diagnostics.push(
        inputs[0]!.report({
          severity: 'error',
          code: 'helm-unknown-chart-version',
          message: `The ${chart}.`,
          path: [],
        }),
      );
    return { reports, resolved: null, inputs };
  }
  const resolved = resolveHelm(inputs, chart, options);
  // Where a key nobody wrote would go: the last values file (else the first input).
  const lastFile = inputs.map((i) => i.kind).lastIndexOf('file');
  const home = lastFile >= 0 ? lastFile : 0;
  const place = (finding: ReportInput): void => {
    const index = resolved.values.inputOf(finding.path) ?? home;
    const input = inputs[index]!;
    // A fix edits a file; a --set argument is changed by hand.
    const { fix, ...rest } = finding;
    const diagnostic: Diagnostic = input.report(input.kind === 'file' && fix ? finding : rest);
    reports[index]!.diagnostics.push(diagnostic);
  };
  for (const { name, rule } of HELM_RULES) {
    try {
      rule(resolved).forEach(place);
    } catch (error) {
      place({
        severity: 'error',
        code: 'internal-error',
        message: `The ${name} check failed (${error instanceof Error ? error.message : String(error)}). Please report this.`,
        path: [],
      });
    }
  }
  for (const f of judgeMilvus(resolved.whatRuns)) place(reportOf(f));
  for (const r of reports) sortDiagnostics(r.diagnostics);
  reports[home]!.milvusResources = 1;
  return { reports, resolved, inputs };
}
