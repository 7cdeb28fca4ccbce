/**
 * How one value is written into a manifest and read back. `write` gives `undefined` for "nothing
 * written" (the operator's or Milvus's default applies); `read` gets `undefined` for a missing
 * key and must give back what `write` started from: `read(write(x)) = x` for every valid `x`
 * (codecs.test.ts checks it for every codec).
 *
 * Reading is lenient, as the operator and Milvus are: a value of the wrong type is noted through
 * `wrong` and read as not set, and the manifest keeps it.
 */

import { envReference, isEnvReference } from '../facts/secretsFromEnv.ts';

export interface Codec {
  write(value: unknown): unknown;
  read(raw: unknown, wrong: (expected: string) => void): unknown;
}

const absent = (raw: unknown): raw is undefined | null => raw === undefined || raw === null;
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A text field: empty is not written. Numbers and booleans in the manifest are read as their text. */
export const textCodec: Codec = {
  write: (value) => (typeof value === 'string' && value !== '' ? value : undefined),
  read(raw, wrong) {
    if (absent(raw)) return '';
    if (typeof raw === 'string') return raw;
    if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    wrong('a string');
    return '';
  },
};

/** An optional whole number; Milvus also reads `"4222"` as 4222. */
export const intCodec: Codec = {
  write: (value) => value,
  read(raw, wrong) {
    if (absent(raw)) return undefined;
    if (typeof raw === 'number' && Number.isSafeInteger(raw)) return raw;
    if (typeof raw === 'string' && /^\d+$/.test(raw.trim()) && Number.isSafeInteger(Number(raw)))
      return Number(raw);
    wrong('a whole number');
    return undefined;
  },
};

/** An optional yes/no; `"true"` and `"false"` are read as Milvus reads them. */
export const boolCodec: Codec = {
  write: (value) => value,
  read(raw, wrong) {
    if (absent(raw)) return undefined;
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    wrong('true or false');
    return undefined;
  },
};

/** A switch that is off unless written: only `true` is written, absence reads as off. */
export const flagCodec: Codec = {
  write: (value) => (value === true ? true : undefined),
  read: (raw, wrong) => boolCodec.read(raw, wrong) ?? false,
};

/** One of a fixed list of words; an empty string is not set. */
export function enumCodec(allowed: readonly string[]): Codec {
  return {
    write: (value) => value,
    read(raw, wrong) {
      if (absent(raw) || raw === '') return undefined;
      if (typeof raw === 'string' && allowed.includes(raw)) return raw;
      wrong(`one of ${allowed.join(', ')}`);
      return undefined;
    },
  };
}

/** A list of strings; an empty list is not written. */
export const stringListCodec: Codec = {
  write: (value) => (Array.isArray(value) && value.length > 0 ? value : undefined),
  read(raw, wrong) {
    if (absent(raw)) return [];
    if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) return raw;
    wrong('a list of strings');
    return [];
  },
};

/** A number or yes/no written as text: Helm charts that pass values on as environment strings. */
export function asTextCodec(inner: Codec): Codec {
  return {
    write: (value) => (value === undefined ? undefined : String(value)),
    read: inner.read,
  };
}

/**
 * A secret that the manifest holds only as an environment variable's reference (`${VAR}`), which the
 * apply command fills in (facts/secretsFromEnv.ts): the value typed is never written, and the
 * reference reads back as not typed. So `read(write(x))` is `''`, what drafts and links keep of it.
 */
export function envSecretCodec(envVar: string): Codec {
  return {
    write: () => envReference(envVar),
    read(raw, wrong) {
      if (isEnvReference(raw)) return '';
      return textCodec.read(raw, wrong);
    },
  };
}

export { isRecord };
