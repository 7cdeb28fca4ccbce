/**
 * Where an embedded message storage keeps its data, for "Addresses Milvus connects to": it dials no
 * message-storage service, but embedded Woodpecker writes its log to the object storage and its
 * metadata to etcd (Milvus docs "Woodpecker", woodpecker.md; `woodpecker.meta.type: etcd` in
 * Milvus 2.6's configs/milvus.yaml), and RocksMQ and NATS write to the pod's disk.
 *
 * Addresses as milvus-operator v1.3.8 fills them in (apis/milvus.io/v1beta1/milvus_webhook.go): the
 * in-cluster MinIO `<name>-minio.<namespace>:9000`, the in-cluster etcd's pods
 * `<name>-etcd-N.<name>-etcd-headless.<namespace>:2379`; the bucket is spec.config.minio.bucketName,
 * else `milvus-bucket` (pkg/controllers/utils.go defaultBucketName).
 */
import { MINIO_CONDITIONAL_WRITES_SINCE } from '../../facts/support.ts';
import { isRecord, scalarText } from './operatorVersion.ts';
import type { ResolvedMilvus } from './types.ts';
import { NAMESPACE_STAND_IN } from './namespace.ts';

type Obj = Record<string, unknown>;

function at(root: unknown, ...path: string[]): unknown {
  let node = root;
  for (const key of path) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** The embedded storage's places in words, from the v1beta1 spec; empty for the others. */
export function embeddedStoreLines(
  spec: Obj,
  storage: Pick<ResolvedMilvus['storage'], 'type' | 'side'>,
  name: string,
  namespace: string,
): string[] {
  if (storage.side !== 'embedded') return [];
  if (storage.type !== 'woodpecker')
    return [
      `None: ${storage.type === 'natsmq' ? 'NATS' : 'RocksMQ'} runs inside the Milvus pod and writes to its disk (its persistence volume, else an emptyDir).`,
    ];
  const ns = namespace || NAMESPACE_STAND_IN;
  const type = scalarText(at(spec, 'config', 'woodpecker', 'storage', 'type')) || 'minio';
  const etcd = at(spec, 'dependencies', 'etcd');
  const etcdEndpoints = at(etcd, 'endpoints');
  const etcdWhere =
    at(etcd, 'external') === true && Array.isArray(etcdEndpoints) && etcdEndpoints.length > 0
      ? `the external etcd at ${etcdEndpoints.map(String).join(', ')}`
      : `the in-cluster etcd (${name}-etcd-0.${name}-etcd-headless.${ns}:2379 and its other pods)`;
  const meta = `Woodpecker metadata: etcd, ${etcdWhere}.`;
  if (type === 'local')
    return [
      "Woodpecker log: the Milvus pod's disk (woodpecker.storage.type local, under localStorage.path): the Woodpecker persistence volume, else an emptyDir.",
      meta,
    ];
  const store = at(spec, 'dependencies', 'storage');
  const bucket = scalarText(at(spec, 'config', 'minio', 'bucketName')) || 'milvus-bucket';
  const where =
    at(store, 'external') === true
      ? `the external object storage at ${scalarText(at(store, 'endpoint')) || '(no endpoint set)'}`
      : `the in-cluster MinIO ${name}-minio.${ns}:9000`;
  return [
    `Woodpecker log: object storage, bucket ${bucket} on ${where}. It needs conditional writes there: MinIO RELEASE.${MINIO_CONDITIONAL_WRITES_SINCE} or later.`,
    meta,
  ];
}
