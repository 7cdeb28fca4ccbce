/** Pulsar: a release the operator installs (its Helm chart's values), or one the user runs. */
import '../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { PULSAR_AUTH_PLUGINS, PULSAR_CHART_VERSIONS } from '../facts/operatorEnums.ts';
import { STORAGE_CATALOG } from './catalog.ts';
import { asTextCodec, boolCodec, envSecretCodec, enumCodec, intCodec, textCodec } from './codecs.ts';
import { PULSAR_AUTH_PARAMS_ENV_VAR } from '../facts/secretsFromEnv.ts';
import { defineStorage, type FieldEntry } from './descriptor.ts';
import { optionalBool, optionalEnum, optionalInt, quantity, text } from './fieldSchemas.ts';
import { DEPS, externalField, inClusterLifecycleFields, inClusterLifecycleShape } from './shared.ts';

const replicas = (label: string, description: string) => optionalInt(0, 99, { label, description });

export const PulsarSchema = z.object({
  external: z.boolean().default(false).meta({
    description:
      'Use a Pulsar you already run (true) or let the operator install one in the cluster (false).',
    helm: 'Use a Pulsar you already run (true: externalPulsar) or let the chart deploy its Pulsar subchart in the release (false).',
  }),
  endpoint: text({
    label: 'Endpoint',
    placeholder: 'pulsar.example.com:6650',
    format: 'host:port',
    description:
      'External Pulsar as ONE host:port (e.g. pulsar.example:6650), without pulsar://: the operator adds the scheme, and falls back to port 80 without a port.',
    // writeValues.ts splits it; config.tpl writes pulsar.address and pulsar.port from the two keys.
    helm: "External Pulsar as host:port (e.g. pulsar.example:6650), without pulsar://: written as externalPulsar.host and externalPulsar.port; without a port, the chart's default 6650 applies.",
  }),
  // Milvus's pulsar.tenant and pulsar.namespace (milvus.yaml; the chart: externalPulsar.tenant and
  // .namespace, config.tpl); empty keeps Milvus's defaults, public and default.
  tenant: text({
    label: 'Tenant (pulsar.tenant)',
    placeholder: 'public',
    description:
      "spec.config.pulsar.tenant: the Pulsar tenant Milvus's topics live in; empty: Milvus's default, public.",
  }),
  namespace: text({
    label: 'Namespace (pulsar.namespace)',
    placeholder: 'default',
    description:
      "spec.config.pulsar.namespace: the Pulsar namespace in that tenant; empty: Milvus's default, default.",
  }),
  // Milvus's pulsar.authPlugin and pulsar.authParams (the chart: externalPulsar.authPlugin and
  // .authParams, config.tpl). authParams carries the token: it is a secret (the field table's
  // `secret`), never written into the file: envSecretCodec writes the reference to the environment
  // variable that the apply command fills in (Helm: the install command's --set-string).
  authPlugin: optionalEnum(PULSAR_AUTH_PLUGINS, {
    label: 'Auth plugin (authPlugin)',
    description: 'spec.config.pulsar.authPlugin; empty: none.',
  }),
  authParams: text({
    label: 'Auth parameters (authParams)',
    description: `Never in a file or link: from $${PULSAR_AUTH_PARAMS_ENV_VAR}.`,
  }),
  inCluster: z
    .object({
      chartVersion: optionalEnum(PULSAR_CHART_VERSIONS, {
        label: 'Chart version (chartVersion)',
        description:
          'Pulsar Helm chart: pulsar-v2 (Pulsar 2.x, for Milvus 2.4 and earlier) or pulsar-v3 (Pulsar 3.x, recommended for 2.5+; the operator default for new resources).',
        // places.ts pulsarSubchart: pulsarv3 unless pulsar-v2, or a chart version without pulsarv3.
        helm: 'Pulsar subchart: pulsar-v3 (pulsarv3, Pulsar 3.x, recommended for 2.5+) or pulsar-v2 (pulsar, Pulsar 2.x, for Milvus 2.4 and earlier); the values enable the one chosen and disable the other. Charts before 4.2.21 have only pulsar.',
      }),
      ...inClusterLifecycleShape,
      autorecovery: optionalBool({
        label: 'Autorecovery',
        description: 'values.components.autorecovery: run the Pulsar autorecovery component.',
      }),
      zookeeperReplicas: replicas('ZooKeeper', 'values.zookeeper.replicaCount.'),
      bookkeeperReplicas: replicas('BookKeeper', 'values.bookkeeper.replicaCount.'),
      brokerReplicas: replicas('Broker', 'values.broker.replicaCount.'),
      proxyReplicas: replicas('Proxy', 'values.proxy.replicaCount.'),
      bookkeeperResources: z
        .object({
          limitsCpu: quantity({
            label: 'CPU limit',
            placeholder: 'e.g. 4',
            description: 'values.bookkeeper.resources.limits.cpu, e.g. 4.',
          }),
          limitsMemory: quantity({
            label: 'Memory limit',
            placeholder: 'e.g. 8Gi',
            description: 'values.bookkeeper.resources.limits.memory, e.g. 8Gi.',
          }),
          requestsCpu: quantity({
            label: 'CPU request',
            placeholder: 'e.g. 200m',
            description: 'values.bookkeeper.resources.requests.cpu, e.g. 200m.',
          }),
          requestsMemory: quantity({
            label: 'Memory request',
            placeholder: 'e.g. 512Mi',
            description: 'values.bookkeeper.resources.requests.memory, e.g. 512Mi.',
          }),
        })
        .prefault({}),
      autoSkipNonRecoverableData: optionalBool({
        label: 'Skip non-recoverable data (autoSkipNonRecoverableData)',
        description:
          'values.broker.configData.autoSkipNonRecoverableData: let the broker skip data it cannot recover (set it when bookkeeper runs without persistence).',
      }),
      ensembleSize: optionalInt(1, 99, {
        label: 'Ensemble size',
        description: 'values.broker.configData.managedLedgerDefaultEnsembleSize.',
      }),
      writeQuorum: optionalInt(1, 99, {
        label: 'Write quorum',
        description: 'values.broker.configData.managedLedgerDefaultWriteQuorum.',
      }),
      ackQuorum: optionalInt(1, 99, {
        label: 'Ack quorum',
        description: 'values.broker.configData.managedLedgerDefaultAckQuorum.',
      }),
    })
    .prefault({}),
});

