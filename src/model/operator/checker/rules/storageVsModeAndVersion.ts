/**
 * How the manifest pins the Milvus version (the label, the image, and what the operator believes
 * against what the pods run), the external Kafka's versions, the in-cluster Pulsar chart. Whether
 * the storage runs on the mode and version is judged once by whatRuns/judge.ts
 * (rules/milvusJudgement.ts).
 */
import type { Diagnostic } from '../../../findings/diagnostics.ts';
import { hasPatch, imageVersionDisagrees } from '../../../whatRuns/predicates/imageVersion.ts';
import { describeBelieved, isAfter25 } from '../../resolve/index.ts';
import {
  MQ_LABELS,
  PULSAR_CHART_VERSIONS,
  SUPPORT_NOTES,
  clampMinor,
  pulsarChartFor,
  supportForVersion,
} from '../../../facts/support.ts';
import {
  MILVUS_IMAGE_REPOSITORY,
  STREAMING_SINCE,
  defaultImageFor,
  formatVersion,
  minorOf,
  parseVersion,
  versionFromImage,
  type MilvusVersion,
} from '../../../facts/versions.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import { defaultImageOf, operatorLabel } from '../../resolve/operatorReleases.ts';
import type { Rule } from './types.ts';

export const storageVsModeAndVersionRule: Rule = (ctx) => {
  const out: Diagnostic[] = [...versionPinning(ctx), ...versionSplit(ctx)];
  const { storage } = ctx;
  if (storage.invalid || storage.type === 'custom') return out;
  // Whether the storage runs on this mode and version is the judge's (rules/milvusJudgement.ts).
  const mq = storage.type;

  if (mq === 'kafka' && ctx.value([...DEPENDENCIES, 'kafka', 'external']) === true) {
    out.push(
      ctx.report({
        severity: 'info',
        code: 'kafka-versions',
        message: `spec.dependencies.kafka is an external Kafka. ${SUPPORT_NOTES.kafkaVersions.replace(/\.$/, '')}: check the version of the brokers in brokerList.`,
        path: [...DEPENDENCIES, 'kafka', 'external'],
      }),
    );
  }

  if (storage.side === 'in-cluster' && mq === 'pulsar') out.push(...pulsarChart(ctx));
  return out;
};

/**
 * The operator picked the storage from the version it believes, and the pods run another version
 * that lacks it: reported once, by versionSplit, naming both versions.
 */
export function defaultedAcrossVersions(ctx: CheckContext): boolean {
  const { storage, resolved } = ctx;
  if (storage.explicit || storage.type === 'custom' || ctx.milvus.source !== 'running') return false;
  return resolved.believed.atLeast26 !== isAfter25(ctx.milvus.version);
}

/**
 * The version the operator believes (components.version, else the global image tag) against the
 * version the pods run (apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6, and
 * milvus_webhook.go setDefaultMsgStreamType / DefaultComponents, which read only the believed one).
 */
function versionSplit(ctx: CheckContext): Diagnostic[] {
  const { resolved, storage } = ctx;
  const { believed } = resolved;
  if (believed.source === 'option' || ctx.milvus.source !== 'running') return [];
  const runs26 = isAfter25(ctx.milvus.version);
  if (believed.atLeast26 === runs26) return [];
  const believes = `the operator believes Milvus ${describeBelieved(believed)} (from ${believed.origin})`;
  const runs = `the pods run Milvus ${ctx.milvus.label} (${ctx.milvus.origin})`;
  const anchorPath = believed.path ?? [...ctx.componentsPath, 'image'];
  const out: Diagnostic[] = [];
  if (defaultedAcrossVersions(ctx) && storage.type !== 'custom') {
    const verdict = supportForVersion(ctx.mode, storage.type, ctx.milvus.version);
    if (verdict.status === 'unsupported') {
      out.push(
        ctx.report({
          severity: 'error',
          code: 'version-split',
          message: `${capitalize(believes)}, so with no msgStreamType it picks ${MQ_LABELS[storage.type]}; but ${runs}: ${verdict.reason} Set msgStreamType, and make the version label and the image agree.`,
          path: anchorPath,
          part: 'value',
        }),
      );
      return out;
    }
    if (storage.type === 'rocksmq' && runs26) {
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'version-split',
          message: `${capitalize(believes)}, so with no msgStreamType it picks RocksMQ; ${runs}, where the operator would otherwise pick Woodpecker. Set msgStreamType to the storage you mean.`,
          path: anchorPath,
          part: 'value',
        }),
      );
    }
  }
  if (ctx.mode === 'cluster') {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'version-split',
        message: believed.atLeast26
          ? `${capitalize(believes)}, so it deploys a streaming node and a mixed coordinator and no index node; but ${runs}, which has no streaming node. Make the version label and the image agree.`
          : `${capitalize(believes)}, so it deploys no streaming node; but ${runs}, whose message storage goes through the streaming node. Make the version label and the image agree.`,
        path: anchorPath,
        part: 'value',
      }),
    );
  }
  return out;
}

/**
 * The in-cluster Pulsar chart: pkg/helm/helm.go GetChartRequest gives the Pulsar 3 chart only for
 * exactly `pulsar-v3`; any other string installs the Pulsar 2 chart. Milvus 2.4 and earlier work
 * with Pulsar 2 only.
 */
