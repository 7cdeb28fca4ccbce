/**
 * Keys the chart does not read, and values of the wrong kind, judged against HelmValuesSchema
 * (chart/valuesSchema.ts, the one source of the message-storage keys) and the chosen version's
 * values.yaml (chart/chartVersions.generated.ts: its top-level keys and the child keys of the maps
 * the chart owns). Named in DOMAIN.md section 10: `streamingNode.enabled` and
 * `streamingNode.woodpecker.*` (the chart's README names them; values.yaml has neither), a `milvus.`
 * prefix when the chart is installed directly, `pulsar.*` tuning while pulsarv3 runs, and
 * `--set-string x.enabled=false` (Go templates read any non-empty string as true).
 */
import { closestName } from '../../findings/suggest.ts';
import type { ReportInput } from '../../findings/reporter.ts';
import { HelmValuesSchema } from '../chart/valuesSchema.ts';
import { newerChartWithKey } from '../chart/versions.ts';
import { isJson } from '../read/sources.ts';
import { truthy } from '../read/merge.ts';
import type { HelmRule } from './types.ts';

export const schemaIssues: HelmRule = (r) => {
  const parsed = HelmValuesSchema.safeParse(r.values.user);
  if (parsed.success) return [];
  const out: ReportInput[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...path, key];
        const parent = r.values.value(path);
        const siblings = isJson(parent) ? Object.keys(parent) : [];
        const known = r.chart.ownedKeys[String(path[0])] ?? [];
        const guess = closestName(
          key,
          [
            ...known,
            'woodpecker',
            'storage',
            'embedded',
            'type',
            'host',
            'port',
            'tenant',
            'namespace',
            'brokerList',
            'securityProtocol',
            'sasl',
            'mechanisms',
            'username',
            'password',
          ].filter((k) => !siblings.includes(k)),
        );
        out.push({
          severity: 'warning',
          code: 'helm-unknown-key',
          message: `${at.join('.')} is not a key of the chart: its templates never read it, so it changes nothing.${guess ? ` Did you mean ${[...path, guess].join('.')}?` : ''}`,
          path: at,
        });
      }
      continue;
    }
    // standalone.messageQueue's wrong values have their own rule (storageBlocks.ts), with what runs instead.
    if (path.join('.') === 'standalone.messageQueue') continue;
    const value = r.values.value(path);
    const boolText = typeof value === 'string' && /^(true|false)$/i.test(value);
    out.push({
      severity: boolText && value.toLowerCase() === 'false' ? 'error' : 'warning',
      code: 'helm-invalid-value',
      message: boolText
        ? `${path.join('.')} is the string "${value}", not a boolean (--set-string or quotes): Go templates read every non-empty string as true${value.toLowerCase() === 'false' ? ', so this turns it ON' : ''}. Write ${value.toLowerCase()} without quotes (or --set, not --set-string).`
        : `${path.join('.')}: ${issue.message}${value !== undefined ? ` (it is ${JSON.stringify(value)})` : ''}.`,
      path,
      part: 'value',
      ...(boolText
        ? {
            fix: {
              title: `Write ${value.toLowerCase()}`,
              safe: true,
              edits: [{ op: 'set' as const, path, value: value.toLowerCase() === 'true' }],
            },
          }
        : {}),
    });
  }
  return out;
};

/** Keys under the maps the chart owns that this version's values.yaml does not have (streamingNode.enabled …). */
export const ownedMapKeys: HelmRule = (r) => {
  const out: ReportInput[] = [];
  for (const map of ['streamingNode', 'woodpecker', 'standalone', 'cluster'] as const) {
    const known = r.chart.ownedKeys[map];
    const user = r.values.get([map]);
    if (!known || user.from !== 'user' || !isJson(user.value)) continue;
    for (const key of Object.keys(user.value)) {
      if (known.includes(key)) continue;
      const hint =
        map === 'streamingNode' && (key === 'enabled' || key === 'woodpecker')
          ? ` ${key === 'enabled' ? 'The streaming node is switched by streaming.enabled' : 'Embedded Woodpecker is set under streaming.woodpecker (embedded, storage.type)'} (the chart's README names streamingNode.${key}, which values.yaml does not have).`
          : (() => {
              const guess = closestName(key, known);
              return guess ? ` Did you mean ${map}.${guess}?` : '';
            })();
      out.push({
        severity: 'warning',
        code: 'helm-unknown-key',
        message: `${map}.${key} is not a key of chart ${r.chart.version}: its templates never read it, so it changes nothing.${hint}`,
        path: [map, key],
      });
    }
  }
  return out;
};

/** Top-level keys: a `milvus:` prefix (the chart installed directly, not as a dependency), and near misses of the chart's own. */
export const topLevelKeys: HelmRule = (r) => {
  const out: ReportInput[] = [];
  const known = r.chart.topLevelKeys;
  for (const key of Object.keys(r.values.user)) {
    if (known.includes(key)) continue;
    if (
      key === 'milvus' &&
      isJson(r.values.user.milvus) &&
      Object.keys(r.values.user.milvus).some((k) => known.includes(k))
    ) {
      out.push({
        severity: 'warning',
        code: 'helm-unknown-key',
        message: `milvus: holds chart keys under a prefix, the way a parent chart passes them to its milvus dependency. Installed directly (helm install … milvus/milvus), the chart reads its keys at the top level, and everything under milvus: changes nothing. Move them up a level (or keep the prefix only in a parent chart's values).`,
        path: ['milvus'],
      });
      continue;
    }
    // A key of a newer chart: the values were written for another version than the one
    // installed, and the switch does nothing here.
    const since = newerChartWithKey(r.chart, key);
    if (since) {
      out.push({
        severity: 'warning',
        code: 'helm-unknown-key',
        message: `${key} is a key from chart ${since.version} on: chart ${r.chart.version} does not read it, so it changes nothing here. Install chart ${since.version} or later (--chart-version), or use what this chart has.`,
        path: [key],
      });
      continue;
    }
    const guess = closestName(key, known);
    if (guess)
      out.push({
        severity: 'warning',
        code: 'helm-unknown-key',
        message: `${key} is not a key of chart ${r.chart.version}: it changes nothing. Did you mean ${guess}?`,
        path: [key],
      });
  }
  return out;
};

/** pulsar.* settings (Pulsar v2's subchart) while Pulsar v2 is off and pulsarv3 runs: they tune nothing. */
export const pulsarV2Tuning: HelmRule = (r) => {
  const pulsar = r.values.get(['pulsar']);
  if (pulsar.from !== 'user' || !isJson(pulsar.value)) return [];
  if (truthy(r.values.value(['pulsar', 'enabled'])) || !truthy(r.values.value(['pulsarv3', 'enabled'])))
    return [];
  const keys = Object.keys(pulsar.value).filter((k) => k !== 'enabled');
  if (keys.length === 0) return [];
  return [
    {
      severity: 'warning',
      code: 'helm-pulsar-v2-settings',
      message: `pulsar.${keys[0]}${keys.length > 1 ? ` (and ${keys.length - 1} more)` : ''} tune the Pulsar v2 subchart, which is off; the Pulsar that runs is pulsarv3, and these settings do not reach it. Write them under pulsarv3 (its own keys: the Apache Pulsar chart 3.3.0).`,
      path: ['pulsar', keys[0]!],
    },
  ];
};
