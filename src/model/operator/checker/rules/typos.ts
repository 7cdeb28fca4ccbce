/**
 * Likely typos in the free-form parts, where nothing is pruned but nothing reads a misspelled key
 * either: Milvus's own settings (spec.config), the metadata, and the Pulsar chart's values. Only a
 * key within a small edit distance of a known key at the same level counts; anything else may be
 * a setting this checker does not know, and is left alone.
 */
import { isMap } from 'yaml';
import type { Diagnostic, Fix, FixEdit, YamlPath } from '../../../findings/diagnostics.ts';
import { formatPath } from '../../../findings/diagnostics.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import { walkResourceSchema, type UnknownKey } from '../schemaWalk.ts';
import { closestName, editDistance } from '../../../findings/suggest.ts';
import { keyText } from '../../../yaml/yamlNav.ts';
import {
  COMPONENT_ALIASES,
  COMPONENT_LEVEL,
  PULSAR_VALUES_LEVEL,
  QUANTITIES,
  RESOURCES_LEVEL,
  type KeyLevel,
} from './pulsarChartKeys.ts';
import { milvusKeyForm } from '../../../facts/milvusConfigKeys.ts';
import type { Rule } from './types.ts';

const PULSAR_VALUES: YamlPath = [...DEPENDENCIES, 'pulsar', 'inCluster', 'values'];
/** The keys of resources that hold quantities: requests and limits. */
const REQUESTS_LIMITS = Object.keys(RESOURCES_LEVEL).filter((key) => RESOURCES_LEVEL[key] === QUANTITIES);
const QUANTITY_KEYS = Object.keys(QUANTITIES);

export const typosRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  walkResourceSchema(ctx, {
    unknownKey: (info) => {
      if (info.freeForm && info.known.length > 0) {
        const diagnostic = schemaTypo(ctx, info);
        if (diagnostic) out.push(diagnostic);
      }
    },
  });
  walkLevel(ctx, PULSAR_VALUES, PULSAR_VALUES_LEVEL, out);
  return out;
};

function renameFix(ctx: CheckContext, path: YamlPath, meant: string): Fix | undefined {
  const key = String(path[path.length - 1]);
  const target = [...path.slice(0, -1), meant];
  if (ctx.pair(target) !== null) return undefined;
  return {
    title: `Rename ${key} to ${meant}`,
    safe: editDistance(key.toLowerCase(), meant.toLowerCase()) <= 1,
    edits: [{ op: 'move', from: path, to: target }],
  };
}

function schemaTypo(ctx: CheckContext, info: UnknownKey): Diagnostic | null {
  const meant = closestName(info.key, info.known);
  if (!meant) return null;
  const inConfig = info.path[0] === 'spec' && info.path[1] === 'config';
  // Another spelling of the same setting (tlsCACert for tlsCaCert) is no typo: Milvus reads it.
  if (
    inConfig &&
    milvusKeyForm(dottedConfigKey(info.path)) ===
      milvusKeyForm(dottedConfigKey([...info.path.slice(0, -1), meant]))
  )
    return null;
  const reader = inConfig
    ? 'Milvus does not know this setting'
    : 'Kubernetes does not know this metadata field';
  return ctx.report({
    severity: 'warning',
    code: 'likely-typo',
    message: `${formatPath(info.path)} looks like a typo of ${meant}: ${reader}, so it has no effect.${ctx.pair([...info.path.slice(0, -1), meant]) ? ` (${meant} is also set.)` : ''}`,
    path: info.path,
    fix: renameFix(ctx, info.path, meant),
  });
}

/** A path under spec.config as Milvus's flattened key: spec.config.kafka.ssl.tlsCert -> kafka.ssl.tlsCert. */
function dottedConfigKey(path: YamlPath): string {
  return path.slice(2).map(String).join('.');
}

