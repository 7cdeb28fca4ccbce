/**
 * What every rule gets for one Milvus resource: the parsed document, the facts the operator would
 * derive from it (mode, Milvus version, effective message storage), and a way to report a
 * diagnostic at a path.
 */
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Diagnostic, YamlPath } from '../../findings/diagnostics.ts';
import type { ReportInput } from '../../findings/reporter.ts';
import type { MilvusResource } from '../manifest/schema.ts';
import type { JudgedVersion, ResolveOptions, ResolvedMilvus, StorageInEffect } from '../resolve/index.ts';
import type { DeploymentMode } from '../../facts/support.ts';
import type { MilvusVersion } from '../../facts/versions.ts';
import type { Resolver } from '../../yaml/yamlNav.ts';

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
