/**
 * "Clean for apply": a live object (`kubectl get milvus NAME -o yaml`, or a `kind: List` of them)
 * made ready to apply again, as `kubectl neat` does for any resource: without `status`, the API
 * server's metadata, kubectl's last-applied annotation, the operator's own labels, annotations and
 * finalizer, and the defaults the operator wrote back (writtenBack.ts), keeping what the user set.
 *
 * The last-applied annotation, when there is one, says what the user set (kubectl apply records the
 * file in it, change/applyMerge.ts): a written-back field it does not name goes. Without it, a
 * written-back field goes only when it holds exactly the operator's default, and a chart's merged
 * values stay (the user's cannot be told apart from the chart's).
 *
 * `msgStreamType` and the image are kept even when the operator wrote them: without them a fresh
 * install of the file gets the default of its day, which can be another message storage. The edits
 * go through the yaml Document API (findings/fixes.ts applyFixes), so comments, order and the other
 * documents of the stream stay as they were.
 */
import { BAD_INPUT, isBlankYaml } from '../../yaml/decode.ts';
import { formatPath, type FixEdit, type YamlPath } from '../../findings/diagnostics.ts';
import { lastApplied } from '../../change/applyMerge.ts';
import { LAST_APPLIED, at, isObject } from '../../change/view.ts';
import { applyFixes, type FixRequest } from '../../findings/fixes.ts';
import { resolve, storageLabel } from '../resolve/index.ts';
import { OPERATOR_DEFAULT_IMAGE } from '../../facts/versions.ts';
import { parseStream } from '../../yaml/parseStream.ts';
import { toPlain } from '../../yaml/toPlain.ts';
import { Resolver } from '../../yaml/yamlNav.ts';
import {
  OPERATOR_ANNOTATIONS,
  OPERATOR_FINALIZER,
  OPERATOR_LABELS,
  SERVER_METADATA,
  STORAGE_DECIDING,
  WRITTEN_BACK,
  matchesAny,
  type DefaultsContext,
  type Json,
} from './writtenBack.ts';

/** Why a field goes; the page and the CLI group the removed fields by it. */
export type RemovalReason =
  'status' | 'server-metadata' | 'last-applied' | 'operator-metadata' | 'operator-default';

export const REMOVAL_REASONS: Record<RemovalReason, string> = {
  status: 'written by the operator about the running Milvus; it writes it again',
  'server-metadata': 'set by the API server for this object; a new object gets its own',
  'last-applied': "kubectl's record of the last apply; kubectl writes it again",
  'operator-metadata': "milvus-operator's own labels, annotations and finalizer; it writes them again",
  'operator-default':
    'defaults milvus-operator v1.3.8 wrote back (Default(), apis/milvus.io/v1beta1/milvus_webhook.go); it writes the same again',
};

export interface Removal {
  /** Path inside the resource, e.g. `spec.components.rollingMode`. */
  path: string;
  reason: RemovalReason;
}

export interface Kept {
  path: string;
  /** warning: removing it would change what a fresh install runs; info: kept for safety. */
  severity: 'warning' | 'info';
  message: string;
}

export interface CleanedResource {
  documentIndex: number;
  /** Index in a `kind: List`'s items; absent for a document of its own. */
  item?: number;
  /** `kind/name`, e.g. `Milvus/prod`. */
  name: string;
  /** The last-applied annotation told which fields the user set. */
  usedLastApplied: boolean;
  removed: Removal[];
  kept: Kept[];
}

export interface CleanResult {
  text: string;
  resources: CleanedResource[];
  /** Why nothing could be cleaned (a YAML error, an empty input), with its line; null when it went. */
  problem: { message: string; line: number; column: number } | null;
}

interface Unit {
  base: YamlPath;
  obj: Json;
}

