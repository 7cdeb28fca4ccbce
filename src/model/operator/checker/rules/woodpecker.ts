/**
 * Woodpecker's own requirements: its service mode, and the conditional writes it needs from the
 * object storage it writes to.
 *
 * - Service mode (`woodpecker.external: true` with `quorumBufferPools`; the operator then writes
 *   `woodpecker.storage.type: service`, pkg/controllers/milvus_controller.go via the config
 *   builder): Milvus docs "Woodpecker" (woodpecker.md) run the service in cluster mode only;
 *   Milvus has a client for it from 3.0 (its WAL builder, pkg/streaming/walimpls/impls/wp/
 *   builder.go): 2.6 runs Woodpecker embedded whatever the type says, and 2.6.21 panics on it (see
 *   support.ts WOODPECKER_SERVICE_SINCE_PATCH).
 * - Conditional writes: Woodpecker fences its segments with conditional (if-none-match) writes on
 *   object storage. Milvus docs "Woodpecker": MinIO RELEASE.2024-12-18 or later; Huawei OBS is not
 *   supported; zilliztech/woodpecker#54: a 2.6.3 standalone on Aliyun OSS / CubeFS panicked.
 */
import type { Diagnostic, YamlPath } from '../../../findings/diagnostics.ts';
import {
  MINIO_CONDITIONAL_WRITES_SINCE,
  WOODPECKER_SERVICE_ON_2_6,
  WOODPECKER_SERVICE_SINCE_PATCH,
  clampMinor,
} from '../../../facts/support.ts';
import { STREAMING_SINCE, atLeastMinor, formatVersion } from '../../../facts/versions.ts';
import { woodpeckerServiceRefusal } from '../../../whatRuns/predicates/woodpeckerService.ts';
import { CONFIG, DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';
import { WOODPECKER_SERVICE, WOODPECKER_SERVICE_STANDALONE } from '../../../findings/sharedChecks.ts';

const STORAGE: YamlPath = [...DEPENDENCIES, 'storage'];

/** `RELEASE.2023-03-20T20-16-18Z` -> `2023-03-20`; null for a tag that is not a MinIO release. */
export function minioReleaseDate(tag: string): string | null {
  const m = /^RELEASE\.(\d{4}-\d{2}-\d{2})T/.exec(tag.trim());
  return m ? m[1]! : null;
}

/** Object-storage services known to lack conditional writes, by what their endpoint host shows. */
const LACKING_BACKENDS: readonly { name: string; pattern: RegExp; source: string }[] = [
  {
    name: 'Huawei OBS',
    pattern: /(^|\.)myhuaweicloud\.com$|(^|\.)obs\.[^.]+\.(myhuaweicloud|huaweicloud)\./i,
    source: 'the Milvus docs (woodpecker.md) list it as unsupported',
  },
  {
    name: 'Aliyun OSS',
    pattern: /(^|\.)aliyuncs\.com$/i,
    source: 'it lacked them in zilliztech/woodpecker#54',
  },
  { name: 'CubeFS', pattern: /cubefs/i, source: 'it lacked them in zilliztech/woodpecker#54' },
];

const CLOUD_PROVIDERS_LACKING: Record<string, string> = {
  aliyun: 'Aliyun OSS (it lacked them in zilliztech/woodpecker#54)',
};

function hostOf(endpoint: string): string {
  return endpoint
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]!
    .replace(/:\d+$/, '');
}

export const woodpeckerRule: Rule = (ctx) => {
  if (ctx.storage.invalid || ctx.storage.type !== 'woodpecker') return [];
  const service = ctx.value([...DEPENDENCIES, 'woodpecker', 'external']) === true;
  return service ? serviceMode(ctx) : conditionalWrites(ctx);
};

