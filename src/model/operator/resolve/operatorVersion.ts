/**
 * The two Milvus versions of a resource.
 *
 * The version the operator believes decides its defaults (msgStreamType, the streaming node). It
 * follows apis/milvus.io/v1beta1/milvus_types.go `isImageVersionGreaterThan2_6`: the global
 * `spec.components.version` when set (semver.ParseTolerant; an unparsable one counts as below
 * 2.6), else the text after the last ':' of `spec.components.image`; a `master-*` tag counts as 2.6
 * or later; no tag, a digest or an unparsable tag counts as below 2.6. With no image at all,
 * `DefaultComponents` (milvus_webhook.go) first sets the default image (pkg/config/config.go).
 *
 * The version a pod runs comes from its image: the component's own `image`, else the global one,
 * else the default image.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import type { DeploymentMode } from '../../facts/support.ts';
import {
  OPERATOR_DEFAULT_IMAGE,
  STREAMING_SINCE,
  formatVersion,
  parseVersion,
  versionFromImage,
  type MilvusVersion,
} from '../../facts/versions.ts';
import type { BelievedVersion, JudgedVersion, RunningVersion } from './types.ts';

/**
 * blang/semver v4 `ParseTolerant`, which the operator uses: trims spaces and a leading `v`, strips
 * leading zeros, fills a missing minor or patch with 0, then parses strictly.
 */
export function parseTolerant(text: string): MilvusVersion | null {
  let s = text.trim();
  if (s.startsWith('v')) s = s.slice(1);
  const parts = splitN(s, '.', 3).map((p) => {
    if (p.length <= 1) return p;
    const trimmed = p.replace(/^0+/, '');
    return trimmed === '' || !/^[0-9]/.test(trimmed) ? `0${trimmed}` : trimmed;
  });
  if (parts.length < 3) {
    if (/[+-]/.test(parts[parts.length - 1] ?? '')) return null;
    while (parts.length < 3) parts.push('0');
  }
  const m =
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/.exec(
      parts.join('.'),
    );
  if (!m) return null;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  return { major, minor, patch };
}

function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i === -1) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

/** semver's GT 2.5.999: the operator's "2.6 or later". */
export function isAfter25(v: MilvusVersion): boolean {
  return v.major > 2 || (v.major === 2 && (v.minor > 5 || (v.minor === 5 && v.patch > 999)));
}

/** The text after the last ':' of an image reference, as the operator splits it (null: none). */
export function operatorImageTag(image: string): string | null {
  const parts = image.split(':');
  return parts.length < 2 ? null : (parts[parts.length - 1] ?? null);
}

interface VersionInputs {
  /** spec.components.version (v1beta1 shape), as written. */
  version: unknown;
  versionPath: YamlPath;
  /** spec.components.image (v1beta1 shape), as written. */
  image: unknown;
  imagePath: YamlPath;
  /** --milvus-version. */
  option?: string;
  /** The image the assumed operator release deploys when none is named (operatorReleases.ts). */
  defaultImage?: string;
}

export function believedVersion(input: VersionInputs): BelievedVersion {
  if (input.option) {
    const v = parseVersion(input.option);
    if (v)
      return {
        version: v,
        atLeast26: isAfter25(v),
        source: 'option',
        path: null,
        raw: input.option,
        origin: `as asked (${input.option})`,
      };
  }
  const label = scalarText(input.version);
  const where = (path: YamlPath) => path.join('.');
  if (label !== '') {
    const v = parseTolerant(label);
    return {
      version: v,
      atLeast26: v !== null && isAfter25(v),
      source: 'version',
      path: input.versionPath,
      raw: label,
      origin: `${where(input.versionPath)} (${label})${v ? '' : `, which semver cannot read, so the operator counts it as below ${STREAMING_SINCE}`}`,
    };
  }
  const image = scalarText(input.image);
  if (image === '') {
    const defaultImage = input.defaultImage ?? OPERATOR_DEFAULT_IMAGE;
    const v = versionFromImage(defaultImage);
    return {
      version: v,
      atLeast26: v !== null && isAfter25(v),
      source: 'default',
      path: null,
      raw: defaultImage,
      origin: `the operator's default image ${defaultImage}, since ${where(input.imagePath)} is not set`,
    };
  }
  const tag = operatorImageTag(image);
  if (tag !== null && tag.startsWith('master-')) {
    return {
      version: null,
      atLeast26: true,
      source: 'image',
      path: input.imagePath,
      raw: image,
      origin: `the tag of ${where(input.imagePath)} (${image}): a master-* tag counts as ${STREAMING_SINCE} or later`,
    };
  }
  const v = tag === null ? null : parseTolerant(tag);
  const why =
    tag === null
      ? `it has no tag, so the operator counts it as below ${STREAMING_SINCE}`
      : `semver cannot read the tag "${tag}", so the operator counts it as below ${STREAMING_SINCE}`;
  return {
    version: v,
    atLeast26: v !== null && isAfter25(v),
    source: 'image',
    path: input.imagePath,
    raw: image,
    origin: `the tag of ${where(input.imagePath)} (${image})${v ? '' : `: ${why}`}`,
  };
}

