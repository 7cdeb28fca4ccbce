/**
 * `diff OLD NEW`: what applying NEW does to the Milvus that OLD describes. OLD is the live object
 * (`kubectl get milvus NAME -o yaml`) or the file last applied; NEW is the file about to be applied.
 * Both views are resolved as the operator would, NEW merged into OLD as `kubectl apply` does, and
 * every change rule (rules.ts) reports in place, at its line in NEW.
 */
import { BAD_INPUT, isBlankYaml } from '../yaml/decode.ts';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, YamlPath } from '../findings/diagnostics.ts';
import { createReporter } from '../findings/reporter.ts';
import { sortDiagnostics } from '../findings/diagnostics.ts';
import { parseStream, positionOf } from '../yaml/parseStream.ts';
import { Resolver } from '../yaml/yamlNav.ts';
import { lastApplied, threeWayMerge } from './applyMerge.ts';
import { resolve, type ResolvedMilvus } from '../operator/resolve/index.ts';
import { applyMergePatch } from './mergePatch.ts';
import { CHANGE_RULES, crosses, type ChangeContext } from './rules.ts';
import { UPGRADE_30_WHOLE } from './words.ts';
import { switchPlan, type SwitchPlan } from './switchPlan.ts';
import {
  applyOperatorDefaults,
  isObject,
  namesMsgStreamType,
  operatorOptions,
  viewOf,
  type Json,
  type ResolvedView,
} from './view.ts';

interface FoundResource {
  obj: Json;
  doc: Document.Parsed;
  documentIndex: number;
  base: YamlPath;
  resolver: Resolver;
}

export interface DiffPair {
  name: string;
  before: ResolvedView;
  after: ResolvedView;
  fresh: ResolvedView;
  /** For a supported switch on 3.0 and later: the steps, with their manifests. */
  plan: SwitchPlan | null;
  /**
   * The operator's view of the object `kubectl apply` makes (NEW merged into OLD): what runs after
   * the apply, for "What will run" beside the comparison.
   */
  applied: ResolvedMilvus;
  /** Where NEW's resource sits: its document, and its item in a `kind: List`. */
  documentIndex: number;
  item?: number;
}

export interface DiffResult {
  /** Findings about OLD itself (it cannot be read, holds no Milvus resource). */
  old: Diagnostic[];
  /** The consequences, at their place in NEW; NEW's own read problems too. */
  new: Diagnostic[];
  pairs: DiffPair[];
}

const MILVUS_KINDS = new Set(['Milvus', 'MilvusCluster']);

function readResources(text: string): {
  resources: FoundResource[];
  problems: Diagnostic[];
  lineCounter: LineCounter;
} {
  const stream = parseStream(text);
  const problems: Diagnostic[] = [...stream.diagnostics];
  const resources: FoundResource[] = [];
  for (const parsed of stream.documents) {
    if (parsed.hasErrors || parsed.aliasBomb) continue;
    const resolver = new Resolver(parsed.doc);
    const js: unknown = parsed.doc.toJS({ maxAliasCount: -1 });
    if (isObject(js) && js.kind === 'List' && Array.isArray(js.items)) {
      (js.items as unknown[]).forEach((item, i) => {
        if (
          isObject(item) &&
          MILVUS_KINDS.has(String(item.kind)) &&
          String(item.apiVersion).startsWith('milvus.io/')
        )
          resources.push({
            obj: item,
            doc: parsed.doc,
            documentIndex: parsed.index,
            base: ['items', i],
            resolver,
          });
      });
    } else if (
      isObject(js) &&
      MILVUS_KINDS.has(String(js.kind)) &&
      String(js.apiVersion).startsWith('milvus.io/')
    ) {
      resources.push({ obj: js, doc: parsed.doc, documentIndex: parsed.index, base: [], resolver });
    }
  }
  if (resources.length === 0 && !stream.refused && problems.every((d) => d.severity !== 'error')) {
    const blank = isBlankYaml(text);
    problems.push({
      severity: 'error',
      ...(blank
        ? { code: 'empty-input', message: BAD_INPUT.empty }
        : {
            code: 'no-milvus-resource',
            message:
              'There is no Milvus resource here (apiVersion milvus.io/v1beta1, kind Milvus): nothing to compare.',
          }),
      path: '',
      documentIndex: 0,
      ...positionOf(stream.lineCounter, 0),
    });
  }
  return { resources, problems, lineCounter: stream.lineCounter };
}

