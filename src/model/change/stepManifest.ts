/**
 * The manifest a switch-plan step shows is the one the user applies at that step: never the live
 * object (its status, the API server's metadata, the defaults the operator wrote back) and never an
 * in-cluster dependency's address, which milvus-operator v1.3.8 writes itself and overwrites on every
 * reconcile (apis/milvus.io/v1beta1/milvus_webhook.go setDefaultMsgStreamConfigs: `endpoint` of a
 * Pulsar and `brokerList` of a Kafka that is not external).
 */
import { cleanedObject } from '../operator/live/clean.ts';
import { SERVER_METADATA } from '../operator/live/writtenBack.ts';
import { LAST_APPLIED, at, isObject, type Json } from './view.ts';

/** The address field the operator writes for an in-cluster Pulsar or Kafka. */
const IN_CLUSTER_ADDRESS = { pulsar: 'endpoint', kafka: 'brokerList' } as const;

export type RoutedStorage = keyof typeof IN_CLUSTER_ADDRESS;

/** Read back from a cluster (or copied from `kubectl get -o yaml`), not written by hand. */
function readBack(obj: Json): boolean {
  const metadata = isObject(obj.metadata) ? obj.metadata : {};
  const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
  return (
    (isObject(obj.status) && Object.keys(obj.status).length > 0) ||
    SERVER_METADATA.some((key) => key in metadata) ||
    LAST_APPLIED in annotations
  );
}

function pruneEmpty(root: Json, path: readonly string[]): void {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = at(root, path.slice(0, depth - 1));
    const key = path[depth - 1]!;
    const node = isObject(parent) ? parent[key] : undefined;
    if (!isObject(parent) || !isObject(node) || Object.keys(node).length > 0) return;
    delete parent[key];
  }
}

function deleteField(root: Json, path: readonly string[]): void {
  const parent = at(root, path.slice(0, -1));
  if (!isObject(parent)) return;
  delete parent[path.at(-1)!];
  pruneEmpty(root, path.slice(0, -1));
}

/** `obj` as the user applies it: cleaned when read back, without the in-cluster addresses. */
export function manifestToApply(obj: Json): Json {
  const copy = readBack(obj) ? cleanedObject(obj) : structuredClone(obj);
  for (const [dep, key] of Object.entries(IN_CLUSTER_ADDRESS)) {
    const block = at(copy, ['spec', 'dependencies', dep]);
    if (isObject(block) && block.external !== true && key in block)
      deleteField(copy, ['spec', 'dependencies', dep, key]);
  }
  return copy;
}

const PLACEHOLDER: Record<RoutedStorage, string> = {
  pulsar: '<pulsar-host>:6650',
  kafka: '<kafka-host>:9092',
};

/** The external address `file` gives its target: under dependencies when external, else where the docs write it in spec.config. */
function addressOf(file: Json, to: RoutedStorage): string[] {
  const deps = at(file, ['spec', 'dependencies', to]);
  const external = isObject(deps) && deps.external === true;
  if (to === 'pulsar') {
    const endpoint = isObject(deps) ? deps.endpoint : undefined;
    if (external && typeof endpoint === 'string' && endpoint !== '') return [endpoint];
    const host = at(file, ['spec', 'config', 'pulsar', 'address']);
    const port = at(file, ['spec', 'config', 'pulsar', 'port']);
    if (typeof host === 'string' && host !== '')
      return [
        `${host.replace(/^pulsar:\/\//, '')}:${typeof port === 'number' || typeof port === 'string' ? port : 6650}`,
      ];
    return [PLACEHOLDER.pulsar];
  }
  const brokers = isObject(deps) ? deps.brokerList : undefined;
  if (external && Array.isArray(brokers) && brokers.length > 0) return brokers.map(String);
  const config = at(file, ['spec', 'config', 'kafka', 'brokerList']);
  // Milvus joins a list with commas and reads a comma-separated string the same way.
  if (Array.isArray(config) && config.length > 0) return config.map(String);
  if (typeof config === 'string' && config !== '') return config.split(',').map((b) => b.trim());
  return [PLACEHOLDER.kafka];
}

/**
 * The route the operator can follow to an external Pulsar or Kafka: msgStreamType names the target,
 * dependencies.<target>.external is true and carries the address, from which the operator writes
 * Milvus's config (pkg/controllers/configmaps.go: `pulsar.address`/`port` split from `endpoint`,
 * `kafka.brokerList` from `brokerList`). The address the docs put in spec.config moves there: the
 * operator deletes spec.config.pulsar.address and port (deleteUnsettableConf) and overwrites
 * spec.config.kafka.brokerList.
 */
export function externalRoute(file: Json, to: RoutedStorage): { manifest: Json; placeholder: boolean } {
  const address = addressOf(file, to);
  const copy = manifestToApply(file);
  const spec = isObject(copy.spec) ? copy.spec : (copy.spec = {});
  const deps = isObject(spec.dependencies) ? spec.dependencies : (spec.dependencies = {});
  deps.msgStreamType = to;
  const block = isObject(deps[to]) ? deps[to] : {};
  delete block.inCluster;
  deps[to] =
    to === 'pulsar'
      ? { ...block, external: true, endpoint: address[0] }
      : { ...block, external: true, brokerList: address };
  const moved: readonly (readonly string[])[] =
    to === 'pulsar'
      ? [
          ['spec', 'config', 'pulsar', 'address'],
          ['spec', 'config', 'pulsar', 'port'],
        ]
      : [['spec', 'config', 'kafka', 'brokerList']];
  for (const path of moved) deleteField(copy, path);
  return { manifest: copy, placeholder: address.includes(PLACEHOLDER[to]) };
}
