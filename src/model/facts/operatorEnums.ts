/**
 * The operator's and Milvus's own enumerations, as their CRD and milvus.yaml spell them. Both
 * schemas import them: the wizard's values (values.ts, storages/) and the manifest (manifest/schema.ts).
 * No zod here, so the CLI's help and the support matrix can read them without it.
 */

export const DEPLOYMENT_MODES = ['standalone', 'cluster'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

/** The message storages the wizard offers, in the operator's `msgStreamType` words. */
export const MSG_STREAM_TYPES = ['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker'] as const;
export type MsgStreamType = (typeof MSG_STREAM_TYPES)[number];

/** Every value the CRD accepts for `spec.dependencies.msgStreamType`. */
export const CRD_MSG_STREAM_TYPES = [...MSG_STREAM_TYPES, 'custom', ''] as const;

/**
 * How Milvus is installed, which decides what the wizard writes: a `Milvus` resource for Milvus
 * Operator, or a values file for the milvus-helm chart (`generate --target`).
 */
export const INSTALL_TARGETS = ['operator', 'helm'] as const;
export type InstallTarget = (typeof INSTALL_TARGETS)[number];

/** The milvus.io API versions the wizard writes. */
export const API_VERSIONS = ['v1beta1', 'v1alpha1'] as const;
export type ApiVersionChoice = (typeof API_VERSIONS)[number];

/** `inCluster.deletionPolicy` of a dependency (apis/milvus.io/v1beta1/dependencies_types.go). */
export const DELETION_POLICIES = ['Retain', 'Delete'] as const;

/** `dependencies.pulsar.inCluster.chartVersion`: the Pulsar Helm charts the operator ships. */
export const PULSAR_CHART_VERSIONS = ['pulsar-v2', 'pulsar-v3'] as const;
export type PulsarChartVersion = (typeof PULSAR_CHART_VERSIONS)[number];

/**
 * milvus.yaml `pulsar.authPlugin` as the wizard offers it: the Java class names of Pulsar's token and
 * OAuth2 client plugins, then the short names the operator's sample writes
 * (config/samples/milvus_pulsar_with_authn_jwt_token.yaml: `authPlugin: token`). Milvus hands the
 * name to pulsar-client-go, whose pulsar/internal/auth/provider.go NewProvider accepts each of these
 * (and tls, basic, athenz, which the wizard does not offer).
 */
export const PULSAR_AUTH_PLUGINS = [
  'org.apache.pulsar.client.impl.auth.AuthenticationToken',
  'org.apache.pulsar.client.impl.auth.oauth2.AuthenticationOAuth2',
  'token',
  'oauth2',
] as const;

/** milvus.yaml `kafka.securityProtocol` and `kafka.saslMechanisms`. */
export const KAFKA_SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
export const KAFKA_SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;

/** milvus.yaml `woodpecker.storage.type` that Milvus 2.6 accepts. */
export const WOODPECKER_STORAGE_TYPES = ['minio', 'local'] as const;

/**
 * Lists the v1.3.8 CRD declares outside the message storage (config/crd/bases/milvus.io_milvuses.yaml):
 * the manifest schema enforces them so that `invalid-value` says "refused" exactly where the API
 * server refuses (manifest/schema.test.ts holds the CRD's list).
 */
export const IMAGE_UPDATE_MODES = ['rollingUpgrade', 'rollingDowngrade', 'all', 'force'] as const;
export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;
export const TARGET_PORT_TYPES = ['string', 'integer'] as const;