function keyOf(obj: Json): string {
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  return `${String(metadata.namespace ?? '')}/${String(metadata.name ?? '')}`;
}

function nameOf(obj: Json): string {
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  return String(metadata.name ?? '');
}

/** NEW's resources each with the OLD one it changes: by namespace and name, or the only one of each. */
function pairUp(olds: FoundResource[], news: FoundResource[]): [FoundResource, FoundResource | null][] {
  if (olds.length === 1 && news.length === 1) return [[news[0]!, olds[0]!]];
  return news.map((n) => {
    const exact = olds.find((o) => keyOf(o.obj) === keyOf(n.obj));
    // A file often names no namespace; the live object always does.
    const byName = olds.filter((o) => nameOf(o.obj) === nameOf(n.obj));
    return [n, exact ?? (byName.length === 1 ? byName[0]! : null)];
  });
}

/** The live state OLD stands for, and the configuration kubectl last applied. */
function liveAndOriginal(old: Json, operatorVersion?: string): { live: Json; original: Json | null } {
  const view = viewOf(old, namesMsgStreamType(old), operatorVersion);
  if (view.live) return { live: old, original: lastApplied(old) };
  // A file: it was applied as written, and the operator wrote its defaults back over it.
  return { live: applyOperatorDefaults(old, { existing: false, operatorVersion }), original: old };
}

/**
 * The objects the API server sees for this update: the stored one (`live`: the live object, or the
 * operator's defaults written back over the file), and what `kubectl apply` makes of it (`merged`).
 */
export function updateObjects(
  oldObj: Json,
  newObj: Json,
  operatorVersion?: string,
): { live: Json; original: Json | null; merged: Json } {
  const { live, original } = liveAndOriginal(oldObj, operatorVersion);
  return { live, original, merged: threeWayMerge(original, newObj, live) };
}

/** What runs before and after the update, and what a fresh install of NEW would run. */
export function changeContext(
  live: Json,
  original: Json | null,
  merged: Json,
  newObj: Json,
  operatorVersion?: string,
): ChangeContext {
  const before = viewOf(live, namesMsgStreamType(original ?? live), operatorVersion);
  // The merged object is an existing resource: a Pulsar without chartVersion gets pulsar-v2.
  const after = viewOf(
    applyOperatorDefaults(merged, { existing: true, operatorVersion }),
    namesMsgStreamType(newObj),
    operatorVersion,
  );
  const fresh = viewOf(
    applyOperatorDefaults(newObj, { existing: false, operatorVersion }),
    namesMsgStreamType(newObj),
    operatorVersion,
  );
  return { before, after, fresh };
}

export function compareResources(
  oldObj: Json,
  newObj: Json,
  operatorVersion?: string,
): { context: ChangeContext; plan: SwitchPlan | null; merged: Json } {
  const { live, original, merged } = updateObjects(oldObj, newObj, operatorVersion);
  const context = changeContext(live, original, merged, newObj, operatorVersion);
  return { context, plan: switchPlan(context.before, context.after, original ?? oldObj, newObj), merged };
}

/** The Milvus resources of NEW each with the one of OLD it changes, as diffManifests pairs them. */
export function matchedObjects(oldText: string, newText: string): { old: Json; new: Json }[] {
  const olds = readResources(oldText).resources;
  return pairUp(olds, readResources(newText).resources).flatMap(([n, o]) =>
    o ? [{ old: o.obj, new: n.obj }] : [],
  );
}

/** One pair's consequences: every change rule that applies, reported in place. */
function addPair(
  result: DiffResult,
  report: ReturnType<typeof createReporter>,
  place: { name: string; documentIndex: number; item: unknown },
  context: ChangeContext,
  plan: SwitchPlan | null,
  merged: Json,
  operatorVersion?: string,
): void {
  const { name, documentIndex, item } = place;
  result.pairs.push({
    name,
    ...context,
    plan,
    // The merged object keeps the live one's status: the operator's view of an existing resource.
    applied: resolve(merged, operatorOptions(operatorVersion)),
    documentIndex,
    ...(typeof item === 'number' ? { item } : {}),
  });
  for (const rule of CHANGE_RULES) {
    if (!rule.applies(context)) continue;
    const fix = rule.fix?.(context) ?? null;
    result.new.push(
      report({
        severity: rule.severity(context),
        code: rule.code,
        message: rule.message(context),
        path: rule.path(context),
        ...(fix ? { fix } : {}),
      }),
    );
  }
}

