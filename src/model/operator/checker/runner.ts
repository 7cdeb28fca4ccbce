/**
 * One pass over a YAML stream: parse (bounded), classify each document, derive what the operator
 * would (mode, Milvus version, message storage), run every rule, sort.
 */
import { BAD_INPUT, isBlankYaml } from '../../yaml/decode.ts';
import type { Document } from 'yaml';
import type { Diagnostic, YamlPath } from '../../findings/diagnostics.ts';
import { sortDiagnostics } from '../../findings/diagnostics.ts';
import type { MilvusResource } from '../manifest/schema.ts';
import { resolve, type JudgedVersion, type ResolvedMilvus, type ResourceForm } from '../resolve/index.ts';
import { type CheckContext, type CheckOptions, type MilvusVersionFacts } from './context.ts';
import { createReporter } from '../../findings/reporter.ts';
import { LIMITS } from '../../yaml/limits.ts';
import { toPlain } from '../../yaml/toPlain.ts';
import { parseStream, positionOf } from '../../yaml/parseStream.ts';
import { parseStreamShared } from '../../yaml/sharedParse.ts';
import { effectiveStorageRule } from './rules/effectiveStorage.ts';
import { embeddedPersistenceRule } from './rules/embeddedPersistence.ts';
import { externalEndpointsRule } from './rules/externalEndpoints.ts';
import { kafkaSecurityRule } from './rules/kafkaSecurity.ts';
import { liveStatusRule } from './rules/liveStatus.ts';
import { operatorRewritesRule } from './rules/operatorRewrites.ts';
import { prunedFieldsRule } from './rules/prunedFields.ts';
import { pulsarAuthRule } from './rules/pulsarAuth.ts';
import { classifyDocument, resourceKindRule } from './rules/resourceKind.ts';
import { schemaRule } from './rules/schema.ts';
import { storageVsModeAndVersionRule } from './rules/storageVsModeAndVersion.ts';
import type { Rule } from './rules/types.ts';
import { typosRule } from './rules/typos.ts';
import { woodpeckerRule } from './rules/woodpecker.ts';
import { woodpeckerClusterRule } from './rules/woodpeckerCluster.ts';
import { unknownConfigKeysRule } from './rules/unknownConfigKeys.ts';
import { locate, Resolver } from '../../yaml/yamlNav.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** YAML documents in the input. */
  documents: number;
  /** Of those, the Milvus resources that were checked. */
  milvusResources: number;
  /** The input was refused, or diagnostics were cut at the limit. */
  truncated?: boolean;
  /** The operator's view of each Milvus resource, for "What will run". */
  resolved: ResolvedResource[];
}

export interface ResolvedResource {
  documentIndex: number;
  /** Its place among the items of a `kind: List` (`kubectl get milvus -A -o yaml`); absent otherwise. */
  item?: number;
  view: ResolvedMilvus;
  /** Fields the API server drops (pruned or misplaced), for the view's "pruned" list. */
  pruned: string[];
}

/**
 * Where a resource sits, for a reader: "document 2", "item 3", "document 2, item 3"; '' for the one
 * resource of a single document. `documents`: the input shows more than one document.
 */
export function resourcePlace(
  r: Pick<ResolvedResource, 'documentIndex' | 'item'>,
  documents: boolean,
): string {
  return [
    documents ? `document ${r.documentIndex + 1}` : '',
    r.item !== undefined ? `item ${r.item + 1}` : '',
  ]
    .filter((x) => x !== '')
    .join(', ');
}

const PRUNED_CODES = new Set(['pruned-field', 'misplaced-field']);

