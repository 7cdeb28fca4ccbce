/**
 * Keys Milvus never reads in the message-storage sections of spec.config (mq, pulsar, kafka,
 * rocksmq, natsmq, woodpecker), against the keys Milvus reads for the version that runs
 * (milvusConfigKeys.ts, from its configs/milvus.yaml). The API server keeps spec.config as written
 * and the operator copies it into Milvus's config, where Milvus ignores what it does not read: for
 * example `kafka.saslUsernameSecret` (an unmerged operator PR's key), so the credentials are never
 * used. Keys a known key is a short typo of are the typo rule's (likely-typo), not reported twice.
 */
import { isMap } from 'yaml';
import type { Diagnostic, YamlPath } from '../../../findings/diagnostics.ts';
import { formatPath } from '../../../findings/diagnostics.ts';
import { knownKeys, schemaAt } from '../../manifest/introspect.ts';
import {
  MILVUS_CODE_ONLY_KEYS,
  MILVUS_CONFIG_KEYS,
  MILVUS_CONFIG_SECTIONS,
  MILVUS_DROPPED_KEYS,
  MILVUS_FREE_FORM_GROUPS,
  milvusKeyForm,
} from '../../../facts/milvusConfigKeys.ts';
import { clampMinor } from '../../../facts/support.ts';
import { keyText } from '../../../yaml/yamlNav.ts';
import { CONFIG, type CheckContext } from '../context.ts';
import { closestName } from '../../../findings/suggest.ts';
import type { Rule } from './types.ts';

/** Known dotted keys of a version, and every prefix of them (the maps that hold them). */
interface KnownTree {
  leaves: ReadonlySet<string>;
  /** prefix -> the names directly under it. */
  children: ReadonlyMap<string, readonly string[]>;
  /** Milvus's lookup form (milvusKeyForm) of each leaf and prefix -> its dotted key as listed. */
  forms: ReadonlyMap<string, { dotted: string; leaf: boolean }>;
}

const trees = new Map<string, KnownTree | null>();

function knownTree(minor: string): KnownTree | null {
  if (trees.has(minor)) return trees.get(minor)!;
  const keys = MILVUS_CONFIG_KEYS[minor as keyof typeof MILVUS_CONFIG_KEYS];
  if (!keys) {
    trees.set(minor, null);
    return null;
  }
  const all = [...keys, ...(MILVUS_CODE_ONLY_KEYS[minor as keyof typeof MILVUS_CODE_ONLY_KEYS] ?? [])];
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

/** What is lost when Milvus ignores a key of this section. */
function consequence(dotted: string): string {
  if (/^kafka\.(sasl|ssl)/i.test(dotted)) return 'so these credentials or TLS settings are never used';
  return 'so the setting has no effect';
}

export const unknownConfigKeysRule: Rule = (ctx) => {
  // A version whose tag names none: nobody can tell which keys it reads.
  if (ctx.milvus.source === 'believed') return [];
  const minor = clampMinor(ctx.milvus.version);
  const tree = knownTree(minor);
  if (!tree) return [];
  const out: Diagnostic[] = [];
  for (const section of MILVUS_CONFIG_SECTIONS) walk(ctx, tree, minor, [...CONFIG, section], section, out);
  return out;
};

function walk(
  ctx: CheckContext,
  tree: KnownTree,
  minor: string,
  path: YamlPath,
  dotted: string,
  out: Diagnostic[],
): void {
  const map = ctx.map(path);
  if (!map || !isMap(map)) return;
  const known = tree.children.get(dotted);
  if (!known) {
    // A whole section this version does not read (natsmq on 2.6): reported once, at the section.
    if (path.length === 3 && ctx.resolver.entries(map).length > 0) {
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'unknown-config-key',
          message: `spec.config.${dotted} is not a section Milvus ${minor} reads (its configs/milvus.yaml has none): Milvus ignores it, ${consequence(dotted)}.`,
          path,
        }),
      );
    }
    return;
  }
  const level = schemaAt(ctx.resource.schema, path);
  const schemaKeys = level ? knownKeys(level) : [];
  for (const pair of ctx.resolver.entries(map)) {
    const key = keyText(pair);
    if (key === null) continue;
    const childDotted = `${dotted}.${key}`;
    const childPath = [...path, key];
    if (tree.leaves.has(childDotted) || isFreeFormGroup(childDotted)) continue;
    // Milvus finds a key by its lookup form, so another spelling of a known key or map is read.
    const listed = tree.children.has(childDotted)
      ? { dotted: childDotted, leaf: false }
      : tree.forms.get(milvusKeyForm(childDotted));
    if (listed?.leaf) continue;
    if (listed) {
      walk(ctx, tree, minor, childPath, listed.dotted, out);
      continue;
    }
    // The typo rule reports a short typo of a key the schema describes.
    if (!schemaKeys.includes(key) && closestName(key, schemaKeys)) continue;
    out.push(unknownKey(ctx, childPath, key, known, minor));
  }
}

/** Why a key the docs show is not read by this version: its own note, or that of a map holding it. */
function droppedNote(minor: string, dotted: string): string | undefined {
  const notes = MILVUS_DROPPED_KEYS[minor as keyof typeof MILVUS_DROPPED_KEYS];
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

function unknownKey(
  ctx: CheckContext,
  path: YamlPath,
  key: string,
  known: readonly string[],
  minor: string,
): Diagnostic {
  const where = formatPath(path);
  const dotted = formatPath(path.slice(2));
  const dropped = droppedNote(minor, dotted);
  const meant = dropped ? null : nearest(key, known);
  const target = meant ? [...path.slice(0, -1), meant.name] : null;
  // A key naming a Secret (an operator PR's saslUsernameSecret, caCertSecret): Milvus reads values
  // and file paths here; v1.3.8 takes Kafka credentials from a Secret only through secretRef.
  const secret =
    /secret$/i.test(key) && dotted.startsWith('kafka.')
      ? ' To take the credentials from a Secret, name it in spec.dependencies.kafka.secretRef (keys username and password).'
      : '';
  return ctx.report({
    severity: 'warning',
    code: 'unknown-config-key',
    message: `${where} is not a key Milvus ${minor} reads (its configs/milvus.yaml): Milvus ignores it, ${consequence(dotted)}. ${
      dropped
        ? `${dropped}.`
        : meant
          ? `The nearest key Milvus reads here is ${meant.name}.`
          : `Milvus reads here: ${known.join(', ')}.`
    }${secret}`,
    path,
    // Only a typo is renamed: a near name of another meaning (a Secret's name for the value) is not.
    fix:
      meant?.typo && target && ctx.pair(target) === null
        ? { title: `Rename to ${meant.name}`, safe: false, edits: [{ op: 'move', from: path, to: target }] }
        : undefined,
  });
}
