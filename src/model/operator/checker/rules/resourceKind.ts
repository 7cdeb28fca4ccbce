/**
 * Which documents are Milvus resources, and what to say about the ones that are not, or that use
 * a legacy or unknown apiVersion/kind.
 */
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import type { Diagnostic, Fix, FixEdit } from '../../../findings/diagnostics.ts';
import { MILVUS_RESOURCES, type MilvusResource } from '../../manifest/schema.ts';
import type { CheckContext } from '../context.ts';
import type { ReportInput } from '../../../findings/reporter.ts';
import { closestName } from '../../../findings/suggest.ts';
import type { Resolver } from '../../../yaml/yamlNav.ts';
import type { Rule } from './types.ts';

export type Classification =
  | { kind: 'empty' }
  | { kind: 'milvus'; resource: MilvusResource; diagnostics: Diagnostic[] }
  | { kind: 'other'; diagnostics: Diagnostic[] };

const GROUP = 'milvus.io';
const CURRENT = MILVUS_RESOURCES[0];
const LEGACY_MILVUS = MILVUS_RESOURCES[1];
const LEGACY_CLUSTER = MILVUS_RESOURCES[2];
const KINDS = ['Milvus', 'MilvusCluster'];

export function classifyDocument(
  doc: Document.Parsed,
  resolver: Resolver,
  report: (input: ReportInput) => Diagnostic,
  /** The resource's node: the document itself, or one item of a `kind: List`. */
  node: unknown = doc.contents,
): Classification {
  const root = resolver.resolve(node);
  if (root === null || (isScalar(root) && root.value === null)) return { kind: 'empty' };
  if (!isMap(root)) {
    const what = isSeq(root) ? 'a list' : 'a single value';
    return {
      kind: 'other',
      diagnostics: [
        report({
          severity: 'error',
          code: 'not-a-resource',
          message: `This document is ${what}, not a Kubernetes resource (a map with apiVersion and kind): kubectl cannot apply it.`,
          path: [],
        }),
      ],
    };
  }

  const field = (map: YAMLMap | null, key: string) => (map ? resolver.pairOf(map, key)?.value : undefined);
  const apiVersion = resolver.scalar(field(root, 'apiVersion'));
  const kind = resolver.scalar(field(root, 'kind'));
  const exact = MILVUS_RESOURCES.find((r) => r.apiVersion === apiVersion && r.kind === kind);
  if (exact) return { kind: 'milvus', resource: exact, diagnostics: [] };

  const name = resolver.scalar(field(resolver.map(field(root, 'metadata')), 'name'));
  const group = typeof apiVersion === 'string' ? apiVersion.split('/')[0] : undefined;

  if (kind === 'MilvusCluster' || (kind === 'Milvus' && typeof apiVersion === 'string')) {
    return wrongApiVersion(kind, apiVersion, report);
  }
  if (apiVersion === undefined && kind === 'Milvus') {
    return {
      kind: 'milvus',
      resource: CURRENT,
      diagnostics: [
        report({
          severity: 'error',
          code: 'missing-api-version',
          message:
            'apiVersion is missing: kubectl refuses a resource without it. Milvus Operator serves milvus.io/v1beta1.',
          path: ['kind'],
          fix: {
            title: 'Add apiVersion: milvus.io/v1beta1',
            safe: true,
            edits: [{ op: 'set', path: ['apiVersion'], value: CURRENT.apiVersion }],
          },
        }),
      ],
    };
  }

  if (typeof kind === 'string' && (group === GROUP || apiVersion === undefined)) {
    const meant = closestName(kind, KINDS);
    if (meant) {
      const resource =
        meant === 'MilvusCluster'
          ? LEGACY_CLUSTER
          : apiVersion === LEGACY_MILVUS.apiVersion
            ? LEGACY_MILVUS
            : CURRENT;
      const diagnostics = [
        report({
          severity: 'error',
          code: 'unknown-kind',
          message: `kind "${kind}" is not a kind of Milvus Operator: the API server refuses the resource. Did you mean ${meant}?`,
          path: ['kind'],
          part: 'value',
          fix: {
            title: `Change kind to ${meant}`,
            safe: true,
            edits: [{ op: 'set', path: ['kind'], value: meant }],
          },
        }),
      ];
      if (apiVersion === undefined) diagnostics.push(missingApiVersion(report, resource));
      return { kind: 'milvus', resource, diagnostics };
    }
  }

  if (apiVersion === undefined && kind === undefined) {
    if (looksLikeMilvusSpec(resolver, root)) {
      return {
        kind: 'milvus',
        resource: CURRENT,
        diagnostics: [
          report({
            severity: 'error',
            code: 'missing-api-version',
            message:
              'apiVersion and kind are missing: kubectl refuses the document. It looks like a Milvus resource: add apiVersion: milvus.io/v1beta1 and kind: Milvus.',
            path: [],
            fix: {
              title: 'Add apiVersion: milvus.io/v1beta1 and kind: Milvus',
              safe: true,
              edits: [
                { op: 'set', path: ['apiVersion'], value: CURRENT.apiVersion },
                { op: 'set', path: ['kind'], value: CURRENT.kind },
              ],
            },
          }),
        ],
      };
    }
    return {
      kind: 'other',
      diagnostics: [
        report({
          severity: 'error',
          code: 'not-a-resource',
          message:
            'This document has no apiVersion and no kind, so it is not a Kubernetes resource: kubectl cannot apply it.',
          path: [],
        }),
      ],
    };
  }

  const label = [typeof kind === 'string' ? kind : 'A resource', typeof name === 'string' ? `"${name}"` : '']
    .filter(Boolean)
    .join(' ');
  return {
    kind: 'other',
    diagnostics: [
      report({
        severity: 'info',
        code: 'skipped-resource',
        message: `${label} (${typeof apiVersion === 'string' ? apiVersion : 'no apiVersion'}) is not a Milvus resource: not checked.`,
        path: ['kind'],
        part: 'value',
      }),
    ],
  };
}