export const RULES: readonly { name: string; rule: Rule }[] = [
  { name: 'resource-kind', rule: resourceKindRule },
  { name: 'schema', rule: schemaRule },
  { name: 'pruned-fields', rule: prunedFieldsRule },
  { name: 'typos', rule: typosRule },
  { name: 'storage-vs-mode-and-version', rule: storageVsModeAndVersionRule },
  { name: 'effective-storage', rule: effectiveStorageRule },
  { name: 'external-endpoints', rule: externalEndpointsRule },
  { name: 'kafka-security', rule: kafkaSecurityRule },
  { name: 'pulsar-auth', rule: pulsarAuthRule },
  { name: 'embedded-persistence', rule: embeddedPersistenceRule },
  { name: 'operator-rewrites', rule: operatorRewritesRule },
  { name: 'woodpecker', rule: woodpeckerRule },
  { name: 'woodpecker-cluster', rule: woodpeckerClusterRule },
  { name: 'unknown-config-keys', rule: unknownConfigKeysRule },
  { name: 'live-status', rule: liveStatusRule },
];

/** Share of a check's time that parsing takes (the rest is the rules), for progress reports. */
const PARSE_SHARE = 0.65;

export function checkManifest(text: string, options: CheckOptions = {}): CheckResult {
  const source = typeof text === 'string' ? text : String(text);
  const { onProgress } = options;
  // Within sharingParses (the language server) the parse is shared with the Helm front end, which
  // reads the same text next when it holds no Milvus resource.
  const stream = onProgress
    ? parseStream(source, { onProgress: (done) => onProgress(done * PARSE_SHARE) })
    : parseStreamShared(source);
  onProgress?.(PARSE_SHARE);
  // Copies: the stream may be shared, and a caller may change what it receives.
  const diagnostics: Diagnostic[] = stream.diagnostics.map((d) => ({ ...d }));
  let milvusResources = 0;
  let unreadable = false;
  const resolved: ResolvedResource[] = [];
  const documentShare = (1 - PARSE_SHARE) / Math.max(stream.documents.length, 1);

  for (const parsed of stream.documents) {
    // Every document of a short stream, every 64th of a long one (each call costs a little).
    const documentAt = PARSE_SHARE + parsed.index * documentShare;
    if (onProgress && (stream.documents.length < 64 || (parsed.index & 63) === 0)) onProgress(documentAt);
    if (parsed.hasErrors || parsed.aliasBomb) {
      unreadable = true;
      continue;
    }
    const resolver = new Resolver(parsed.doc, parsed.aliasTargets);
    const units = resourcesOf(parsed.doc, resolver);
    const unitShare = documentShare / units.length;
    for (const [unitIndex, unit] of units.entries()) {
      const report = createReporter(parsed.doc, parsed.index, resolver, stream.lineCounter, unit.base);
      const classification = classifyDocument(parsed.doc, resolver, report, unit.node);
      if (classification.kind === 'empty') continue;
      diagnostics.push(...classification.diagnostics);
      if (classification.kind !== 'milvus') continue;
      milvusResources++;
      const ctx = buildContext(
        parsed.doc,
        source,
        parsed.index,
        resolver,
        classification.resource,
        options,
        report,
        unit,
      );
      const unitAt = documentAt + unitIndex * unitShare;
      const ruleDone =
        onProgress && stream.documents.length < 64
          ? (rules: number) => onProgress(unitAt + (unitShare * rules) / RULES.length)
          : undefined;
      const found = runRules(ctx, report, ruleDone);
      diagnostics.push(...found);
      const pruned = found.filter((d) => PRUNED_CODES.has(d.code)).map((d) => d.path);
      const item = unit.base[1];
      resolved.push({
        documentIndex: parsed.index,
        ...(typeof item === 'number' ? { item } : {}),
        view: ctx.resolved,
        pruned,
      });
    }
  }

  if (!stream.refused && milvusResources === 0 && !unreadable) {
    const position = positionOf(stream.lineCounter, 0);
    const blank = isBlankYaml(source);
    diagnostics.push({
      severity: 'error',
      ...(blank
        ? { code: 'empty-input', message: BAD_INPUT.empty }
        : {
            code: 'no-milvus-resource',
            message:
              'There is no Milvus resource here (apiVersion milvus.io/v1beta1, kind Milvus): nothing was checked.',
          }),
      path: '',
      documentIndex: 0,
      ...position,
    });
  }

  sortDiagnostics(diagnostics);
  const result: CheckResult = { diagnostics, documents: stream.documents.length, milvusResources, resolved };
  if (diagnostics.length > LIMITS.maxDiagnostics) {
    result.diagnostics = diagnostics.slice(0, LIMITS.maxDiagnostics);
    result.truncated = true;
  }
  if (stream.refused) result.truncated = true;
  return result;
}

