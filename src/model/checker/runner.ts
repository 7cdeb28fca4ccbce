/**
 * One pass over a YAML stream: parse (bounded), classify each document, derive what the operator
 * would (mode, Milvus version, message storage), run every rule, sort.
 */
import type { Document } from 'yaml';
import type { Diagnostic, YamlPath } from '../diagnostics.ts';
import { SEVERITY_ORDER } from '../diagnostics.ts';
import type { MilvusResource } from '../manifest/schema.ts';
import type { DeploymentMode } from '../support.ts';
import {
  OPERATOR_DEFAULT_IMAGE,
  OPERATOR_DEFAULT_VERSION,
  parseVersion,
  versionFromImage,
} from '../versions.ts';
import {
  DEPENDENCIES,
  createReporter,
  type CheckContext,
  type CheckOptions,
  type MilvusVersionFacts,
} from './context.ts';
import { LIMITS } from '../yaml/limits.ts';
import { parseStream, positionOf } from '../yaml/parseStream.ts';
import { effectiveStorageRule, resolveStorage } from './rules/effectiveStorage.ts';
import { embeddedPersistenceRule } from './rules/embeddedPersistence.ts';
import { externalEndpointsRule } from './rules/externalEndpoints.ts';
import { kafkaSecurityRule } from './rules/kafkaSecurity.ts';
import { prunedFieldsRule } from './rules/prunedFields.ts';
import { classifyDocument, resourceKindRule } from './rules/resourceKind.ts';
import { schemaRule } from './rules/schema.ts';
import { storageVsModeAndVersionRule } from './rules/storageVsModeAndVersion.ts';
import type { Rule } from './rules/types.ts';
import { typosRule } from './rules/typos.ts';
import { locate, Resolver } from '../yaml/yamlNav.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** YAML documents in the input. */
  documents: number;
  /** Of those, the Milvus resources that were checked. */
  milvusResources: number;
  /** The input was refused, or diagnostics were cut at the limit. */
  truncated?: boolean;
}

export const RULES: readonly { name: string; rule: Rule }[] = [
  { name: 'resource-kind', rule: resourceKindRule },
  { name: 'schema', rule: schemaRule },
  { name: 'pruned-fields', rule: prunedFieldsRule },
  { name: 'typos', rule: typosRule },
  { name: 'storage-vs-mode-and-version', rule: storageVsModeAndVersionRule },
  { name: 'effective-storage', rule: effectiveStorageRule },
  { name: 'external-endpoints', rule: externalEndpointsRule },
  { name: 'kafka-security', rule: kafkaSecurityRule },
  { name: 'embedded-persistence', rule: embeddedPersistenceRule },
];

export function checkManifest(text: string, options: CheckOptions = {}): CheckResult {
  const source = typeof text === 'string' ? text : String(text);
  const stream = parseStream(source);
  const diagnostics: Diagnostic[] = [...stream.diagnostics];
  let milvusResources = 0;
  let unreadable = false;

  for (const parsed of stream.documents) {
    if (parsed.hasErrors || parsed.aliasBomb) {
      unreadable = true;
      continue;
    }
    const resolver = new Resolver(parsed.doc, parsed.aliasTargets);
    const report = createReporter(parsed.doc, parsed.index, resolver, stream.lineCounter);
    const classification = classifyDocument(parsed.doc, resolver, report);
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
    );
    for (const { name, rule } of RULES) {
      try {
        diagnostics.push(...rule(ctx));
      } catch (error) {
        // A bug in one rule must not hide what the others found.
        diagnostics.push(
          report({
            severity: 'error',
            code: 'internal-error',
            message: `The ${name} check failed on this document (${error instanceof Error ? error.message : String(error)}). Please report this.`,
            path: [],
          }),
        );
      }
    }
  }

  if (!stream.refused && milvusResources === 0 && !unreadable) {
    const position = positionOf(stream.lineCounter, 0);
    diagnostics.push({
      severity: 'error',
      code: 'no-milvus-resource',
      message:
        source.trim() === ''
          ? 'The input is empty: there is no Milvus resource to check.'
          : 'There is no Milvus resource here (apiVersion milvus.io/v1beta1, kind Milvus): nothing was checked.',
      path: '',
      documentIndex: 0,
      ...position,
    });
  }

  sortDiagnostics(diagnostics);
  const result: CheckResult = { diagnostics, documents: stream.documents.length, milvusResources };
  if (diagnostics.length > LIMITS.maxDiagnostics) {
    result.diagnostics = diagnostics.slice(0, LIMITS.maxDiagnostics);
    result.truncated = true;
  }
  if (stream.refused) result.truncated = true;
  return result;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): void {
  diagnostics.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}

function buildContext(
  doc: Document.Parsed,
  source: string,
  documentIndex: number,
  resolver: Resolver,
  resource: MilvusResource,
  options: CheckOptions,
  report: CheckContext['report'],
): CheckContext {
  const componentsPath: YamlPath =
    resource.apiVersion === 'milvus.io/v1alpha1' && resource.kind === 'Milvus'
      ? ['spec']
      : ['spec', 'components'];
  const node = (path: YamlPath) => locate(resolver, doc.contents, path).value;
  const value = (path: YamlPath) => resolver.scalar(node(path));
  const mode: DeploymentMode =
    resource.kind === 'MilvusCluster'
      ? 'cluster'
      : resource.apiVersion === 'milvus.io/v1beta1' && value(['spec', 'mode']) === 'cluster'
        ? 'cluster'
        : 'standalone';
  const milvus = versionFacts(value, componentsPath, options);
  const storage = resolveStorage(resolver, node(DEPENDENCIES), mode, milvus.version);
  return {
    doc,
    source,
    documentIndex,
    resolver,
    resource,
    componentsPath,
    mode,
    milvus,
    storage,
    options,
    node,
    value,
    map: (path) => resolver.map(node(path)),
    pair: (path) => {
      const found = locate(resolver, doc.contents, path);
      return found.depth === path.length && typeof path[path.length - 1] === 'string' ? found.pair : null;
    },
    report,
  };
}

/** The Milvus version as the operator reads it: the option, else version, else the image tag, else its default. */
function versionFacts(
  value: (path: YamlPath) => unknown,
  base: YamlPath,
  options: CheckOptions,
): MilvusVersionFacts {
  const where = base.join('.');
  const fromOption = options.milvusVersion ? parseVersion(options.milvusVersion) : null;
  if (fromOption)
    return { version: fromOption, source: 'option', origin: `as asked: ${options.milvusVersion}` };
  const rawVersion = value([...base, 'version']);
  const version =
    typeof rawVersion === 'string' || typeof rawVersion === 'number'
      ? parseVersion(String(rawVersion))
      : null;
  if (version) return { version, source: 'version', origin: `from ${where}.version` };
  const rawImage = value([...base, 'image']);
  const image = typeof rawImage === 'string' ? versionFromImage(rawImage.trim()) : null;
  if (image) return { version: image, source: 'image', origin: `from the image tag` };
  return {
    version: OPERATOR_DEFAULT_VERSION,
    source: 'default',
    origin: `the operator's default image ${OPERATOR_DEFAULT_IMAGE}`,
  };
}
