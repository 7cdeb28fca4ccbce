/**
 * The client's settings (`initializationOptions`, `workspace/didChangeConfiguration`) as the
 * checker's options: the same as `check`'s --milvus-version and --webhook, read by the same code.
 */
import type { CheckOptions } from '../../model/operator/checker/index.ts';
import type { HelmCheckOptions } from '../../model/helm/index.ts';
import { checkOptionsFrom } from '../args.ts';

export interface ServerSettings {
  milvusVersion?: string;
  webhook?: boolean;
  /** The milvus-helm chart version a values file is judged against (check --chart-version). */
  chartVersion?: string;
}

/** The settings object a client sends: flat, or under a `milvus-mq` (or `milvusMq`) section. */
export function readSettings(raw: unknown): ServerSettings {
  const record = (value: unknown): Record<string, unknown> | null =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  const outer = record(raw) ?? {};
  const section = record(outer['milvus-mq']) ?? record(outer.milvusMq) ?? outer;
  const settings: ServerSettings = {};
  if (typeof section.milvusVersion === 'string' && section.milvusVersion.trim() !== '')
    settings.milvusVersion = section.milvusVersion.trim();
  if (section.webhook === true) settings.webhook = true;
  if (typeof section.chartVersion === 'string' && section.chartVersion.trim() !== '')
    settings.chartVersion = section.chartVersion.trim();
  return settings;
}

/** The checker's options, or what is wrong with the settings (said to the user once, then ignored). */
export function checkOptionsOf(settings: ServerSettings): { options: CheckOptions; problem?: string } {
  const options = checkOptionsFrom({
    ...(settings.milvusVersion !== undefined ? { 'milvus-version': settings.milvusVersion } : {}),
    ...(settings.webhook ? { webhook: true } : {}),
  });
  if (typeof options === 'string')
    return {
      options: settings.webhook ? { webhook: true } : {},
      problem: options.replace('--milvus-version', 'milvusVersion'),
    };
  return { options };
}

/** The Helm front end's options for a values file, as check's --chart-version and --milvus-version. */
export function helmOptionsOf(settings: ServerSettings): HelmCheckOptions {
  return {
    ...(settings.chartVersion ? { chartVersion: settings.chartVersion } : {}),
    ...(settings.milvusVersion ? { milvusVersion: settings.milvusVersion } : {}),
  };
}
