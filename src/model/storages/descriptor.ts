/**
 * What a message storage is to the wizard, in one object: who it is (catalog.ts), its part of the
 * values schema, and its field table, which both the generator (write) and the importer (read) walk.
 *
 * A field entry says where a value lives in the wizard's values (`value`, inside the storage's own
 * block) and in the manifest (`manifest`), how it is written and read (`codec`), and when it is in
 * effect (`when`): only what is in effect is written, and only that is read back; the rest keeps
 * the schema's default. `when` may only look at fields listed before it, because the importer reads
 * in the table's order (a side switch such as `external` comes first).
 */
import type * as z from 'zod';
import type { ApiVersionChoice, DeploymentMode, MsgStreamType } from '../facts/operatorEnums.ts';
import type { StorageIdentity } from './catalog.ts';
import type { Codec } from './codecs.ts';

export type ManifestPath = (string | number)[];
/** A path in the wizard's values: the form field `kafka.brokerList.0` is ['kafka', 'brokerList', 0]. */
export type ValuePath = (string | number)[];

/** What decides where a field goes, apart from the storage's own values. */
export interface StorageContext {
  apiVersion: ApiVersionChoice;
  mode: DeploymentMode;
}

export interface FieldEntry<Own> {
  /** Path of the value inside the storage's own block (`['tls', 'tlsCert']` in `kafka`). */
  value: string[];
  /** Where it lives in the manifest; a function where the API version or mode moves it. */
  manifest: ManifestPath | ((ctx: StorageContext) => ManifestPath);
  codec: Codec;
  /** In effect only when this holds (a side, a switch); otherwise neither written nor read. */
  // A method, so a storage's table counts as a table of any storage (the walks pass `unknown`).
  when?(own: Own): boolean;
  /** A password: never in share links, drafts or the console. */
  secret?: true;
  /**
   * The value is a map whose keys are written one by one under `manifest`, except the keys other
   * entries own there (Helm values given as YAML beside the modelled ones).
   */
  spread?: { except: readonly string[] };
}

export interface StorageDescriptor<
  Id extends MsgStreamType = MsgStreamType,
  Schema extends z.ZodType = z.ZodType,
> extends StorageIdentity {
  id: Id;
  /** The storage's block of the wizard's values. */
  schema: Schema;
  fields: readonly FieldEntry<z.output<Schema>>[];
  /** The comment above `spec.dependencies.<id>` in a generated manifest. */
  blockComment(own: z.output<Schema>): string;
  /** The comment above `spec.config.<id>`, where Milvus's own settings of the storage go. */
  configComment?: string;
}

export function defineStorage<Id extends MsgStreamType, Schema extends z.ZodType>(
  descriptor: StorageDescriptor<Id, Schema>,
): StorageDescriptor<Id, Schema> {
  return descriptor;
}

export function manifestPathOf<Own>(entry: FieldEntry<Own>, ctx: StorageContext): ManifestPath {
  return typeof entry.manifest === 'function' ? entry.manifest(ctx) : entry.manifest;
}

/** One place in a manifest and what the wizard wants there. */
export interface Entry {
  path: ManifestPath;
  /** `undefined`: the wizard models this place and wants nothing there. */
  value: unknown;
  /** The form field (path in the wizard's values) this place comes from. */
  field: ValuePath;
}
