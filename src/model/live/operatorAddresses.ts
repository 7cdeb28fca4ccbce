/**
 * The in-cluster addresses milvus-operator v1.3.8 writes back into a resource
 * (apis/milvus.io/v1beta1/milvus_webhook.go `setDefaultMsgStreamConfigs` and `defaultStorage`):
 * a live object carries them although nobody wrote them, so they are not the user's settings.
 */
export type InClusterService = 'pulsar' | 'kafka' | 'minio';

export function operatorAddress(service: InClusterService, name: string, namespace: string): string {
  switch (service) {
    case 'pulsar':
      return `${name}-pulsar-proxy.${namespace}:6650`;
    case 'kafka':
      return `${name}-kafka.${namespace}:9092`;
    case 'minio':
      return `${name}-minio.${namespace}:9000`;
  }
}

/** The operator's DefaultMeta puts a resource without a namespace in `default`. */
export function namespaceOf(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : 'default';
}
