/**
 * One judgement of whether the message storage in effect can run, read by the checker
 * (storageVsModeAndVersion.ts) and by "What will run" (resolve/explain.ts), so that `check` and
 * `explain` never disagree about the same resource.
 *
 * Support is judged against the version that runs (resolve/operatorVersion.ts judgedVersion). Where
 * the image's tag names no version (`harbor.milvus.io/milvus/milvus:<branch>-<commit>`, the
 * operator's own beta Woodpecker sample config/samples/beta/milvus_woodpecker.yaml), the operator's
 * reading of it (below 2.6, or 2.6 or later for master-*) picks its *defaults* only
 * (apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6): whether Milvus has a
 * storage that depends on the version is then unknown, never a refusal.
 */
import type { JudgedVersion } from '../operator/resolve/types.ts';
import {
  MQ_LABELS,
  supportForVersion,
  supportOf,
  type DeploymentMode,
  type MsgStreamType,
  type SupportVerdict,
} from '../facts/support.ts';
import { MILVUS_MINOR_VERSIONS } from '../facts/versions.ts';

export type StorageJudgement =
  | { outcome: 'runs'; verdict: SupportVerdict }
  /** Milvus fails at start with this storage here. */
  | { outcome: 'refused'; verdict: SupportVerdict }
  /** It runs on some versions and not on others, and the file does not say which runs. */
  | { outcome: 'version-unknown'; verdict: SupportVerdict; unknownBecause: string };

/** Whether this mode allows the storage on some Milvus version: then only the version decides. */
function dependsOnVersion(mode: DeploymentMode, mq: MsgStreamType): boolean {
  return MILVUS_MINOR_VERSIONS.some((minor) => supportOf(mode, mq, minor).status !== 'unsupported');
}

export function judgeStorage(
  mode: DeploymentMode,
  mq: MsgStreamType,
  judged: Pick<JudgedVersion, 'version' | 'source' | 'label'>,
): StorageJudgement {
  const verdict = supportForVersion(mode, mq, judged.version);
  if (verdict.status !== 'unsupported') return { outcome: 'runs', verdict };
  if (judged.source === 'believed' && dependsOnVersion(mode, mq)) {
    return {
      outcome: 'version-unknown',
      verdict,
      unknownBecause: `the image's tag names no Milvus version, so nobody can tell from the file whether the Milvus that runs has ${MQ_LABELS[mq]}: ${verdict.reason} The operator's reading of the tag (Milvus ${judged.label}) picks only its defaults`,
    };
  }
  return { outcome: 'refused', verdict };
}
