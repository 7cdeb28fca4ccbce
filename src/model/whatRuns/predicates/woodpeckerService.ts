/**
 * Woodpecker as its own service where Milvus cannot use it: the operator's rule
 * (checker/rules/woodpecker.ts) and the judge that Helm values go through (whatRuns/judge.ts) both
 * ask here, so the severity is decided once. The reasons live in support.ts
 * (woodpeckerServiceVerdict, WOODPECKER_SERVICE_ON_2_6).
 */
import { woodpeckerServiceVerdict, type DeploymentMode } from '../../facts/support.ts';
import { STREAMING_SINCE, type MilvusMinor } from '../../facts/versions.ts';

export interface WoodpeckerServiceRefusal {
  code: 'woodpecker-service-standalone' | 'woodpecker-service-version';
  severity: 'error' | 'warning';
  /** Why, in support.ts's words. */
  reason: string;
}

/**
 * Null where the service may run. A standalone never runs it (an error whatever the version). In a
 * cluster, a 2.6 that runs fails with it (2.6.21 panics at start, milvus-io/milvus#50201), so that
 * is an error; below 2.6, Woodpecker itself is unsupported-storage's error and this only says what
 * the service adds; and a version only believed from a tag nobody can read is a warning, since what
 * runs may well be 3.0.
 */
export function woodpeckerServiceRefusal(
  mode: DeploymentMode,
  minor: MilvusMinor,
  versionOnlyBelieved: boolean,
): WoodpeckerServiceRefusal | null {
  const verdict = woodpeckerServiceVerdict(mode, minor);
  if (verdict.status !== 'unsupported') return null;
  if (mode === 'standalone')
    return { code: 'woodpecker-service-standalone', severity: 'error', reason: verdict.reason };
  return {
    code: 'woodpecker-service-version',
    severity: minor === STREAMING_SINCE && !versionOnlyBelieved ? 'error' : 'warning',
    reason: verdict.reason,
  };
}
