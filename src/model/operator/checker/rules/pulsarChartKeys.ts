/**
 * The keys of the Apache Pulsar Helm chart's values that a Milvus manifest commonly sets under
 * spec.dependencies.pulsar.inCluster.values, level by level. Not the whole chart: enough to tell a
 * typo (`resoureces`, `limit`) from a key this list does not know, which is left alone.
 *
 * A level maps each known key to the level below it, or to null when what is below is free-form
 * (configData holds Pulsar's own settings) or not worth checking.
 */
export interface KeyLevel {
  readonly [key: string]: KeyLevel | null;
}

/** The quantities Kubernetes reads under resources.requests and resources.limits. */
export const QUANTITIES: KeyLevel = { cpu: null, memory: null, 'ephemeral-storage': null };

export const RESOURCES_LEVEL: KeyLevel = { requests: QUANTITIES, limits: QUANTITIES, claims: null };

const POD_MONITOR: KeyLevel = { enabled: null, interval: null, scrapeTimeout: null, metricRelabelings: null };

/** A Pulsar component (zookeeper, bookkeeper, broker, proxy, autorecovery, toolset). */
export const COMPONENT_LEVEL: KeyLevel = {
  component: null,
  replicaCount: null,
  resources: RESOURCES_LEVEL,
  configData: null,
  volumes: null,
  podMonitor: POD_MONITOR,
  autoscaling: null,
  nodeSelector: null,
  tolerations: null,
  affinity: null,
  annotations: null,
  podAnnotations: null,
  labels: null,
  service: null,
  ports: null,
  probe: null,
  gracePeriod: null,
  pdb: null,
  securityContext: null,
  extraVolumes: null,
  extraVolumeMounts: null,
  restartPodsOnConfigMapChange: null,
  topologySpreadConstraints: null,
  priorityClassName: null,
  initContainers: null,
  updateStrategy: null,
  podManagementPolicy: null,
  storageOffload: null,
  additionalCommand: null,
  ingress: null,
  serviceAccount: null,
  tlsSecretName: null,
  useStableHostnames: null,
};

/** Keys people write for a component that the chart spells differently. */
export const COMPONENT_ALIASES: Readonly<Record<string, string>> = { replicas: 'replicaCount' };

export const PULSAR_VALUES_LEVEL: KeyLevel = {
  components: {
    zookeeper: null,
    oxia: null,
    bookkeeper: null,
    autorecovery: null,
    broker: null,
    functions: null,
    proxy: null,
    toolset: null,
    pulsar_manager: null,
    dashboard: null,
  },
  monitoring: {
    prometheus: null,
    grafana: null,
    node_exporter: null,
    alert_manager: null,
    loki: null,
    datadog: null,
  },
  volumes: { persistence: null, local_storage: null },
  zookeeper: COMPONENT_LEVEL,
  bookkeeper: COMPONENT_LEVEL,
  autorecovery: COMPONENT_LEVEL,
  broker: COMPONENT_LEVEL,
  proxy: COMPONENT_LEVEL,
  toolset: COMPONENT_LEVEL,
  functions: null,
  pulsar_manager: null,
  oxia: null,
  dashboard: null,
  persistence: null,
  affinity: null,
  auth: null,
  tls: null,
  certs: null,
  images: null,
  image: null,
  namespace: null,
  namespaceCreate: null,
  initialize: null,
  clusterDomain: null,
  metadataPrefix: null,
  rbac: null,
  extra: null,
  prometheus: null,
  grafana: null,
  'kube-prometheus-stack': null,
  'victoria-metrics-k8s-stack': null,
  fullnameOverride: null,
  nameOverride: null,
  pulsar_metadata: null,
  defaultPulsarImageRepository: null,
  defaultPulsarImageTag: null,
  defaultPullPolicy: null,
  useReleaseStatus: null,
  imagePullSecrets: null,
  job: null,
};
