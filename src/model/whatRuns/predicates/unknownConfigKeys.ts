/**
 * Keys Milvus never reads in the message-storage sections (mq, pulsar, kafka, rocksmq, natsmq,
 * woodpecker) of the config it gets, against the keys its paramtable reads for the version
 * (facts/milvusConfigKeys.ts), looked up as Milvus looks them up (milvusKeyForm). YAML-free, so both
 * front ends ask it: the operator's spec.config (checker/rules/unknownConfigKeys.ts) and the Helm
 * chart's extraConfigFiles.user.yaml (helm/rules/userYamlKeys.ts).
 */
import {
  MILVUS_CODE_ONLY_KEYS,
  MILVUS_CONFIG_KEYS,
  MILVUS_CONFIG_SECTIONS,
  MILVUS_DROPPED_KEYS,
  MILVUS_FREE_FORM_GROUPS,
  milvusKeyForm,
} from '../../facts/milvusConfigKeys.ts';
import type { MilvusMinor } from '../../facts/versions.ts';
import { closestName } from '../../findings/suggest.ts';

/** Known dotted keys of a version, and every prefix of them (the maps that hold them). */
interface KnownTree {
  leaves: ReadonlySet<string>;
  /** prefix -> the names directly under it. */
  children: ReadonlyMap<string, readonly string[]>;
  /** Milvus's lookup form (milvusKeyForm) of each leaf and prefix -> its dotted key as listed. */
  forms: ReadonlyMap<string, { dotted: string; leaf: boolean }>;
}

const trees = new Map<string, KnownTree | null>();

function knownTree(minor: MilvusMinor): KnownTree | null {
  if (trees.has(minor)) return trees.get(minor)!;
  const keys = MILVUS_CONFIG_KEYS[minor];
  if (!keys) {
    trees.set(minor, null);
    return null;
  }
  const all = [...keys, ...(MILVUS_CODE_ONLY_KEYS[minor] ?? [])];
  const children = new Map<string, Set<string>>();
  for (const key of all) {
    const parts = key.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (!children.has(prefix)) children.set(prefix, new Set());
      children.get(prefix)!.add(parts[i]!);
    }
  }
  const forms = new Map<string, { dotted: string; leaf: boolean }>();
  for (const prefix of children.keys()) forms.set(milvusKeyForm(prefix), { dotted: prefix, leaf: false });
  for (const key of all) forms.set(milvusKeyForm(key), { dotted: key, leaf: true });
  const tree = {
    leaves: new Set(all),
    children: new Map([...children].map(([k, v]) => [k, [...v]])),
    forms,
  };
  trees.set(minor, tree);
  return tree;
}

