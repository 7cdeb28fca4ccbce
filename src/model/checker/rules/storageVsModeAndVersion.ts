/**
 * The message storage that runs, against the deployment mode and the Milvus version (every
 * support fact and its reason comes from support.ts), and how the manifest pins the version.
 */
import type { Diagnostic, YamlPath } from '../../diagnostics.ts';
import { MODE_LABELS, MQ_LABELS, NATS_EXPERIMENTAL, supportForVersion } from '../../support.ts';
import {
  MILVUS_IMAGE_REPOSITORY,
  OPERATOR_DEFAULT_IMAGE,
  defaultImageFor,
  compareVersions,
  formatVersion,
  minorOf,
  parseVersion,
  versionFromImage,
  type MilvusVersion,
} from '../../versions.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';


function storageAnchor(ctx: CheckContext): { path: YamlPath; part: 'key' | 'value' } {
  if (ctx.storage.explicit) return { path: [...DEPENDENCIES, 'msgStreamType'], part: 'value' };
  if (ctx.storage.type !== 'custom' && ctx.storage.blocks.includes(ctx.storage.type)) {
    return { path: [...DEPENDENCIES, ctx.storage.type], part: 'key' };
  }
  return {
    path: ctx.mode === 'cluster' && ctx.resource.kind === 'Milvus' ? ['spec', 'mode'] : ['kind'],
    part: 'value',
  };
}

export const storageVsModeAndVersionRule: Rule = (ctx) => {
  const out: Diagnostic[] = [...versionPinning(ctx)];
  const { storage } = ctx;
  if (storage.invalid || storage.type === 'custom') return out;
  const mq = storage.type;
  const verdict = supportForVersion(ctx.mode, mq, ctx.milvus.version);
  const anchor = storageAnchor(ctx);
  const on = `in ${MODE_LABELS[ctx.mode].toLowerCase()} mode on Milvus ${formatVersion(ctx.milvus.version)} (${ctx.milvus.origin})`;
  const chosen = storage.explicit ? `msgStreamType is ${mq}` : `${MQ_LABELS[mq]} is what the operator picks`;

  if (verdict.status === 'unsupported') {
    out.push(
      ctx.report({
        severity: 'error',
        code: 'unsupported-storage',
        message: `${chosen} ${on}: ${verdict.reason}`,
        ...anchor,
      }),
    );
  } else if (verdict.status === 'deprecated') {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'deprecated-storage',
        message: `${chosen} ${on}: ${verdict.reason}`,
        ...anchor,
      }),
    );
  }
  if (mq === 'natsmq') {
    out.push(
      ctx.report({
        severity: 'info',
        code: 'nats-experimental',
        message: `${storage.explicit ? 'msgStreamType is natsmq' : 'This Milvus runs on NATS'}: ${NATS_EXPERIMENTAL}`,
        ...anchor,
      }),
    );
  }

  if (mq === 'kafka' && ctx.value([...DEPENDENCIES, 'kafka', 'external']) === true) {
    const note = verdict.notes[0];
    if (note) {
      out.push(
        ctx.report({
          severity: 'info',
          code: 'kafka-versions',
          message: `spec.dependencies.kafka is an external Kafka. ${note.replace(/\.$/, '')}: check the version of the brokers in brokerList.`,
          path: [...DEPENDENCIES, 'kafka', 'external'],
        }),
      );
    }
  }

  if (mq === 'pulsar' && ctx.value([...DEPENDENCIES, 'pulsar', 'external']) !== true) {
    out.push(...pulsarChart(ctx, verdict.notes[0] ?? ''));
  }
  return out;
};

/** An in-cluster Pulsar 3 (what new resources get) under a Milvus that works with Pulsar 2 only. */
function pulsarChart(ctx: CheckContext, note: string): Diagnostic[] {
  const minor = minorOf(ctx.milvus.version);
  if (minor !== '2.3' && minor !== '2.4') return [];
  const chartPath = [...DEPENDENCIES, 'pulsar', 'inCluster', 'chartVersion'];
  const chart = ctx.value(chartPath);
  if (chart === 'pulsar-v2') return [];
  const current =
    chart === undefined || chart === null
      ? 'no chartVersion, so a new resource gets pulsar-v3 (Pulsar 3.x)'
      : `chartVersion ${String(chart)}`;
  return [
    ctx.report({
      severity: 'warning',
      code: 'pulsar-chart-version',
      message: `The in-cluster Pulsar has ${current}: ${note}`,
      path: chartPath,
      part: 'value',
      anchor:
        chart === undefined
          ? [...DEPENDENCIES, ctx.storage.blocks.includes('pulsar') ? 'pulsar' : 'msgStreamType']
          : chartPath,
      fix: {
        title: 'Set chartVersion: pulsar-v2',
        safe: false,
        edits: [{ op: 'set', path: chartPath, value: 'pulsar-v2' }],
      },
    }),
  ];
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

  if (version && !image) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'version-without-image',
        message: `${where}.version is ${String(rawVersion)}, but without ${where}.image it is only a label: the operator runs its default image ${OPERATOR_DEFAULT_IMAGE} (Milvus ${formatVersion(versionFromImage(OPERATOR_DEFAULT_IMAGE)!)}). Set the image to run Milvus ${String(rawVersion)}.`,
        path: [...base, 'version'],
        fix: {
          title: `Set ${where}.image: ${imageFor(version, String(rawVersion))}`,
          safe: false,
          edits: [{ op: 'set', path: [...base, 'image'], value: imageFor(version, String(rawVersion)) }],
        },
      }),
    );
  }
  if (version && imageVersion && !sameVersion(version, imageVersion, String(rawVersion))) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'version-image-mismatch',
        message: `${where}.version ${String(rawVersion)} disagrees with the image tag (${image}): the image decides what runs, while the operator's version checks read ${where}.version. Make them agree.`,
        path: [...base, 'version'],
        part: 'value',
        fix: {
          title: `Set ${where}.version: ${formatVersion(imageVersion)}`,
          safe: false,
          edits: [{ op: 'set', path: [...base, 'version'], value: formatVersion(imageVersion) }],
        },
      }),
    );
  }
  if (image && !imageVersion && !version && ctx.milvus.source !== 'option') {
    out.push(
      ctx.report({
        severity: 'info',
        code: 'version-unknown',
        message: `The image ${image} has no version tag, so the checker cannot tell which Milvus runs; it assumes ${formatVersion(ctx.milvus.version)}. Set ${where}.version (or use --milvus-version) to check against the right version.`,
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

function hasPatch(text: string): boolean {
  return /^v?\d+\.\d+\.\d+/.test(text.trim());
}

/** `2.5` agrees with any 2.5.x tag; `2.5.16` only with 2.5.16. */
function sameVersion(label: MilvusVersion, tag: MilvusVersion, text: string): boolean {
  return hasPatch(text)
    ? compareVersions(label, tag) === 0
    : label.major === tag.major && label.minor === tag.minor;
}