function wrongApiVersion(
  kind: 'Milvus' | 'MilvusCluster',
  apiVersion: unknown,
  report: (input: ReportInput) => Diagnostic,
): Classification {
  if (apiVersion === undefined) {
    const resource = kind === 'MilvusCluster' ? LEGACY_CLUSTER : CURRENT;
    return { kind: 'milvus', resource, diagnostics: [missingApiVersion(report, resource)] };
  }
  if (kind === 'MilvusCluster') {
    const diagnostic = report({
      severity: 'error',
      code: 'unknown-api-version',
      message: `MilvusCluster exists only in milvus.io/v1alpha1, not in ${String(apiVersion)}: the API server refuses the resource. In milvus.io/v1beta1, a cluster is kind Milvus with spec.mode: cluster.`,
      path: ['apiVersion'],
      part: 'value',
      fix: {
        title: 'Change to kind Milvus with spec.mode: cluster',
        safe: false,
        edits: [
          { op: 'set', path: ['apiVersion'], value: CURRENT.apiVersion },
          { op: 'set', path: ['kind'], value: 'Milvus' },
          { op: 'set', path: ['spec', 'mode'], value: 'cluster' },
        ],
      },
    });
    return { kind: 'milvus', resource: LEGACY_CLUSTER, diagnostics: [diagnostic] };
  }
  const bareVersion = typeof apiVersion === 'string' && /^v1(alpha1|beta1)$/.test(apiVersion);
  const resource = apiVersion === 'v1alpha1' ? LEGACY_MILVUS : CURRENT;
  const diagnostic = report({
    severity: 'error',
    code: 'unknown-api-version',
    message: `apiVersion "${String(apiVersion)}" does not serve kind Milvus: the API server refuses the resource. Milvus Operator serves milvus.io/v1beta1 (current) and milvus.io/v1alpha1 (legacy).`,
    path: ['apiVersion'],
    part: 'value',
    fix: {
      title: `Change apiVersion to ${resource.apiVersion}`,
      safe: bareVersion,
      edits: [{ op: 'set', path: ['apiVersion'], value: resource.apiVersion }],
    },
  });
  return { kind: 'milvus', resource, diagnostics: [diagnostic] };
}

function missingApiVersion(report: (input: ReportInput) => Diagnostic, resource: MilvusResource): Diagnostic {
  return report({
    severity: 'error',
    code: 'missing-api-version',
    message: `apiVersion is missing: kubectl refuses a resource without it. ${resource.kind} is served as ${resource.apiVersion}.`,
    path: ['kind'],
    fix: {
      title: `Add apiVersion: ${resource.apiVersion}`,
      safe: true,
      edits: [{ op: 'set', path: ['apiVersion'], value: resource.apiVersion }],
    },
  });
}

function looksLikeMilvusSpec(resolver: Resolver, root: YAMLMap): boolean {
  const spec = resolver.map(resolver.pairOf(root, 'spec')?.value);
  return (
    spec !== null &&
    (resolver.pairOf(spec, 'dependencies') !== undefined || resolver.pairOf(spec, 'components') !== undefined)
  );
}