/** "2.6.11", or "2.6 or later" / "below 2.6" where the operator read no number. */
export function describeBelieved(b: BelievedVersion): string {
  if (b.version) return formatVersion(b.version);
  return b.atLeast26 ? `${STREAMING_SINCE} or later` : `below ${STREAMING_SINCE}`;
}

/** The components whose pods run Milvus in each mode (the operator's defaults, milvus_webhook.go DefaultComponents). */
export const CLUSTER_COMPONENTS = [
  'proxy',
  'mixCoord',
  'rootCoord',
  'dataCoord',
  'indexCoord',
  'queryCoord',
  'dataNode',
  'indexNode',
  'queryNode',
  'streamingNode',
] as const;

export function runningVersions(
  components: Record<string, unknown>,
  componentsPath: YamlPath,
  componentPath: (component: string) => YamlPath,
  mode: DeploymentMode,
  option?: string,
  defaultImage: string = OPERATOR_DEFAULT_IMAGE,
): RunningVersion[] {
  const optionVersion = option ? parseVersion(option) : null;
  if (optionVersion) {
    return [
      {
        component: 'every component',
        image: `(as asked: ${option})`,
        version: optionVersion,
        source: 'option',
        path: null,
      },
    ];
  }
  const globalImage = scalarText(components.image);
  const global: RunningVersion =
    globalImage === ''
      ? {
          component: '',
          image: defaultImage,
          version: versionFromImage(defaultImage),
          source: 'default',
          path: null,
        }
      : {
          component: '',
          image: globalImage,
          version: versionFromImage(globalImage),
          source: 'global',
          path: [...componentsPath, 'image'],
        };
  const names: readonly string[] = mode === 'standalone' ? ['standalone'] : CLUSTER_COMPONENTS;
  const own: RunningVersion[] = [];
  for (const name of names) {
    const spec = components[name];
    const image = isRecord(spec) ? scalarText(spec.image) : '';
    if (image === '' || image === global.image) continue;
    own.push({
      component: name,
      image,
      version: versionFromImage(image),
      source: 'component',
      path: [...componentPath(name), 'image'],
    });
  }
  if (mode === 'standalone') return own.length === 1 ? own : [{ ...global, component: 'standalone' }];
  return [...own, { ...global, component: own.length === 0 ? 'every component' : 'every other component' }];
}

export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return '';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What support is judged against: Milvus fails at start on a storage its own version lacks,
 * whatever the operator believes. The main pods' image decides (the standalone pod, or the image
 * most cluster components run); where its tag names no version, the operator's reading stands in.
 */
export function judgedVersion(believed: BelievedVersion, running: readonly RunningVersion[]): JudgedVersion {
  if (believed.source === 'option' && believed.version)
    return {
      version: believed.version,
      label: formatVersion(believed.version),
      source: 'option',
      origin: believed.origin,
    };
  const main = running.find((r) => r.component === 'standalone') ?? running[running.length - 1];
  if (main?.version) {
    const where =
      main.source === 'default'
        ? "the operator's default image"
        : main.path
          ? main.path.join('.')
          : 'the image';
    return {
      version: main.version,
      label: formatVersion(main.version),
      source: 'running',
      origin: `the image that runs: ${where} ${main.source === 'default' ? main.image : `(${main.image})`}`,
    };
  }
  const standIn: MilvusVersion = believed.atLeast26
    ? { major: 2, minor: 6, patch: 0 }
    : { major: 2, minor: 5, patch: 0 };
  return {
    version: believed.version ?? standIn,
    label: describeBelieved(believed),
    source: 'believed',
    origin: `the image tag names no version, so as the operator reads it: ${believed.origin}`,
  };
}