function runRules(
  ctx: CheckContext,
  report: CheckContext['report'],
  ruleDone?: (rules: number) => void,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [index, { name, rule }] of RULES.entries()) {
    if (index > 0) ruleDone?.(index);
    try {
      out.push(...rule(ctx));
    } catch (error) {
      // A bug in one rule must not hide what the others found.
      out.push(
        report({
          severity: 'error',
          code: 'internal-error',
          message: `The ${name} check failed on this document (${error instanceof Error ? error.message : String(error)}). Please report this.`,
          path: [],
        }),
      );
    }
  }
  return out;
}

interface ResourceUnit {
  /** Where the resource sits in its document: [] or ['items', i]. */
  base: YamlPath;
  node: unknown;
}

/**
 * The resources in one document: the document itself, or each item of a `kind: List` (what
 * `kubectl get milvus -A -o yaml` prints), each with its place in the document.
 */
function resourcesOf(doc: Document.Parsed, resolver: Resolver): ResourceUnit[] {
  const root = resolver.map(doc.contents);
  const kind = root ? resolver.scalar(resolver.pairOf(root, 'kind')?.value) : undefined;
  const items = root ? resolver.seq(resolver.pairOf(root, 'items')?.value) : null;
  if (kind !== 'List' || !items) return [{ base: [], node: doc.contents }];
  return items.items.map((node, index) => ({ base: ['items', index], node }));
}

function buildContext(
  doc: Document.Parsed,
  source: string,
  documentIndex: number,
  resolver: Resolver,
  resource: MilvusResource,
  options: CheckOptions,
  report: CheckContext['report'],
  unit: ResourceUnit,
): CheckContext {
  const { base } = unit;
  const node = (path: YamlPath) => locate(resolver, doc.contents, [...base, ...path]).value;
  const value = (path: YamlPath) => resolver.scalar(node(path));
  // Alias bombs and unresolvable aliases were refused by parseStream, so every alias may expand
  // here; toPlain follows aliases through the alias map (yaml's toJS searches for each one).
  const plain: unknown = toPlain(
    resolver,
    base.length === 0 ? doc.contents : unit.node,
    Number.MAX_SAFE_INTEGER,
  );
  const resolved = resolve(plain, options, formOfResource(resource));
  return {
    doc,
    source,
    documentIndex,
    resolver,
    resource,
    componentsPath: resolved.componentsPath,
    mode: resolved.mode,
    milvus: versionFacts(resolved.judged),
    storage: resolved.storage,
    resolved,
    options,
    node,
    value,
    map: (path) => resolver.map(node(path)),
    pair: (path) => {
      const found = locate(resolver, doc.contents, [...base, ...path]);
      return found.depth === base.length + path.length && typeof path[path.length - 1] === 'string'
        ? found.pair
        : null;
    },
    report,
  };
}

function formOfResource(resource: MilvusResource): ResourceForm {
  if (resource.kind === 'MilvusCluster') return 'milviscluster-v1alpha1';
  return resource.apiVersion === 'milvus.io/v1alpha1' ? 'milvus-v1alpha1' : 'milvus-v1beta1';
}

/** The version support is judged against, as the rules read it. */
function versionFacts(judged: JudgedVersion): MilvusVersionFacts {
  return { version: judged.version, source: judged.source, origin: judged.origin, label: judged.label };
}