/** Legacy resources, and what every resource needs whatever its kind. */
export const resourceKindRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  if (ctx.resource === LEGACY_CLUSTER) {
    out.push(
      ctx.report({
        severity: 'info',
        code: 'legacy-milvuscluster',
        message:
          'MilvusCluster (milvus.io/v1alpha1) is deprecated: the operator still serves it, but the current form of a cluster is apiVersion milvus.io/v1beta1, kind Milvus with spec.mode: cluster.',
        path: ['kind'],
        part: 'value',
        fix: {
          title: 'Convert to milvus.io/v1beta1 Milvus with spec.mode: cluster',
          safe: false,
          edits: [
            { op: 'set', path: ['apiVersion'], value: CURRENT.apiVersion },
            { op: 'set', path: ['kind'], value: 'Milvus' },
            { op: 'set', path: ['spec', 'mode'], value: 'cluster' },
          ],
        },
      }),
    );
  } else if (ctx.resource === LEGACY_MILVUS) {
    out.push(...legacyMilvus(ctx));
  }
  const metadata = ctx.map(['metadata']);
  const name = ctx.value(['metadata', 'name']);
  if ((typeof name !== 'string' || name === '') && ctx.pair(['metadata', 'generateName']) === null) {
    out.push(
      ctx.report({
        severity: 'error',
        code: 'missing-name',
        message: 'metadata.name is missing: the API server refuses a resource without a name.',
        path: ['metadata', 'name'],
        anchor: metadata ? ['metadata'] : ['kind'],
      }),
    );
  }
  return out;
};

/**
 * v1alpha1 Milvus: refused on a default install (the CRD converts through the operator's webhook,
 * off by default); with the webhook, converted by apis/milvus.io/v1alpha1/milvus_webhook.go
 * ConvertSpecTo (resolve/convert.ts).
 */
function legacyMilvus(ctx: CheckContext): Diagnostic[] {
  const fix = convertToV1beta1(ctx);
  if (!ctx.resolved.admission.accepted && !ctx.options.webhook) {
    return [
      ctx.report({
        severity: 'error',
        code: 'v1alpha1-refused',
        message: `milvus.io/v1alpha1 Milvus is refused by the API server on a default operator install: ${ctx.resolved.admission.reason.replace(/^The /, 'the ')} Convert it to milvus.io/v1beta1 (the fix keeps your comments), or, if your operator runs its webhook, check with that option.`,
        path: ['apiVersion'],
        part: 'value',
        fix,
      }),
    ];
  }
  const out = [
    ctx.report({
      severity: 'info',
      code: 'legacy-v1alpha1',
      message: `milvus.io/v1alpha1 Milvus is accepted because the operator runs its webhook, which converts it: ${ctx.resolved.conversion[0] ?? ''} Prefer milvus.io/v1beta1.`,
      path: ['apiVersion'],
      part: 'value',
      fix,
    }),
  ];
  if (ctx.resolved.conversion.some((c) => c.includes('which is not set'))) {
    out.push(
      ctx.report({
        severity: 'warning',
        code: 'v1alpha1-persistence-replaced',
        message:
          'spec.dependencies.rocksmq.persistence is replaced by spec.persistence in the conversion to v1beta1, and spec.persistence is not set: RocksMQ runs without persistence and loses its data when the pod restarts. Move the settings to spec.persistence (or convert to v1beta1).',
        path: ['spec', 'dependencies', 'rocksmq', 'persistence'],
        fix,
      }),
    );
  }
  return out;
}

/**
 * The v1alpha1 settings moved to where v1beta1 has them. Unlike the webhook's conversion, image and
 * version go to spec.components (not components.standalone), so that the operator believes the
 * version that runs; spec.persistence goes to dependencies.rocksmq.persistence.
 */
function convertToV1beta1(ctx: CheckContext): Fix | undefined {
  const spec = ctx.map(['spec']);
  if (!spec) return undefined;
  const edits: FixEdit[] = [{ op: 'set', path: ['apiVersion'], value: CURRENT.apiVersion }];
  for (const item of spec.items) {
    const key = ctx.resolver.scalar(item.key);
    if (typeof key !== 'string') continue;
    if (key === 'dependencies' || key === 'config' || key === 'components' || key === 'mode') continue;
    if (key === 'persistence') {
      if (ctx.pair(['spec', 'dependencies', 'rocksmq', 'persistence']))
        edits.push({ op: 'delete', path: ['spec', 'dependencies', 'rocksmq', 'persistence'] });
      edits.push({
        op: 'move',
        from: ['spec', 'persistence'],
        to: ['spec', 'dependencies', 'rocksmq', 'persistence'],
      });
    } else if (key === 'image' || key === 'version' || key === 'disableMetric') {
      edits.push({ op: 'move', from: ['spec', key], to: ['spec', 'components', key] });
    } else {
      edits.push({ op: 'move', from: ['spec', key], to: ['spec', 'components', 'standalone', key] });
    }
  }
  return { title: 'Convert to milvus.io/v1beta1 Milvus', safe: false, edits };
}
