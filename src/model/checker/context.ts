/**
 * What every rule gets for one Milvus resource: the parsed document, the facts the operator would
 * derive from it (mode, Milvus version, effective message storage), and a way to report a
 * diagnostic at a path.
 */
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Diagnostic, Fix, Severity, YamlPath } from '../diagnostics.ts';
import { formatPath } from '../diagnostics.ts';
import type { MilvusResource } from '../manifest/schema.ts';
import type { JudgedVersion, ResolveOptions, ResolvedMilvus, StorageInEffect } from '../resolve/index.ts';
import type { DeploymentMode } from '../support.ts';
import type { MilvusVersion } from '../versions.ts';
import { positionOf } from '../yaml/parseStream.ts';
import { locate, rangeOf, type Resolver } from '../yaml/yamlNav.ts';

/**
 * The checker's options are the resolution stage's (--milvus-version and --webhook), and where a
 * long check reports how far it has got (the check page's progress bar).
 */
export interface CheckOptions extends ResolveOptions {
  /**
   * Called now and then with the share of the work done (0 to 1, never decreasing): reading the
   * YAML, composing its nodes, running the rules on each document. Not called for small inputs'
   * every step: the caller throttles further if it posts the figure somewhere.
   */
  onProgress?: (done: number) => void;
}

export type VersionSource = JudgedVersion['source'];

/** The version support verdicts are judged against (resolve's `judged`). */
export interface MilvusVersionFacts {
  /** Concrete, for the support table (a stand-in where no number is known): say `label` to a user. */
  version: MilvusVersion;
  source: VersionSource;
  /** Where the version came from, in words. */
  origin: string;
  /** "2.6.11", "2.6 or later", "below 2.6". */
  label: string;
}

export type EffectiveStorage = StorageInEffect;

export interface ReportInput {
  severity: Severity;
  code: string;
  message: string;
  path: YamlPath;
  /** Point at the key (default) or at the value. */
  part?: 'key' | 'value';
  /** Point somewhere other than `path` (for example at `external: true` for a missing endpoint). */
  anchor?: YamlPath;
  fix?: Fix;
}

export interface CheckContext {
  readonly doc: Document.Parsed;
  /** The whole input text (node ranges index into it). */
  readonly source: string;
  readonly documentIndex: number;
  readonly resolver: Resolver;
  readonly resource: MilvusResource;
  /** Where component settings live: spec.components, or spec itself in a v1alpha1 Milvus. */
  readonly componentsPath: YamlPath;
  readonly mode: DeploymentMode;
  readonly milvus: MilvusVersionFacts;
  readonly storage: EffectiveStorage;
  /** The operator's view of this resource: every rule reads versions, defaults and storage here. */
  readonly resolved: ResolvedMilvus;
  readonly options: CheckOptions;
  /** The node at a path (aliases followed), or null. */
  node(path: YamlPath): Node | null;
  map(path: YamlPath): YAMLMap | null;
  /** The scalar value at a path, or undefined. */
  value(path: YamlPath): unknown;
  pair(path: YamlPath): Pair | null;
  report(input: ReportInput): Diagnostic;
}

export const DEPENDENCIES: YamlPath = ['spec', 'dependencies'];
export const CONFIG: YamlPath = ['spec', 'config'];

/**
 * `base` is where the resource sits in its document: [] for a document of its own, or
 * ['items', i] for the i-th item of a `kind: List` (as `kubectl get milvus -A -o yaml` prints).
 * Rules speak of paths inside the resource; the reporter places them in the document, fixes included.
 */
export function createReporter(
  doc: Document.Parsed,
  documentIndex: number,
  resolver: Resolver,
  lineCounter: LineCounter,
  base: YamlPath = [],
) {
  return (unplaced: ReportInput): Diagnostic => {
    const input = base.length === 0 ? unplaced : placeReport(unplaced, base);
    const target = input.anchor ?? input.path;
    const found = locate(resolver, doc.contents, target);
    let range = null;
    if (found.depth === target.length) {
      const part = input.part ?? 'key';
      const keyNode =
        found.pair && target.length > 0 && typeof target[target.length - 1] === 'string'
          ? found.pair.key
          : null;
      range =
        part === 'value'
          ? (rangeOf(found.pair?.value) ?? rangeOf(found.value) ?? rangeOf(keyNode))
          : (rangeOf(keyNode) ?? rangeOf(found.value));
      // A null value has an empty range at the end of its key: point at the key instead.
      if (range && range[0] === range[1]) range = rangeOf(keyNode) ?? range;
      if (!range && found.depth > 0) range = rangeOf(found.deepest);
    } else {
      range = rangeOf(found.deepest);
    }
    range ??= rangeOf(doc.contents) ?? [0, 0];
    const diagnostic: Diagnostic = {
      severity: input.severity,
      code: input.code,
      message: input.message,
      path: formatPath(input.path),
      documentIndex,
      ...positionOf(lineCounter, range[0], range[1]),
    };
    const item = base[1];
    if (typeof item === 'number') diagnostic.item = item;
    if (input.fix) diagnostic.fix = input.fix;
    return diagnostic;
  };
}

function placeReport(input: ReportInput, base: YamlPath): ReportInput {
  const at = (path: YamlPath): YamlPath => [...base, ...path];
  const placed: ReportInput = { ...input, path: at(input.path) };
  if (input.anchor) placed.anchor = at(input.anchor);
  if (input.fix) {
    placed.fix = {
      ...input.fix,
      edits: input.fix.edits.map((edit) =>
        edit.op === 'move'
          ? { ...edit, from: at(edit.from), to: at(edit.to) }
          : edit.op === 'replace-text'
            ? edit // text offsets hold anywhere in the stream
            : { ...edit, path: at(edit.path) },
      ),
    };
  }
  return placed;
}