type Own = z.output<typeof PulsarSchema>;
const base = [...DEPS, 'pulsar'];
const config = ['spec', 'config', 'pulsar'];
const values = [...base, 'inCluster', 'values'];
const resources = [...values, 'bookkeeper', 'resources'];
const broker = [...values, 'broker', 'configData'];
const external = (own: Own) => own.external;
const withAuth = (own: Own) => own.external && own.authPlugin !== undefined;
const inCluster = (own: Own) => !own.external;
const chartValue = (codec: FieldEntry<Own>['codec'], key: string, ...path: string[]): FieldEntry<Own> => ({
  value: ['inCluster', key],
  manifest: [...values, ...path],
  codec,
  when: inCluster,
});
const resource = (key: string, ...path: string[]): FieldEntry<Own> => ({
  value: ['inCluster', 'bookkeeperResources', key],
  manifest: [...resources, ...path],
  codec: textCodec,
  when: inCluster,
});

export const pulsar = defineStorage({
  ...STORAGE_CATALOG.pulsar,
  schema: PulsarSchema,
  fields: [
    externalField<Own>(base),
    { value: ['endpoint'], manifest: [...base, 'endpoint'], codec: textCodec, when: external },
    { value: ['tenant'], manifest: [...config, 'tenant'], codec: textCodec, when: external },
    { value: ['namespace'], manifest: [...config, 'namespace'], codec: textCodec, when: external },
    {
      value: ['authPlugin'],
      manifest: [...config, 'authPlugin'],
      codec: enumCodec(PULSAR_AUTH_PLUGINS),
      when: external,
    },
    {
      value: ['authParams'],
      manifest: [...config, 'authParams'],
      codec: envSecretCodec(PULSAR_AUTH_PARAMS_ENV_VAR),
      when: withAuth,
      secret: true,
    },
    {
      value: ['inCluster', 'chartVersion'],
      manifest: [...base, 'inCluster', 'chartVersion'],
      codec: enumCodec(PULSAR_CHART_VERSIONS),
      when: inCluster,
    },
    ...inClusterLifecycleFields<Own>(base, inCluster),
    chartValue(boolCodec, 'autorecovery', 'components', 'autorecovery'),
    chartValue(intCodec, 'zookeeperReplicas', 'zookeeper', 'replicaCount'),
    chartValue(intCodec, 'bookkeeperReplicas', 'bookkeeper', 'replicaCount'),
    resource('limitsCpu', 'limits', 'cpu'),
    resource('limitsMemory', 'limits', 'memory'),
    resource('requestsCpu', 'requests', 'cpu'),
    resource('requestsMemory', 'requests', 'memory'),
    chartValue(intCodec, 'brokerReplicas', 'broker', 'replicaCount'),
    // The Pulsar chart passes configData to the broker as environment strings.
    {
      ...chartValue(asTextCodec(boolCodec), 'autoSkipNonRecoverableData'),
      manifest: [...broker, 'autoSkipNonRecoverableData'],
    },
    {
      ...chartValue(asTextCodec(intCodec), 'ensembleSize'),
      manifest: [...broker, 'managedLedgerDefaultEnsembleSize'],
    },
    {
      ...chartValue(asTextCodec(intCodec), 'writeQuorum'),
      manifest: [...broker, 'managedLedgerDefaultWriteQuorum'],
    },
    {
      ...chartValue(asTextCodec(intCodec), 'ackQuorum'),
      manifest: [...broker, 'managedLedgerDefaultAckQuorum'],
    },
    chartValue(intCodec, 'proxyReplicas', 'proxy', 'replicaCount'),
  ],
  blockComment: (own) =>
    own.external
      ? 'External Pulsar: one host:port, no scheme (the operator adds pulsar://).'
      : 'In-cluster Pulsar: the operator installs the Pulsar Helm chart with these values.',
});