function pulsarChart(ctx: CheckContext): Diagnostic[] {
  const chartPath = [...DEPENDENCIES, 'pulsar', 'inCluster', 'chartVersion'];
  const written = ctx.value(chartPath);
  const release = ctx.resolved.helmReleases.find((h) => h.storage === 'pulsar');
  if (!release) return [];
  const minor = minorOf(ctx.milvus.version);
  const fits = pulsarChartFor(clampMinor(ctx.milvus.version));
  const fix = (value: string) => ({
    title: `Set chartVersion: ${value}`,
    safe: false,
    edits: [{ op: 'set' as const, path: chartPath, value }],
  });
  const anchor =
    written === undefined
      ? [...DEPENDENCIES, ctx.storage.blocks.includes('pulsar') ? 'pulsar' : 'msgStreamType']
      : chartPath;
  if (typeof written === 'string' && !(PULSAR_CHART_VERSIONS as readonly string[]).includes(written)) {
    return [
      ctx.report({
        severity: 'warning',
        code: 'pulsar-chart-version',
        message: `chartVersion "${written}" installs the Pulsar 2 chart (2.7.8): the operator gives the Pulsar 3 chart only for exactly pulsar-v3, and any other value means Pulsar 2. For Milvus ${ctx.milvus.label}, ${fits} is the one that fits.`,
        path: chartPath,
        part: 'value',
        fix: fix(fits),
      }),
    ];
  }
  if (minor !== null && pulsarChartFor(minor) === 'pulsar-v2' && release.chartVersion === 'pulsar-v3') {
    const current =
      written === undefined || written === null
        ? 'no chartVersion, so a new resource gets pulsar-v3 (Pulsar 3.x)'
        : 'chartVersion pulsar-v3';
    return [
      ctx.report({
        severity: 'warning',
        code: 'pulsar-chart-version',
        message: `The in-cluster Pulsar has ${current}: Milvus ${minor} works with Pulsar 2.x only. Set chartVersion: pulsar-v2.`,
        path: chartPath,
        part: 'value',
        anchor,
        fix: fix('pulsar-v2'),
      }),
    ];
  }
  return [];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `version` is only a label; the image decides what runs. */
function versionPinning(ctx: CheckContext): Diagnostic[] {
  const base = ctx.componentsPath;
  const where = base.join('.');
  const rawVersion = ctx.value([...base, 'version']);
  const rawImage = ctx.value([...base, 'image']);
  const version =
    typeof rawVersion === 'string' || typeof rawVersion === 'number'
      ? parseVersion(String(rawVersion))
      : null;
  const image = typeof rawImage === 'string' && rawImage.trim() !== '' ? rawImage.trim() : null;
  const imageVersion = image ? versionFromImage(image) : null;
  const out: Diagnostic[] = [];

  const operator = ctx.resolved.operator;
  const defaultImage = defaultImageOf(operator);
  // The label names exactly what the assumed release deploys: nothing else runs (operatorReleases.ts).
  if (version && !image && formatVersion(version) !== formatVersion(operator.defaultMilvus)) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'version-without-image',
        message: `${where}.version is ${String(rawVersion)}, but without ${where}.image it is only a label: ${operatorLabel(operator)} runs its default image ${defaultImage} (Milvus ${formatVersion(operator.defaultMilvus)}). Set the image to run Milvus ${String(rawVersion)}.`,
        path: [...base, 'version'],
        fix: {
          title: `Set ${where}.image: ${imageFor(version, String(rawVersion))}`,
          safe: false,
          edits: [{ op: 'set', path: [...base, 'image'], value: imageFor(version, String(rawVersion)) }],
        },
      }),
    );
  }
  if (version && image && imageVersionDisagrees(String(rawVersion), image)) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'version-image-mismatch',
        message: `${where}.version ${String(rawVersion)} disagrees with the image tag (${image}): the image decides what runs, while the operator's version checks read ${where}.version. Make them agree.`,
        path: [...base, 'version'],
        part: 'value',
        fix: imageVersion
          ? {
              title: `Set ${where}.version: ${formatVersion(imageVersion)}`,
              safe: false,
              edits: [{ op: 'set', path: [...base, 'version'], value: formatVersion(imageVersion) }],
            }
          : undefined,
      }),
    );
  }
  if (image && !imageVersion && !version && ctx.milvus.source !== 'option') {
    const { believed, storage } = ctx.resolved;
    const reading = `The image ${image} has no version tag, so nobody can tell from the manifest which Milvus runs, and the operator reads it as Milvus ${describeBelieved(believed)}`;
    const losesData =
      !storage.explicit &&
      storage.type === 'rocksmq' &&
      !ctx.resolved.believed.atLeast26 &&
      ctx.mode === 'standalone';
    const persisted = ctx.value([...DEPENDENCIES, 'rocksmq', 'persistence', 'enabled']) === true;
    out.push(
      ctx.report({
        severity: losesData && !persisted ? 'warning' : 'info',
        code: 'version-unknown',
        message: losesData
          ? `${reading}: with no msgStreamType it picks RocksMQ, even if the image is Milvus ${STREAMING_SINCE}${persisted ? '' : ', and RocksMQ without persistence loses its data whenever the pod restarts'}. Set msgStreamType and ${where}.version (or use --milvus-version).`
          : `${reading}; the operator's defaults follow that reading. Set ${where}.version (or use --milvus-version) to check against the right version.`,
        path: [...base, 'image'],
        part: 'value',
      }),
    );
  }
  return out;
}

/** The image of a version label: exactly that patch, or the latest patch of a bare X.Y. */
function imageFor(version: MilvusVersion, text: string): string {
  const minor = minorOf(version);
  if (!hasPatch(text) && minor) return defaultImageFor(minor);
  return `${MILVUS_IMAGE_REPOSITORY}:v${formatVersion(version)}`;
}
