/**
 * Everything the wizard asks, as one zod object: the common fields here, each storage's block
 * from its descriptor (storages/). The form, the generator, the importer, the CLI
 * (`generate --values`) and the tests read it; the `.meta()` of each field is its help, label,
 * placeholder, unit and default in the form (wizard/fieldMeta.ts).
 *
 * Conventions that keep the round trip (manifest -> values -> manifest) exact:
 * - An optional field that is `undefined` (or an empty string) is not written: the operator's or
 *   Milvus's own default applies, and the form shows that default as a placeholder.
 * - Values that are written always say so in their description.
 *
 * The cross-field rules are added in values.ts (WizardValuesSchema); they take their types from here.
 */
import './zodSetup.ts';
import * as z from 'zod';
import {
  API_VERSIONS,
  DEPLOYMENT_MODES,
  INSTALL_TARGETS,
  MSG_STREAM_TYPES,
} from '../../facts/operatorEnums.ts';
import { STORAGE_BY_ID } from '../../storages/index.ts';
import {
  DEFAULT_MINOR,
  MILVUS_MINOR_VERSIONS,
  OPERATOR_DEFAULT_MILVUS,
  defaultImageFor,
} from '../../facts/versions.ts';

/** A Kubernetes object name (RFC 1123 label), as the API server requires for `metadata.name`. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dnsLabel = (what: string) =>
  z
    .string()
    .trim()
    .max(63, `${what} must be at most 63 characters`)
    .regex(
      DNS_LABEL,
      `${what} must use lower-case letters, digits and '-', and start and end with a letter or digit`,
    );

export const WizardValuesObject = z.object({
  target: z.enum(INSTALL_TARGETS).default('operator').meta({
    description:
      'operator: a Milvus resource for Milvus Operator. helm: a values.yaml for the milvus-helm chart (helm install).',
  }),
  name: dnsLabel('The name').default('my-release').meta({
    description: 'metadata.name of the Milvus resource.',
    helm: 'The Helm release name (helm upgrade --install NAME).',
  }),
  namespace: z
    .union([z.literal(''), dnsLabel('The namespace')])
    .default('')
    .meta({
      description: 'metadata.namespace; empty uses the namespace of your kubectl context.',
      helm: "The release's namespace (helm --namespace); empty uses the namespace of your kubectl context.",
    }),
  mode: z
    .enum(DEPLOYMENT_MODES)
    .default('standalone')
    .meta({ description: 'standalone: one Milvus pod. cluster: Milvus components in separate pods.' }),
  milvusVersion: z
    .enum(MILVUS_MINOR_VERSIONS)
    .default(DEFAULT_MINOR)
    .meta({ description: 'The Milvus version to run. It decides which message storages exist.' }),
  image: z
    .string()
    .trim()
    .default(defaultImageFor(DEFAULT_MINOR))
    .meta({
      description: `spec.components.image: the image decides what runs. Without it the operator runs its own default image (Milvus ${OPERATOR_DEFAULT_MILVUS}), whatever version you meant.`,
      helm: "image.all.repository and image.all.tag: the image decides what runs. Without it the chart's own image.all.tag runs, whatever version you meant.",
    }),
  apiVersion: z.enum(API_VERSIONS).default('v1beta1').meta({
    description:
      'milvus.io/v1beta1 Milvus with spec.mode (current), or the legacy v1alpha1 Milvus (standalone) / MilvusCluster (cluster) of the v2.3 docs.',
  }),
  msgStreamType: z.enum(MSG_STREAM_TYPES).default('woodpecker').meta({
    description:
      'spec.dependencies.msgStreamType. Always written: left empty, its meaning changes with mode and version.',
    // writeValues.ts: every switch of config.tpl's three blocks is written, off as well as on.
    helm: "The chart has no single key for it: the values turn on the chosen storage's block and turn off every other, so the chart's defaults, which change between chart versions, decide nothing.",
  }),
  rocksmq: STORAGE_BY_ID.rocksmq.schema.prefault({}),
  natsmq: STORAGE_BY_ID.natsmq.schema.prefault({}),
  pulsar: STORAGE_BY_ID.pulsar.schema.prefault({}),
  kafka: STORAGE_BY_ID.kafka.schema.prefault({}),
  woodpecker: STORAGE_BY_ID.woodpecker.schema.prefault({}),
});

export type WizardValues = z.output<typeof WizardValuesObject>;
export type WizardValuesInput = z.input<typeof WizardValuesObject>;

/** Fresh values: the schema's defaults. */
export function defaultValues(): WizardValues {
  return WizardValuesObject.parse({});
}

/** Values parsed without the cross-field rules: shape and types only. */
export function parseValuesShape(input: unknown) {
  return WizardValuesObject.safeParse(input);
}