export function cleanForApply(input: string): CleanResult {
  const stream = parseStream(input);
  const first = stream.diagnostics.find((d) => d.severity === 'error');
  if (stream.refused || first) {
    return {
      text: input,
      resources: [],
      problem: first
        ? { message: first.message, line: first.line, column: first.column }
        : { message: 'The input cannot be read as YAML.', line: 1, column: 1 },
    };
  }
  const resources: CleanedResource[] = [];
  const fixes: FixRequest[] = [];
  for (const parsed of stream.documents) {
    if (parsed.hasErrors || parsed.aliasBomb) continue;
    const plain = toPlain(new Resolver(parsed.doc, parsed.aliasTargets), parsed.doc.contents);
    if (!isObject(plain)) continue;
    const edits: FixEdit[] = [];
    for (const unit of unitsOf(plain)) {
      const cleaned = cleanResource(unit.obj);
      const item = unit.base[1];
      resources.push({
        documentIndex: parsed.index,
        ...(typeof item === 'number' ? { item } : {}),
        name: `${String(unit.obj.kind ?? 'resource')}/${String(at(unit.obj, ['metadata', 'name']) ?? '')}`,
        usedLastApplied: cleaned.usedLastApplied,
        removed: cleaned.removed,
        kept: cleaned.kept,
      });
      for (const path of cleaned.deletions) edits.push({ op: 'delete', path: [...unit.base, ...path] });
    }
    // kubectl get -A -o yaml gives the List itself `metadata: {resourceVersion: ""}`.
    if (plain.kind === 'List' && isObject(plain.metadata)) edits.push({ op: 'delete', path: ['metadata'] });
    if (edits.length > 0)
      fixes.push({ documentIndex: parsed.index, fix: { title: 'Clean for apply', safe: true, edits } });
  }
  if (resources.length === 0) {
    return {
      text: input,
      resources,
      problem: {
        message: isBlankYaml(input) ? BAD_INPUT.empty : 'There is no Kubernetes resource here to clean.',
        line: 1,
        column: 1,
      },
    };
  }
  return { text: applyFixes(input, fixes), resources, problem: null };
}

function unitsOf(doc: Json): Unit[] {
  if (doc.kind === 'List' && Array.isArray(doc.items))
    return doc.items.flatMap((item: unknown, i) =>
      isObject(item) ? [{ base: ['items', i], obj: item }] : [],
    );
  return [{ base: [], obj: doc }];
}

interface ResourceClean {
  deletions: YamlPath[];
  removed: Removal[];
  kept: Kept[];
  usedLastApplied: boolean;
}

/** What to delete from one resource (paths inside it), and why. */
export function cleanResource(obj: Json): ResourceClean {
  const work: Json = structuredClone(obj);
  const applied = lastApplied(obj);
  const removed: Removal[] = [];
  const kept: Kept[] = [];
  const deletions: YamlPath[] = [];
  const remove = (path: YamlPath, reason: RemovalReason) => {
    deleteAt(work, path);
    deletions.push(path);
    removed.push({ path: formatPath(path), reason });
  };

  if ('status' in obj) remove(['status'], 'status');
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  for (const key of SERVER_METADATA) if (key in metadata) remove(['metadata', key], 'server-metadata');
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  if (LAST_APPLIED in annotations) remove(['metadata', 'annotations', LAST_APPLIED], 'last-applied');
  const milvus = String(obj.apiVersion ?? '').startsWith('milvus.io/');
  if (milvus) {
    for (const key of Object.keys(annotations))
      if (matchesAny(key, OPERATOR_ANNOTATIONS))
        remove(['metadata', 'annotations', key], 'operator-metadata');
    const labels = isObject(metadata.labels) ? metadata.labels : {};
    for (const key of Object.keys(labels))
      if (matchesAny(key, OPERATOR_LABELS)) remove(['metadata', 'labels', key], 'operator-metadata');
    const finalizers = Array.isArray(metadata.finalizers) ? metadata.finalizers : [];
    if (finalizers.length > 0 && finalizers.every((f) => f === OPERATOR_FINALIZER))
      remove(['metadata', 'finalizers'], 'operator-metadata');
    else
      finalizers.forEach((f, i) => {
        if (f === OPERATOR_FINALIZER) remove(['metadata', 'finalizers', i], 'operator-metadata');
      });
  }
  if (obj.apiVersion === 'milvus.io/v1beta1' && obj.kind === 'Milvus') {
    cleanDefaults(obj, applied, remove, kept);
  }
  // A map the cleaning emptied goes too (`annotations: {}`, `proxy: {}`), unless the user wrote it.
  const collapsed = collapseEmptied(obj, work, deletions, applied);
  for (const path of collapsed) deletions.push(path);
  return { deletions: outermost(deletions), removed, kept, usedLastApplied: applied !== null };
}

/**
 * The resource as "Clean for apply" leaves it, as data: for a manifest that is shown to be applied
 * (the switch plan's steps), never the live object with its status and written-back defaults.
 */
export function cleanedObject(obj: Json): Json {
  const copy: Json = structuredClone(obj);
  for (const path of cleanResource(obj).deletions) deleteAt(copy, path);
  return withoutDeleted(copy) as Json;
}