function serviceMode(ctx: CheckContext): Diagnostic[] {
  const path = [...DEPENDENCIES, 'woodpecker', 'external'];
  const embedded = {
    title: 'Run Woodpecker embedded (remove woodpecker.external and quorumBufferPools)',
    safe: false,
    edits: [
      { op: 'delete' as const, path },
      { op: 'delete' as const, path: [...DEPENDENCIES, 'woodpecker', 'quorumBufferPools'] },
    ],
  };
  const refusal = woodpeckerServiceRefusal(
    ctx.mode,
    clampMinor(ctx.milvus.version),
    ctx.milvus.source === 'believed',
  );
  if (!refusal) return [];
  if (refusal.code === 'woodpecker-service-standalone')
    return [
      ctx.report({
        severity: refusal.severity,
        code: refusal.code,
        message: WOODPECKER_SERVICE_STANDALONE.message(WOODPECKER_SERVICE),
        path,
        fix: embedded,
      }),
    ];
  // Below 2.6, Woodpecker itself is unsupported-storage's error: this says only what the service adds.
  const on26 = atLeastMinor(ctx.milvus.version, STREAMING_SINCE);
  return [
    ctx.report({
      severity: refusal.severity,
      code: refusal.code,
      message: `Woodpecker as a service needs Milvus ${formatVersion(WOODPECKER_SERVICE_SINCE_PATCH)} or later, and Milvus ${ctx.milvus.label} runs here (${ctx.milvus.origin}). ${
        on26 ? WOODPECKER_SERVICE_ON_2_6 : 'Woodpecker arrived in Milvus 2.6'
      }; the operator writes woodpecker.storage.type: service all the same. Run Milvus 3.0, or run Woodpecker embedded.`,
      path,
      fix: embedded,
    }),
  ];
}

function conditionalWrites(ctx: CheckContext): Diagnostic[] {
  const woodpeckerStorage = ctx.value([...CONFIG, 'woodpecker', 'storage', 'type']);
  if (woodpeckerStorage === 'local') return [];
  const needs = `Woodpecker writes its log to the object storage (woodpecker.storage.type minio, the default) and needs conditional writes there`;
  const out: Diagnostic[] = [];
  const external = ctx.value([...STORAGE, 'external']) === true;

  if (!external) {
    const tagPath = [...STORAGE, 'inCluster', 'values', 'image', 'tag'];
    const tag = ctx.value(tagPath);
    const date = typeof tag === 'string' ? minioReleaseDate(tag) : null;
    if (date !== null && date < MINIO_CONDITIONAL_WRITES_SINCE) {
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'woodpecker-conditional-writes',
          message: `${needs}: MinIO RELEASE.${MINIO_CONDITIONAL_WRITES_SINCE} or later (Milvus docs, "Woodpecker"). This in-cluster MinIO runs ${String(tag)}, which is older: upgrade the MinIO image, or set spec.config.woodpecker.storage.type: local.`,
          path: tagPath,
          part: 'value',
        }),
      );
    }
  } else {
    const endpoint = ctx.value([...STORAGE, 'endpoint']);
    const host = typeof endpoint === 'string' ? hostOf(endpoint) : '';
    const lacking = LACKING_BACKENDS.find((b) => b.pattern.test(host));
    if (lacking) {
      out.push(
        ctx.report({
          severity: 'warning',
          code: 'woodpecker-conditional-writes',
          message: `${needs}. The external object storage ${host} looks like ${lacking.name}, and ${lacking.source}. Use a storage with conditional writes (MinIO RELEASE.${MINIO_CONDITIONAL_WRITES_SINCE} or later, AWS S3 ...), or another message storage.`,
          path: [...STORAGE, 'endpoint'],
          part: 'value',
        }),
      );
    } else if (ctx.value([...STORAGE, 'type']) === 'MinIO' || ctx.value([...STORAGE, 'type']) === undefined) {
      out.push(
        ctx.report({
          severity: 'info',
          code: 'woodpecker-conditional-writes',
          message: `${needs}: an external MinIO must be RELEASE.${MINIO_CONDITIONAL_WRITES_SINCE} or later (Milvus docs, "Woodpecker"). Check the version of the MinIO at ${host || 'this endpoint'}.`,
          path: [...STORAGE, 'external'],
        }),
      );
    }
  }

  const providerPath = [...CONFIG, 'minio', 'cloudProvider'];
  const provider = ctx.value(providerPath);
  const lackingProvider =
    typeof provider === 'string' ? CLOUD_PROVIDERS_LACKING[provider.toLowerCase()] : undefined;
  if (lackingProvider) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'woodpecker-conditional-writes',
        message: `${needs}; spec.config.minio.cloudProvider ${String(provider)} is ${lackingProvider}. Use a storage with conditional writes, or another message storage.`,
        path: providerPath,
        part: 'value',
      }),
    );
  }
  return out;
}
