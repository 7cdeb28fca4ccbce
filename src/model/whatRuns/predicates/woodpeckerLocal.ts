/**
 * Embedded Woodpecker on local storage in cluster mode: Milvus panics at start ("woodpecker with
 * local storage is not supported in cluster mode", `validateWALName` in Milvus's streaming util)
 * unless `woodpecker.storage.forceLocalStorage` is true. YAML-free, so the wizard's "Next" asks the
 * same condition as the checker (rules/woodpeckerCluster.ts).
 */
import type { DeploymentMode } from '../../facts/operatorEnums.ts';

/** Milvus reads its config values as text: true, "true", "True" all count. */
function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

export function isLocalStorage(type: unknown): boolean {
  return typeof type === 'string' && type.trim() === 'local';
}

export function woodpeckerLocalRefused(
  mode: DeploymentMode,
  type: unknown,
  forceLocalStorage: unknown,
): boolean {
  return mode === 'cluster' && isLocalStorage(type) && !isTrue(forceLocalStorage);
}

/** The words after the subject ("spec.config.woodpecker.storage.type"), shared with the admission policy. */
export const WOODPECKER_LOCAL_WHY =
  'is local in cluster mode: Milvus panics at start ("woodpecker with local storage is not supported in cluster mode"), since each pod would write its own disk. Use minio (the default: the object storage every pod reaches), or set woodpecker.storage.forceLocalStorage: true if every pod really shares that path.';

export const WOODPECKER_LOCAL_IN_CLUSTER = `woodpecker.storage.type ${WOODPECKER_LOCAL_WHY}`;
