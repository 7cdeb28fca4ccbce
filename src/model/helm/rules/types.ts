import type { ReportInput } from '../../findings/reporter.ts';
import type { HelmResolved } from '../resolve/resolveHelm.ts';

/** One family of checks about the chart (not about Milvus: those judge the seam's description). Paths are values paths. */
export type HelmRule = (r: HelmResolved) => ReportInput[];

export const setFix = (path: readonly string[], value: unknown, safe = false) => ({
  title: `Set ${path.join('.')}: ${JSON.stringify(value)}`,
  safe,
  edits: [{ op: 'set' as const, path, value }],
});
