/**
 * Keys the CRD does not declare, where the API server prunes them: the setting silently never
 * reaches the operator. Known mistakes (the published examples' `endpoints`, `brokers`, SASL keys
 * under dependencies, `natsmq.server`, `spec.component`) get a message saying where the setting
 * belongs and a fix that moves it there, comments included; other keys get "did you mean".
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Diagnostic, Fix, FixEdit, YamlPath } from '../../../findings/diagnostics.ts';
import { formatPath } from '../../../findings/diagnostics.ts';
import { knownKeys } from '../../manifest/introspect.ts';
import { relocationFor, type Relocation } from '../../manifest/relocations.ts';
import type { CheckContext } from '../context.ts';
import { walkResourceSchema, type UnknownKey } from '../schemaWalk.ts';
import { closestName, editDistance } from '../../../findings/suggest.ts';
import type { Rule } from './types.ts';

export const PRUNED =
  'the API server prunes it silently (kubectl apply, which validates strictly by default, refuses the manifest instead)';

function isEmptyValue(node: Node | null): boolean {
  if (node === null) return true;
  if (isScalar(node)) return node.value === null || node.value === '';
  if (isMap(node) || isSeq(node)) return node.items.length === 0;
  return false;
}

export const prunedFieldsRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  walkResourceSchema(ctx, {
    unknownKey: (info) => {
      if (!info.freeForm) out.push(pruned(ctx, info));
    },
  });
  return out;
};

function pruned(ctx: CheckContext, info: UnknownKey): Diagnostic {
  const node = ctx.resolver.resolve(info.pair.value);
  const empty = isEmptyValue(node);
  const name = formatPath(info.path);
  const what = `${name} is not a field of ${resourceName(ctx)}: ${PRUNED}`;

  if (
    ctx.resource.apiVersion === 'milvus.io/v1alpha1' &&
    ctx.resource.kind === 'Milvus' &&
    formatPath(info.path) === 'spec.components'
  ) {
    return v1alpha1Components(ctx, info, node, empty, what);
  }

  const relocation = relocationFor(
    {
      parent: info.path.slice(0, -1),
      key: info.key,
      resource: ctx.resource,
      value: () => ctx.value(info.path),
    },
    (key) => closestName(key, info.known) !== null,
  );
  if (relocation) {
    const lost = empty ? 'it is empty, so nothing is lost' : relocation.lost;
    return ctx.report({
      severity: empty ? 'info' : relocation.severity,
      code: relocation.to ? 'misplaced-field' : 'pruned-field',
      message: `${what}, so ${lost}. ${relocation.advice}`.trim(),
      path: info.path,
      fix: relocation.to
        ? relocationFix(ctx, info, node, relocation, relocation.to, empty)
        : deleteFix(info.path, empty),
    });
  }

  const meant = closestName(info.key, info.known);
  const alreadySet = meant !== null && ctx.pair([...info.path.slice(0, -1), meant]) !== null;
  const suggestion = meant
    ? ` Did you mean ${meant}?${alreadySet ? ` (${meant} is already set: remove this key.)` : ''}`
    : '';
  let fix: Fix | undefined;
  if (meant && !alreadySet) {
    fix = {
      title: `Rename ${info.key} to ${meant}`,
      safe: editDistance(info.key.toLowerCase(), meant.toLowerCase()) <= 1,
      edits: [{ op: 'move', from: info.path, to: [...info.path.slice(0, -1), meant] }],
    };
  } else {
    fix = deleteFix(info.path, empty);
  }
  return ctx.report({
    severity: empty ? 'info' : 'warning',
    code: 'pruned-field',
    message: `${what}, so ${empty ? 'it is empty and nothing is lost' : 'it has no effect'}.${suggestion}`,
    path: info.path,
    fix,
  });
}

function resourceName(ctx: CheckContext): string {
  return ctx.resource.kind === 'MilvusCluster'
    ? 'MilvusCluster'
    : `the ${ctx.resource.apiVersion} Milvus resource`;
}

function deleteFix(path: YamlPath, empty: boolean): Fix | undefined {
  return empty
    ? { title: `Remove ${formatPath(path)}`, safe: true, edits: [{ op: 'delete', path }] }
    : undefined;
}

function relocationFix(
  ctx: CheckContext,
  info: UnknownKey,
  node: Node | null,
  relocation: Relocation,
  to: YamlPath,
  empty: boolean,
): Fix | undefined {
  if (empty) return deleteFix(info.path, true);
  const existing = ctx.node(to);
  const title = `Move to ${formatPath(to)}`;
  if (relocation.single) {
    if (existing !== null) return undefined;
    if (isSeq(node)) {
      const only = node.items.length === 1 ? ctx.resolver.scalar(node.items[0]) : undefined;
      if (typeof only !== 'string') return undefined;
      // Rename first (the key keeps its comments), then turn the one-item list into its item.
      return {
        title: `Write ${formatPath(to)}: ${only}`,
        safe: true,
        edits: [
          { op: 'move', from: info.path, to },
          { op: 'set', path: to, value: only },
        ],
      };
    }
    return isScalar(node) ? { title, safe: true, edits: [{ op: 'move', from: info.path, to }] } : undefined;
  }
  if (relocation.list && isScalar(node) && typeof node.value === 'string') {
    if (existing !== null) return undefined;
    const items = node.value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const edits: FixEdit[] = [
      { op: 'move', from: info.path, to },
      { op: 'set', path: to, value: items },
    ];
    return { title: `Write ${formatPath(to)}: [${items.join(', ')}]`, safe: true, edits };
  }
  // Moving onto an existing setting only works when both are maps (their keys merge).
  if (existing !== null && !(isMap(existing) && isMap(node))) return undefined;
  return { title, safe: true, edits: [{ op: 'move', from: info.path, to }] };
}

/** A v1alpha1 Milvus has no spec.components: its component settings sit directly under spec. */
function v1alpha1Components(
  ctx: CheckContext,
  info: UnknownKey,
  node: Node | null,
  empty: boolean,
  what: string,
): Diagnostic {
  if (empty) {
    return ctx.report({
      severity: 'info',
      code: 'pruned-field',
      message: `${what}; it is empty, so nothing is lost. A v1alpha1 Milvus has no spec.components: image, version and the other component settings sit directly under spec.`,
      path: info.path,
      fix: deleteFix(info.path, true),
    });
  }
  const specKeys = knownKeys(ctx.resource.schema.shape.spec);
  const children = isMap(node)
    ? node.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : ''))
    : [];
  const movable =
    children.length > 0 &&
    children.every((key) => specKeys.includes(key) && ctx.pair(['spec', key]) === null);
  return ctx.report({
    severity: 'warning',
    code: 'misplaced-field',
    message: `${what}, so ${children.length > 0 ? children.join(', ') : 'these settings'} never reach the Milvus pod. A v1alpha1 Milvus has no spec.components: put these settings directly under spec.`,
    path: info.path,
    fix: movable
      ? {
          title: 'Move the settings directly under spec',
          safe: true,
          edits: [
            ...children.map((key): FixEdit => ({ op: 'move', from: [...info.path, key], to: ['spec', key] })),
            { op: 'delete', path: info.path },
          ],
        }
      : undefined,
  });
}