function withoutDeleted(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((x) => x !== DELETED).map(withoutDeleted);
  if (isObject(node)) for (const key of Object.keys(node)) node[key] = withoutDeleted(node[key]);
  return node;
}

function cleanDefaults(
  obj: Json,
  applied: Json | null,
  remove: (path: YamlPath, reason: RemovalReason) => void,
  kept: Kept[],
): void {
  const ctx = contextOf(obj);
  const userSet = (path: YamlPath) => applied !== null && at(applied, path as string[]) !== undefined;
  for (const field of WRITTEN_BACK) {
    const live = at(obj, field.path as string[]);
    if (live === undefined) continue;
    const def = field.value(ctx);
    const path = formatPath(field.path);
    if (applied) {
      if (!userSet(field.path)) {
        if (path === PULSAR_CHART && live !== 'pulsar-v3') {
          kept.push({
            path,
            severity: 'warning',
            message: `Kept ${String(live)}: the operator wrote it for a Pulsar that existed before; without it a fresh install gets pulsar-v3 (Pulsar 3), another Pulsar that does not hold this one's data.`,
          });
          continue;
        }
        remove(field.path, 'operator-default');
      } else if (def && 'merged' in def) {
        // The user set some values: keep those, the chart's defaults merged around them go.
        for (const extra of beyond(live, at(applied, field.path as string[]), field.path))
          remove(extra, 'operator-default');
      }
      continue;
    }
    if (!def) continue;
    if ('merged' in def) {
      kept.push({
        path,
        severity: 'info',
        message:
          "Kept: the operator merged its chart's default values here; without the last-applied annotation the values you set cannot be told apart from them.",
      });
      continue;
    }
    if (path === PULSAR_CHART && live !== 'pulsar-v3') continue;
    if (sameJson(live, def.value)) remove(field.path, 'operator-default');
  }
  for (const field of STORAGE_DECIDING) {
    const live = at(obj, field as string[]);
    if (live === undefined || userSet(field)) continue;
    kept.push(storageKept(obj, field, live, applied !== null));
  }
}

const PULSAR_CHART = 'spec.dependencies.pulsar.inCluster.chartVersion';

/** Why msgStreamType or the image stays, and whether dropping it would change the storage. */
function storageKept(obj: Json, field: YamlPath, live: unknown, writtenBack: boolean): Kept {
  const path = formatPath(field);
  const without: Json = structuredClone(obj);
  deleteAt(without, field);
  delete without.status; // judged as a fresh install: the version the file asks for, not the pods'
  const now = resolve({ ...obj, status: undefined }).storage.type;
  const fresh = resolve(without).storage.type;
  const who = writtenBack
    ? 'The operator wrote it (your last apply did not name it)'
    : 'The operator may have written it';
  if (fresh !== now) {
    return {
      path,
      severity: 'warning',
      message: `Kept ${String(live)}. ${who}, but without it a fresh install gets ${storageLabel(fresh)} instead of ${storageLabel(now)}, and kubectl apply onto this Milvus keeps the value it has: keep it.`,
    };
  }
  const image = field.at(-1) === 'image';
  return {
    path,
    severity: 'info',
    message: image
      ? `Kept ${String(live)}. ${who}; without it a fresh install runs the operator's default image (${OPERATOR_DEFAULT_IMAGE} for v1.3.8, another after an operator upgrade), and the version picks the default message storage.`
      : `Kept ${String(live)}. ${who}; without it a fresh install gets ${storageLabel(fresh)} today too, but that default follows the mode and the version: written down, it stays.`,
  };
}

function contextOf(obj: Json): DefaultsContext {
  const r = resolve({ ...obj, status: undefined });
  const deps = (key: string) => at(obj, ['spec', 'dependencies', key]);
  const external = (key: string) => isObject(deps(key)) && (deps(key) as Json).external === true;
  const replicaCount = at(obj, ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'replicaCount']);
  const cluster = r.mode === 'cluster';
  return {
    name: r.name,
    namespace: r.namespace,
    cluster,
    atLeast26: r.believed.atLeast26,
    msgStreamType: String(deps('msgStreamType') ?? r.storage.type),
    pulsarExternal: external('pulsar'),
    kafkaExternal: external('kafka'),
    etcdExternal: external('etcd'),
    storageExternal: external('storage'),
    rollingUpdate: at(obj, ['spec', 'components', 'enableRollingUpdate']) === true,
    etcdReplicas: typeof replicaCount === 'number' ? replicaCount : cluster ? 3 : 1,
  };
}

