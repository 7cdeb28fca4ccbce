/**
 * The client's settings (`initializationOptions`, `workspace/didChangeConfiguration`) as the
 * checker's options: the same as `check`'s --milvus-version, --operator-version and --webhook, read
 * by the same code.
 */
import type { CheckOptions } from '../../model/operator/checker/index.ts';
import type { HelmCheckOptions } from '../../model/helm/index.ts';
import { checkOptionsFrom } from '../args.ts';

export interface ServerSettings {
  milvusVersion?: string;
  /** The milvus-operator release a manifest is judged as (check --operator-version). */
  operatorVersion?: string;
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
  if (typeof section.operatorVersion === 'string' && section.operatorVersion.trim() !== '')
    settings.operatorVersion = section.operatorVersion.trim();
  if (section.webhook === true) settings.webhook = true;
  if (typeof section.chartVersion === 'string' && section.chartVersion.trim() !== '')
    settings.chartVersion = section.chartVersion.trim();
  return settings;
}

/**
 * The checker's options, and what is wrong with the settings (said to the user once). Each setting
 * is read as its flag is, alone, so a wrong one is left out and the others still apply.
 */
export function checkOptionsOf(settings: ServerSettings): { options: CheckOptions; problem?: string } {
  const problems: string[] = [];
  const read = (flags: Parameters<typeof checkOptionsFrom>[0], flag: string, setting: string): CheckOptions => {
    const checked = checkOptionsFrom(flags);
    if (typeof checked !== 'string') return checked;
    problems.push(checked.replace(flag, setting));
    return {};
  };
  const options: CheckOptions = {
    ...(settings.milvusVersion !== undefined
      ? read({ 'milvus-version': settings.milvusVersion }, '--milvus-version', 'milvusVersion')
      : {}),
    ...(settings.operatorVersion !== undefined
      ? read({ 'operator-version': settings.operatorVersion }, '--operator-version', 'operatorVersion')
      : {}),
    ...(settings.webhook ? { webhook: true } : {}),
  };
  return problems.length > 0 ? { options, problem: problems.join('; ') } : { options };
}

/** The Helm front end's options for a values file, as check's --chart-version and --milvus-version. */
export function helmOptionsOf(settings: ServerSettings): HelmCheckOptions {
  return {
    ...(settings.chartVersion ? { chartVersion: settings.chartVersion } : {}),
    ...(settings.milvusVersion ? { milvusVersion: settings.milvusVersion } : {}),
  };
}