function walkLevel(ctx: CheckContext, path: YamlPath, level: KeyLevel, out: Diagnostic[]): void {
  const map = ctx.map(path);
  if (!map) return;
  const entries = ctx.resolver.entries(map);
  const keys = entries.map(keyText).filter((k): k is string => k !== null);
  const knownKeys = Object.keys(level);
  for (const pair of entries) {
    const key = keyText(pair);
    if (key === null) continue;
    const at = [...path, key];
    if (Object.hasOwn(level, key)) {
      const below = level[key];
      if (below) walkLevel(ctx, at, below, out);
      continue;
    }
    if (level === COMPONENT_LEVEL) {
      const canonical = REQUESTS_LIMITS.includes(key) ? key : closestName(key, REQUESTS_LIMITS);
      if (canonical) {
        out.push(misplacedRequests(ctx, path, at, key, canonical, keys));
        continue;
      }
      const alias = Object.hasOwn(COMPONENT_ALIASES, key) ? COMPONENT_ALIASES[key]! : null;
      if (alias) {
        out.push(chartTypo(ctx, at, alias, `the Pulsar chart calls it ${alias}`));
        continue;
      }
    }
    if (level === RESOURCES_LEVEL) {
      const quantity = QUANTITY_KEYS.includes(key) ? key : closestName(key, QUANTITY_KEYS);
      if (quantity) {
        out.push(misplacedQuantity(ctx, path, at, quantity, keys));
        continue;
      }
    }
    const meant = closestName(key, knownKeys);
    if (meant) {
      out.push(chartTypo(ctx, at, meant, `the Pulsar chart does not know ${key}, so it ignores the setting`));
      const below = level[meant];
      if (below) walkLevel(ctx, at, below, out);
    }
  }
}

function chartTypo(ctx: CheckContext, path: YamlPath, meant: string, why: string): Diagnostic {
  return ctx.report({
    severity: 'warning',
    code: 'likely-typo',
    message: `${formatPath(path)} looks like a typo of ${meant}: ${why}.`,
    path,
    fix: renameFix(ctx, path, meant),
  });
}

/** `bookkeeper.requests` beside `resources`: the chart reads only `resources.requests`. */
function misplacedRequests(
  ctx: CheckContext,
  component: YamlPath,
  path: YamlPath,
  key: string,
  canonical: string,
  siblings: string[],
): Diagnostic {
  const resourcesKey =
    siblings.find((k) => k === 'resources') ??
    siblings.find((k) => closestName(k, ['resources']) === 'resources');
  const target = [...component, resourcesKey ?? 'resources', canonical];
  const existing = ctx.node(target);
  const movable = existing === null || (isMap(existing) && ctx.map(path) !== null);
  const name = String(component[component.length - 1]);
  return ctx.report({
    severity: 'warning',
    code: 'misplaced-key',
    message: `${formatPath(path)} sits beside resources, not inside it: the Pulsar chart ignores it, so ${name} runs without these ${canonical}. Move it to ${name}.resources.${canonical}.`,
    path,
    fix: movable
      ? {
          title: `Move ${key} into resources.${canonical}`,
          safe: true,
          edits: [{ op: 'move', from: path, to: target }],
        }
      : undefined,
  });
}

/** `resources.memory`: Kubernetes reads quantities only under requests or limits. */
function misplacedQuantity(
  ctx: CheckContext,
  resources: YamlPath,
  path: YamlPath,
  quantity: string,
  siblings: string[],
): Diagnostic {
  // Each holder with the key it stands for: `limit` is a typo of `limits`.
  const holders = siblings.flatMap((k) => {
    const meant = REQUESTS_LIMITS.includes(k) ? k : closestName(k, REQUESTS_LIMITS);
    return meant === null ? [] : [{ key: k, meant }];
  });
  // One holder, or beside both: limits (a bare quantity beside limits, as the docs write it, is
  // meant as a limit; the fix is not safe, and its title says where it goes).
  const holder = holders.length === 1 ? holders[0]! : (holders.find((h) => h.meant === 'limits') ?? null);
  const target = holder ? [...resources, holder.meant, quantity] : null;
  // A holder written with a typo is renamed to the key it stands for in the same fix, so the fix
  // names the key Kubernetes reads (and the typo's own fix then has nothing left to do).
  const rename: FixEdit[] =
    holder && holder.key !== holder.meant && ctx.node([...resources, holder.meant]) === null
      ? [{ op: 'move', from: [...resources, holder.key], to: [...resources, holder.meant] }]
      : [];
  const fix: Fix | undefined =
    holder && target && ctx.node(target) === null && ctx.node([...resources, holder.key, quantity]) === null
      ? {
          title:
            rename.length > 0
              ? `Move it into ${holder.meant}, renaming ${holder.key}`
              : `Move it into ${holder.meant}`,
          safe: false,
          edits: [...rename, { op: 'move', from: path, to: target }],
        }
      : undefined;
  return ctx.report({
    severity: 'warning',
    code: 'misplaced-key',
    message: `${formatPath(path)} sits directly under resources: Kubernetes reads only resources.requests and resources.limits, so the chart ignores this ${quantity}. Move it into limits or requests.`,
    path,
    fix,
  });
}
