/** The milvus-helm chart's facts: versions and their defaults (generated), and its message-storage keys' schema. */
export * from './versions.ts';
export type * from './types.ts';
export {
  HelmValuesSchema,
  STANDALONE_MESSAGE_QUEUES,
  KAFKA_SECURITY_PROTOCOLS,
  type HelmValues,
} from './valuesSchema.ts';
