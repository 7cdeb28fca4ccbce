/**
 * The milvus-operator releases a verdict can assume (`--operator-version`), as data with their
 * source. What differs between them for the message storage: the image the operator deploys when a
 * manifest names none, the milvus-helm chart it bundles, and (from #514, 2026-08-22, commit a6dcc63 on
 * main) the Kafka readiness check and how a Kafka `secretRef` reaches Milvus.
 *
 * v1.3.8 is the newest published tag (commit 31b2ec5, 2026-08-14) and the default. v1.3.9 and
 * v1.3.10 are merged on the operator's main without a published tag; the mirror this project reads
 * (HEAD a6dcc63) stops before them, so their facts come from the merged pull requests:
 * - v1.3.9: zilliztech/milvus-operator#522 (merged 2026-08-28), "Milvus remains at v2.6.11 and
 *   milvus-helm remains at milvus-5.0.26"; it regenerates the CRDs with the StatefulSet fields of #512.
 * - v1.3.10: #538 (merged 2026-09-18), "Retain Milvus 2.6.24 and milvus-helm 5.0.28 from #535",
 *   "No CRD or API changes".
 */
import { MILVUS_IMAGE_REPOSITORY, formatVersion, type MilvusVersion } from '../../facts/versions.ts';

export interface OperatorRelease {
  /** As the operator's tags write it: `v1.3.8`. */
  version: string;
  /** Published as a tag and a chart (false: merged on main, no tag yet). */
  tagged: boolean;
  /** pkg/config/config.go DefaultMilvusVersion. */
  defaultMilvus: MilvusVersion;
  /** Makefile MILVUS_HELM_VERSION: the chart its in-cluster dependencies' defaults come from. */
  helmChart: string;
  /**
   * pkg/external/kafka.go CheckKafka: `read-topic` reads `_milvus-operator` partition 0 (v1.3.8);
   * `metadata` sends a metadata request, needing no topic and no topic ACL, and trusts the
   * Secret's ca.pem (#514).
   */
  kafkaReadiness: 'read-topic' | 'metadata';
  /** Where the facts were read. */
  source: string;
}

export const OPERATOR_RELEASES: readonly OperatorRelease[] = [
  {
    version: 'v1.3.8',
    tagged: true,
    defaultMilvus: { major: 2, minor: 6, patch: 11 },
    helmChart: '5.0.26',
    kafkaReadiness: 'read-topic',
    source: 'tag v1.3.8 (commit 31b2ec5, 2026-08-14): pkg/config/config.go, Makefile, pkg/external/kafka.go',
  },
  {
    version: 'v1.3.9',
    tagged: false,
    defaultMilvus: { major: 2, minor: 6, patch: 11 },
    helmChart: '5.0.26',
    kafkaReadiness: 'metadata',
    source:
      'zilliztech/milvus-operator#522 (merged 2026-08-28, no tag), after #514 (commit a6dcc63, 2026-08-22: pkg/external/kafka.go)',
  },
  {
    version: 'v1.3.10',
    tagged: false,
    defaultMilvus: { major: 2, minor: 6, patch: 24 },
    helmChart: '5.0.28',
    kafkaReadiness: 'metadata',
    source: 'zilliztech/milvus-operator#538 (merged 2026-09-18, no tag), defaults from #535',
  },
];

/** The release every verdict assumes unless told otherwise: the newest published tag. */
export const DEFAULT_OPERATOR_RELEASE: OperatorRelease = OPERATOR_RELEASES[0]!;

export function defaultImageOf(release: OperatorRelease): string {
  return `${MILVUS_IMAGE_REPOSITORY}:v${formatVersion(release.defaultMilvus)}`;
}

export const KNOWN_OPERATOR_VERSIONS = OPERATOR_RELEASES.map((r) => r.version);

/** `1.3.10` or `v1.3.10`; null for a version this project does not know. */
export function findOperatorRelease(text: string | undefined): OperatorRelease | null {
  if (text === undefined) return DEFAULT_OPERATOR_RELEASE;
  const wanted = text.trim().replace(/^v?/, 'v');
  return OPERATOR_RELEASES.find((r) => r.version === wanted) ?? null;
}

/** The message for a version nobody here knows, listing the known ones. */
export function unknownOperatorVersion(text: string): string {
  return `Unknown operator version "${text}": known are ${KNOWN_OPERATOR_VERSIONS.join(', ')} (${DEFAULT_OPERATOR_RELEASE.version}, the newest published tag, is the default).`;
}

/** "milvus-operator v1.3.10 (merged on main, no published tag)": how verdicts name what they assume. */
export function operatorLabel(release: OperatorRelease): string {
  return `milvus-operator ${release.version} (${release.tagged ? 'its newest published release' : 'merged on its main branch, no published tag'})`;
}