/** Paths under `live` that `user` does not have (maps compared key by key; anything else whole). */
function beyond(live: unknown, user: unknown, base: YamlPath): YamlPath[] {
  if (!isObject(live) || !isObject(user)) return [];
  return Object.keys(live).flatMap((key) =>
    key in user ? beyond(live[key], user[key], [...base, key]) : [[...base, key]],
  );
}

function deleteAt(root: Json, path: YamlPath): void {
  let node: unknown = root;
  for (const step of path.slice(0, -1))
    node =
      isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[step] : undefined;
  const last = path.at(-1);
  if (isObject(node) && typeof last === 'string') delete node[last];
  else if (Array.isArray(node) && typeof last === 'number') node[last] = DELETED;
}

const DELETED = Symbol('deleted');

/** The maps (below the resource's top level) that were not empty before and are now. */
function collapseEmptied(
  before: Json,
  after: Json,
  deletions: readonly YamlPath[],
  applied: Json | null,
): YamlPath[] {
  const out: YamlPath[] = [];
  const seen = new Set<string>();
  for (const path of deletions) {
    for (let depth = path.length - 1; depth >= 2; depth--) {
      const parent = path.slice(0, depth);
      const key = JSON.stringify(parent);
      if (seen.has(key)) continue;
      const now = at(after, parent as string[]);
      const emptied =
        (isObject(now) && Object.keys(now).length === 0) ||
        (Array.isArray(now) && now.every((x) => x === DELETED));
      if (!emptied) break;
      const was = at(before, parent as string[]);
      if (isObject(was) ? Object.keys(was).length === 0 : !Array.isArray(was)) break;
      if (applied && at(applied, parent as string[]) !== undefined) break;
      seen.add(key);
      out.push(parent);
      deleteAt(after, parent);
    }
  }
  return out;
}

/** Each path once, and none inside another (deleting a map deletes what it holds). */
function outermost(paths: readonly YamlPath[]): YamlPath[] {
  const keys = new Set(paths.map((p) => JSON.stringify(p)));
  const inside = (p: YamlPath) => p.some((_, i) => i > 0 && keys.has(JSON.stringify(p.slice(0, i))));
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key) || inside(p)) return false;
    seen.add(key);
    return true;
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return a === b;
}

const REASON_TITLES: Record<RemovalReason, string> = {
  status: 'status',
  'server-metadata': 'server metadata',
  'last-applied': 'last-applied annotation',
  'operator-metadata': "operator's labels and annotations",
  'operator-default': 'operator defaults',
};

/** The removed fields of one resource grouped by why they went, in the order of REMOVAL_REASONS. */
export function removalGroups(
  resource: CleanedResource,
): { reason: RemovalReason; title: string; why: string; paths: string[] }[] {
  return (Object.keys(REMOVAL_REASONS) as RemovalReason[]).flatMap((reason) => {
    const paths = resource.removed.filter((r) => r.reason === reason).map((r) => r.path);
    return paths.length === 0
      ? []
      : [{ reason, title: REASON_TITLES[reason], why: REMOVAL_REASONS[reason], paths }];
  });
}

/** What was removed and kept, for a terminal (the CLI prints it on standard error). */
export function cleanReportText(result: CleanResult, shown = 6): string {
  if (result.problem) return `${result.problem.line}:${result.problem.column} ${result.problem.message}\n`;
  const lines: string[] = [];
  for (const r of result.resources) {
    const place =
      r.item !== undefined
        ? ` (item ${r.item + 1})`
        : result.resources.length > 1
          ? ` (document ${r.documentIndex + 1})`
          : '';
    const how = r.usedLastApplied
      ? 'the last-applied annotation told which fields you set'
      : 'no last-applied annotation: only exact operator defaults were removed';
    lines.push(
      `${r.name}${place}: removed ${r.removed.length} ${r.removed.length === 1 ? 'field' : 'fields'}; ${how}.`,
    );
    for (const g of removalGroups(r)) {
      const more = g.paths.length > shown ? `, and ${g.paths.length - shown} more` : '';
      lines.push(
        `  removed ${g.title} (${g.paths.length}): ${g.paths.slice(0, shown).join(', ')}${more}`,
        `    ${g.why}`,
      );
    }
    for (const k of r.kept) lines.push(`  ${k.severity} kept ${k.path}: ${k.message}`);
  }
  return `${lines.join('\n')}\n`;
}
