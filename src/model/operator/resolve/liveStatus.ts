/**
 * The status of a live object, read once for every reader (the checker's live-status rule, "What
 * will run", `milvus-mq explain`). The operator writes it (apis/milvus.io/v1beta1/milvus_types.go
 * MilvusStatus):
 * - pkg/controllers/milvus.go SetDefaultStatus: on the first reconcile, status `Pending` and
 *   currentImage/currentVersion copied from spec.components.image/version;
 * - pkg/controllers/status_cluster.go UpdateStatusForNewGeneration: the conditions (EtcdReady,
 *   StorageReady, MsgStreamReady from the dependency probes; MilvusReady, MilvusUpdated), and
 *   currentImage/currentVersion copied again only once MilvusReady and MilvusUpdated both hold. So
 *   a status image other than the spec's means a rollout under way, or stuck.
 * The running version is read as the operator reads it (milvus_types.go
 * IsCurrentImageVersionGreaterThan2_6): currentVersion when set, else the tag of currentImage.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import { compareVersions, formatVersion } from '../../facts/versions.ts';
import { believedVersion, isRecord, scalarText } from './operatorVersion.ts';
import type { BelievedVersion, LiveCondition, LiveStatus } from './types.ts';

type Obj = Record<string, unknown>;

const STATUS: YamlPath = ['status'];

export function liveStatus(
  status: Obj,
  metadata: Obj,
  asked: BelievedVersion,
  askedImage: string,
): LiveStatus {
  const currentImage = scalarText(status.currentImage);
  const currentVersion = scalarText(status.currentVersion);
  const read =
    currentImage === '' && currentVersion === ''
      ? null
      : believedVersion({
          version: currentVersion,
          versionPath: [...STATUS, 'currentVersion'],
          image: currentImage,
          imagePath: [...STATUS, 'currentImage'],
        });
  const now = read?.version ?? null;
  const differs =
    read === null
      ? false
      : now !== null && asked.version !== null
        ? compareVersions(now, asked.version) !== 0
        : currentImage !== '' && currentImage !== askedImage;
  const conditions = conditionsOf(status.conditions);
  const observed = status.observedGeneration;
  const generation = metadata.generation;
  return {
    health: scalarText(status.status),
    currentImage,
    currentVersion,
    now,
    nowPath: read !== null && now !== null ? read.path : null,
    asked,
    askedImage,
    differs,
    msgStream: conditions.find((c) => c.type === 'MsgStreamReady') ?? null,
    conditions,
    behind: typeof observed === 'number' && typeof generation === 'number' && observed < generation,
  };
}

function conditionsOf(value: unknown): LiveCondition[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    isRecord(item) && scalarText(item.type) !== ''
      ? [
          {
            type: scalarText(item.type),
            status: scalarText(item.status),
            reason: scalarText(item.reason),
            message: scalarText(item.message),
            index,
          },
        ]
      : [],
  );
}

/** A condition in words: "False (MsgStreamNotReady: dial tcp: connection refused)". */
export function describeCondition(c: LiveCondition): string {
  const detail = [c.reason, c.message].filter((x) => x !== '').join(': ');
  return `${c.status || 'no status'}${detail ? ` (${detail})` : ''}`;
}

/** The version the pods run now, in words: "Milvus 2.6.22", or the image where its tag names none. */
export function runningNow(s: LiveStatus): string {
  if (s.now) return `Milvus ${formatVersion(s.now)}`;
  return s.currentImage !== '' ? `the image ${s.currentImage}` : 'no image yet';
}

/** Where the status says so: "status.currentImage milvusdb/milvus:v2.6.22". */
export function runningNowSource(s: LiveStatus): string {
  const parts = [
    s.currentVersion !== '' ? `status.currentVersion ${s.currentVersion}` : '',
    s.currentImage !== '' ? `status.currentImage ${s.currentImage}` : '',
  ].filter((x) => x !== '');
  return parts.length > 0 ? parts.join(', ') : 'the status has no currentImage';
}