/**
 * `diff --patch OLD PATCH`: what `kubectl patch --type merge -p PATCH` does to the Milvus OLD
 * describes. The API server applies the merge patch to the stored object (mergePatch.ts): fields the
 * patch does not name keep their stored value, so a patch without components.image keeps the
 * running image. Findings are placed in PATCH where it names the field, else at its top.
 */
export function diffPatch(oldText: string, patchText: string, operatorVersion?: string): DiffResult {
  const old = readResources(oldText);
  const stream = parseStream(patchText);
  const result: DiffResult = { old: old.problems, new: [...stream.diagnostics], pairs: [] };
  const parsed = stream.documents.find((d) => !d.hasErrors && !d.aliasBomb);
  if (old.resources.length === 0 || !parsed) return result;
  const patch: unknown = parsed.doc.toJS({ maxAliasCount: -1 });
  const report = createReporter(parsed.doc, parsed.index, new Resolver(parsed.doc), stream.lineCounter, []);
  const problem = (message: string) =>
    result.new.push(report({ severity: 'error', code: 'diff-bad-patch', message, path: [] }));
  if (!isObject(patch)) {
    problem(
      'A merge patch is a map (a JSON object, as `kubectl patch --type merge -p` takes): nothing to apply.',
    );
    return result;
  }
  const named = nameOf(patch);
  const target =
    old.resources.length === 1
      ? old.resources[0]
      : old.resources.find((o) => named !== '' && nameOf(o.obj) === named);
  if (!target) {
    problem('OLD holds several Milvus resources: name the one to patch in the patch (metadata.name).');
    return result;
  }
  const { live, original } = liveAndOriginal(target.obj, operatorVersion);
  const merged = applyMergePatch(live, patch) as Json;
  const context = changeContext(live, original, merged, merged, operatorVersion);
  const plan = switchPlan(context.before, context.after, original ?? target.obj, merged);
  addPair(
    result,
    report,
    { name: nameOf(target.obj), documentIndex: parsed.index, item: undefined },
    context,
    plan,
    merged,
    operatorVersion,
  );
  if (crosses(context, '3.0') === 'up')
    result.new.push(
      report({
        severity: 'warning',
        code: 'upgrade-by-patch',
        message: `This merge patch upgrades Milvus from ${context.before.versionLabel} to ${context.after.versionLabel}: ${UPGRADE_30_WHOLE}. Upgrade with kubectl apply -f of your complete manifest instead (milvus-mq diff OLD NEW checks it).`,
        path: ['spec', 'components', 'image'],
      }),
    );
  sortDiagnostics(result.new);
  return result;
}

export function diffManifests(oldText: string, newText: string, operatorVersion?: string): DiffResult {
  const old = readResources(oldText);
  const fresh = readResources(newText);
  const result: DiffResult = { old: old.problems, new: fresh.problems, pairs: [] };
  if (old.resources.length === 0) return result;

  for (const [n, o] of pairUp(old.resources, fresh.resources)) {
    const report = createReporter(n.doc, n.documentIndex, n.resolver, fresh.lineCounter, n.base);
    if (!o) {
      result.new.push(
        report({
          severity: 'info',
          code: 'diff-no-match',
          message: `${nameOf(n.obj) || 'This resource'} is not in OLD: applying it creates a new Milvus, and nothing running changes.`,
          path: ['metadata', 'name'],
        }),
      );
      continue;
    }
    const { context, plan, merged } = compareResources(o.obj, n.obj, operatorVersion);
    addPair(
      result,
      report,
      { name: nameOf(n.obj), documentIndex: n.documentIndex, item: n.base[1] },
      context,
      plan,
      merged,
      operatorVersion,
    );
  }
  sortDiagnostics(result.new);
  return result;
}
