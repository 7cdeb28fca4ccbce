/**
 * The three resource forms, brought to the v1beta1 shape the operator works on, and whether the
 * API server takes them at all.
 *
 * - v1beta1 `Milvus`: as is.
 * - v1alpha1 `Milvus`: the `milvuses.milvus.io` CRD declares `conversion.strategy: Webhook`, served
 *   only when the operator runs its webhook (`enableWebhook`, false by default in
 *   charts/milvus-operator/values.yaml). Without it the API server cannot convert to v1beta1, its
 *   storage version, and refuses the resource. With it, apis/milvus.io/v1alpha1/milvus_webhook.go
 *   `ConvertSpecTo` moves the component settings under `spec` (image, version, replicas, ...) to
 *   `components.standalone`, leaves `components.image` empty, and replaces
 *   `dependencies.rocksmq.persistence` with `spec.persistence`.
 * - v1alpha1 `MilvusCluster`: its own CRD (no conversion); the operator runs it as a cluster.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import { isRecord } from './operatorVersion.ts';
import type { Admission, ResolveOptions, ResourceForm } from './types.ts';

type Obj = Record<string, unknown>;

export interface Converted {
  form: ResourceForm;
  /** The spec in the v1beta1 shape (mode set). Never mutated; shares the input's objects. */
  spec: Obj;
  admission: Admission;
  conversion: string[];
  /** Where component settings sit in the document as written. */
  componentsPath: YamlPath;
  /** A path in the v1beta1 spec -> where that value sits in the document as written. */
  originalPath(path: YamlPath): YamlPath;
}

/** Keys of the v1alpha1 `Milvus` spec that are not component settings. */
const V1ALPHA1_NON_COMPONENT = new Set(['dependencies', 'config', 'persistence', 'disableMetric']);

export function formOf(root: Obj): ResourceForm {
  if (root.kind === 'MilvusCluster') return 'milviscluster-v1alpha1';
  if (root.apiVersion === 'milvus.io/v1alpha1') return 'milvus-v1alpha1';
  return 'milvus-v1beta1';
}

export function convert(root: Obj, form: ResourceForm, options: ResolveOptions): Converted {
  const spec = isRecord(root.spec) ? root.spec : {};
  if (form === 'milvus-v1beta1') {
    return {
      form,
      spec: { ...spec, mode: spec.mode === 'cluster' ? 'cluster' : 'standalone' },
      admission: { accepted: true, reason: 'milvus.io/v1beta1 Milvus is the form the operator serves.' },
      conversion: [],
      componentsPath: ['spec', 'components'],
      originalPath: (path) => path,
    };
  }
  if (form === 'milviscluster-v1alpha1') {
    return {
      form,
      spec: { ...spec, mode: 'cluster' },
      admission: {
        accepted: true,
        reason:
          'MilvusCluster (milvus.io/v1alpha1) has its own CRD and still works, deprecated: the operator runs it as a Milvus with spec.mode: cluster.',
      },
      conversion: ['The operator treats MilvusCluster as milvus.io/v1beta1 Milvus with spec.mode: cluster.'],
      componentsPath: ['spec', 'components'],
      originalPath: (path) => path,
    };
  }

  const standalone: Obj = {};
  for (const [key, value] of Object.entries(spec)) {
    if (!V1ALPHA1_NON_COMPONENT.has(key)) standalone[key] = value;
  }
  const dependencies = isRecord(spec.dependencies) ? spec.dependencies : {};
  const rocksmq = isRecord(dependencies.rocksmq) ? dependencies.rocksmq : {};
  const components: Obj = { standalone };
  if (spec.disableMetric !== undefined) components.disableMetric = spec.disableMetric;
  // ConvertSpecTo always replaces rocksmq.persistence; an absent one on both sides stays absent here,
  // so that an untouched rocksmq block does not look filled in.
  const replaced = isRecord(spec.persistence) || 'persistence' in rocksmq;
  const converted: Obj = {
    mode: 'standalone',
    components,
    dependencies: replaced
      ? {
          ...dependencies,
          rocksmq: { ...rocksmq, persistence: isRecord(spec.persistence) ? spec.persistence : {} },
        }
      : dependencies,
  };
  if (spec.config !== undefined) converted.config = spec.config;

  const conversion = [
    'spec.image, spec.version and the other component settings under spec move to spec.components.standalone; spec.components.image stays empty, so the operator believes its default image.',
  ];
  if (isRecord(rocksmq.persistence) && !isRecord(spec.persistence)) {
    conversion.push(
      'spec.dependencies.rocksmq.persistence is replaced by spec.persistence, which is not set: RocksMQ runs without persistence.',
    );
  } else if (isRecord(spec.persistence)) {
    conversion.push('spec.persistence becomes spec.dependencies.rocksmq.persistence.');
  }
  const admission: Admission = options.webhook
    ? {
        accepted: true,
        reason:
          "The operator's webhook converts milvus.io/v1alpha1 Milvus to v1beta1 before the operator sees it.",
      }
    : {
        accepted: false,
        reason:
          "The milvuses.milvus.io CRD converts v1alpha1 to v1beta1 through the operator's webhook, which a default install does not run (enableWebhook: false): the API server refuses the resource.",
      };
  return {
    form,
    spec: converted,
    admission,
    conversion,
    componentsPath: ['spec'],
    originalPath: (path) => {
      if (path[0] !== 'spec') return path;
      if (path[1] === 'components' && path[2] === 'standalone') return ['spec', ...path.slice(3)];
      if (path[1] === 'components') return ['spec', ...path.slice(2)];
      if (path[1] === 'dependencies' && path[2] === 'rocksmq' && path[3] === 'persistence')
        return ['spec', 'persistence', ...path.slice(4)];
      return path;
    },
  };
}
