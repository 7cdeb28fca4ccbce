/**
 * Milvus versions the product knows, and how a manifest pins one.
 *
 * Only `spec.components.image` (v1alpha1 `Milvus`: `spec.image`) decides what runs; the
 * `version` field is a label the operator reads for its own version checks.
 */

export const MILVUS_MINOR_VERSIONS = ['2.3', '2.4', '2.5', '2.6', '3.0'] as const;
export type MilvusMinor = (typeof MILVUS_MINOR_VERSIONS)[number];

/**
 * The newest patch release of each minor, with where and when it was read: the one home of this
 * fact (the wizard offers these images, `generate` writes them, the README names them; a test keeps
 * the README in step). Milvus publishes each release's image `milvusdb/milvus:vX.Y.Z`, which is what
 * the operator deploys, while the Helm chart's history trails behind (2.3.13, 2.4.17, 2.5.16 and
 * 2.6.15 in chart 5.0.19).
 */
export const LATEST_PATCH_FACTS: Record<MilvusMinor, { version: string; released: string; source: string }> =
  {
    '2.3': {
      version: '2.3.20',
      released: 'date not recorded',
      source: 'GitHub releases of milvus-io/milvus',
    },
    '2.4': { version: '2.4.24', released: 'Nov 2025', source: 'GitHub releases of milvus-io/milvus' },
    '2.5': { version: '2.5.26', released: 'Jan 2026', source: 'GitHub releases of milvus-io/milvus' },
    '2.6': {
      version: '2.6.22',
      released: 'date not recorded; 2.6.22 or later',
      source: 'Milvus release notes (milvus-io/web-content v2.6.x release_notes.md)',
    },
    '3.0': {
      version: '3.0.1',
      released: '9 Sep 2026',
      source: 'GitHub releases of milvus-io/milvus; the Woodpecker service docs recommend 3.0.1 or later',
    },
  };

/** Latest patch of each minor (LATEST_PATCH_FACTS), as the wizard and the generator read it. */
export const LATEST_PATCH: Record<MilvusMinor, string> = Object.fromEntries(
  Object.entries(LATEST_PATCH_FACTS).map(([minor, fact]) => [minor, fact.version]),
) as Record<MilvusMinor, string>;

/** "2.3.20, 2.4.24, 2.5.26, 2.6.22 and 3.0.1": the README's support-matrix text names these. */
export function latestPatchesText(): string {
  const all = Object.values(LATEST_PATCH);
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/** The minor the wizard starts on: the line milvus-operator v1.3.8 itself deploys (its default image). */
export const DEFAULT_MINOR: MilvusMinor = '2.6';

export const MILVUS_IMAGE_REPOSITORY = 'milvusdb/milvus';

/**
 * The milvus-operator release every verdict assumes: its newest tag (v1.3.9 and v1.3.10 are merged
 * on its main without a published tag). Verdicts and "What will run" say so.
 */
export const ASSUMED_OPERATOR = 'v1.3.8';

/**
 * What milvus-operator v1.3.8 deploys when a manifest names no image (pkg/config/config.go
 * `DefaultMilvusVersion`, `DefaultMilvusImage`).
 */
export const OPERATOR_DEFAULT_VERSION: MilvusVersion = { major: 2, minor: 6, patch: 11 };
/** "2.6.11", as messages name it: "the operator runs its default image (Milvus 2.6.11)". */
export const OPERATOR_DEFAULT_MILVUS = formatVersion(OPERATOR_DEFAULT_VERSION);
export const OPERATOR_DEFAULT_IMAGE = `${MILVUS_IMAGE_REPOSITORY}:v${OPERATOR_DEFAULT_MILVUS}`;

/**
 * The minor where Milvus's streaming architecture arrives: the streaming node, Woodpecker (the
 * standalone default) and the end of NATS. milvus-operator v1.3.8 draws the same line
 * (apis/milvus.io/v1beta1/milvus_types.go `IsVersionGreaterThan2_6`: semver greater than 2.5.999).
 */
export const STREAMING_SINCE: MilvusMinor = '2.6';

/**
 * The first Milvus that can switch its message storage (the WAL) while keeping its data: Milvus
 * docs "Switch Message Queue" (switch-mq-type.md) put it in 3.0 and later. Before 3.0 there is no
 * switch at all; in 2.6 `mq.type` is fixed once chosen (milvus-io/milvus#50217).
 */
export const WAL_SWITCH_SINCE: MilvusVersion = { major: 3, minor: 0, patch: 0 };

export interface MilvusVersion {
  major: number;
  minor: number;
  patch: number;
}

export function defaultImageFor(minor: MilvusMinor): string {
  return `${MILVUS_IMAGE_REPOSITORY}:v${LATEST_PATCH[minor]}`;
}

const SEMVER = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?(?:[-+][0-9A-Za-z.+-]*)?$/;

/** Parses `2.5`, `v2.5.16`, `2.6.0-rc1`; null for anything else. */
export function parseVersion(text: string): MilvusVersion | null {
  const m = SEMVER.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? 0 : Number(m[3]) };
}

/**
 * The version an image reference pins, from its tag: `milvusdb/milvus:v2.6.11` -> 2.6.11.
 * A digest-only reference, `latest`, or a tag that is not a version gives null.
 */
export function versionFromImage(image: string): MilvusVersion | null {
  const withoutDigest = image.split('@')[0] ?? '';
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  if (colon <= lastSlash) return null;
  return parseVersion(withoutDigest.slice(colon + 1));
}

export function minorOf(v: MilvusVersion): MilvusMinor | null {
  const key = `${v.major}.${v.minor}`;
  return (MILVUS_MINOR_VERSIONS as readonly string[]).includes(key) ? (key as MilvusMinor) : null;
}

export function compareVersions(a: MilvusVersion, b: MilvusVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export function formatVersion(v: MilvusVersion): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

/** Compares by minor only, so that callers can speak of "2.6 and later". */
export function atLeastMinor(v: MilvusVersion, minor: MilvusMinor): boolean {
  const [maj, min] = minor.split('.').map(Number) as [number, number];
  return v.major > maj || (v.major === maj && v.minor >= min);
}