/** One key (or a whole section) the version never reads. */
export interface UnknownConfigKey {
  /** Its path inside the config: ['kafka', 'saslUsernameSecret']. */
  path: string[];
  /** A whole section the version has none of (natsmq on 2.6). */
  section: boolean;
  /** Why the docs show it though this version does not read it. */
  dropped?: string;
  /** The known key it most likely means here: a short typo of it, else one it starts with. */
  nearest?: { name: string; typo: boolean };
  /** The keys Milvus reads at its level. */
  known: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The keys of `config` (Milvus's config as plain data: spec.config, or user.yaml) that `minor` never
 * reads. `leaveTo(path, key)`: a key another rule reports (the checker's likely-typo), skipped here.
 */
export function unknownConfigKeys(
  config: unknown,
  minor: MilvusMinor,
  leaveTo: (path: readonly string[], key: string) => boolean = () => false,
): UnknownConfigKey[] {
  const tree = knownTree(minor);
  if (!tree || !isRecord(config)) return [];
  const out: UnknownConfigKey[] = [];
  for (const section of MILVUS_CONFIG_SECTIONS)
    walk(tree, minor, config[section], [section], section, leaveTo, out);
  return out;
}

function walk(
  tree: KnownTree,
  minor: MilvusMinor,
  map: unknown,
  path: string[],
  dotted: string,
  leaveTo: (path: readonly string[], key: string) => boolean,
  out: UnknownConfigKey[],
): void {
  if (!isRecord(map)) return;
  const known = tree.children.get(dotted);
  if (!known) {
    // A whole section this version does not read: reported once, at the section.
    if (path.length === 1 && Object.keys(map).length > 0) out.push({ path, section: true, known: [] });
    return;
  }
  for (const [key, value] of Object.entries(map)) {
    const childDotted = `${dotted}.${key}`;
    const childPath = [...path, key];
    if (tree.leaves.has(childDotted) || isFreeFormGroup(childDotted)) continue;
    // Milvus finds a key by its lookup form, so another spelling of a known key or map is read.
    const listed = tree.children.has(childDotted)
      ? { dotted: childDotted, leaf: false }
      : tree.forms.get(milvusKeyForm(childDotted));
    if (listed?.leaf) continue;
    if (listed) {
      walk(tree, minor, value, childPath, listed.dotted, leaveTo, out);
      continue;
    }
    if (leaveTo(path, key)) continue;
    const dropped = droppedNote(minor, childDotted);
    const nearestKey = dropped ? null : nearest(key, known);
    out.push({
      path: childPath,
      section: false,
      known,
      ...(dropped ? { dropped } : {}),
      ...(nearestKey ? { nearest: nearestKey } : {}),
    });
  }
}

/** Why a key the docs show is not read by this version: its own note, or that of a map holding it. */
function droppedNote(minor: MilvusMinor, dotted: string): string | undefined {
  const notes = MILVUS_DROPPED_KEYS[minor];
  if (!notes) return undefined;
  const parts = dotted.split('.');
  for (let i = parts.length; i > 0; i--) {
    const note = notes[parts.slice(0, i).join('.')];
    if (note) return note;
  }
  return undefined;
}

/** kafka.consumer.* and kafka.producer.*: Milvus's param groups match their prefix lowercased. */
function isFreeFormGroup(dotted: string): boolean {
  const lower = dotted.toLowerCase();
  return MILVUS_FREE_FORM_GROUPS.some((group) => group.toLowerCase() === lower);
}

/** The known key a name most likely means: a short typo of it, else the longest known key it starts with. */
function nearest(key: string, known: readonly string[]): { name: string; typo: boolean } | null {
  const typo = closestName(key, known);
  if (typo) return { name: typo, typo: true };
  const lower = key.toLowerCase();
  const prefixes = known.filter(
    (k) => lower.startsWith(k.toLowerCase()) || k.toLowerCase().startsWith(lower),
  );
  const name = prefixes.sort((a, b) => b.length - a.length)[0];
  return name ? { name, typo: false } : null;
}

/** What is lost when Milvus ignores a key of this section. */
function consequence(dotted: string): string {
  if (/^kafka\.(sasl|ssl)/i.test(dotted)) return 'so these credentials or TLS settings are never used';
  return 'so the setting has no effect';
}

/**
 * The finding in words. `where` names the key as the user wrote it (spec.config.kafka.x, or
 * "kafka.x in extraConfigFiles.user.yaml"); `secretHint` is the front end's way to a Secret.
 */
export function unknownConfigKeyMessage(
  f: UnknownConfigKey,
  minor: MilvusMinor,
  where: string,
  secretHint = '',
): string {
  const dotted = f.path.join('.');
  if (f.section)
    return `${where} is not a section Milvus ${minor} reads (its configs/milvus.yaml has none): Milvus ignores it, ${consequence(dotted)}.`;
  const key = f.path[f.path.length - 1]!;
  // A key naming a Secret (an operator PR's saslUsernameSecret, caCertSecret): Milvus reads values
  // and file paths here.
  const secret = /secret$/i.test(key) && dotted.startsWith('kafka.') ? secretHint : '';
  return `${where} is not a key Milvus ${minor} reads (its configs/milvus.yaml): Milvus ignores it, ${consequence(dotted)}. ${
    f.dropped
      ? `${f.dropped}.`
      : f.nearest
        ? `The nearest key Milvus reads here is ${f.nearest.name}.`
        : `Milvus reads here: ${f.known.join(', ')}.`
  }${secret}`;
}
