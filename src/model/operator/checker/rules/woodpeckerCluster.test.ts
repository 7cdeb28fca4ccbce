// Embedded Woodpecker in cluster mode. Sources beside the rule (woodpeckerCluster.ts): Milvus's
// streaming util validateWALName (local storage refused in cluster mode unless forced), the
// operator's pkg/controllers/pvc.go (one claim, ReadWriteOnce by default) and issue #444.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';
import { admissionCases, evaluatePolicy } from '../../policy/testing.ts';

function cluster(config: string, woodpecker = '', mode = 'cluster'): string {
  return milvus(
    `mode: ${mode}\ncomponents:\n  image: milvusdb/milvus:v2.6.15\nconfig:\n${config}\ndependencies:\n  msgStreamType: woodpecker\n${woodpecker}`,
  );
}

const LOCAL = '  woodpecker:\n    storage:\n      type: local';
const PERSISTED = '  woodpecker:\n    persistence:\n      enabled: true';

describe('embedded Woodpecker in cluster mode', () => {
  it('local storage in cluster mode is an error (Milvus panics at start), with minio as the fix', () => {
    const text = cluster(LOCAL);
    const [d] = withCode(check(text), 'woodpecker-local-in-cluster');
    expect(d).toMatchObject({ severity: 'error', path: 'spec.config.woodpecker.storage.type' });
    expect(d!.message).toContain('not supported in cluster mode');
    // The API server keeps spec.config: the admission policy refuses it too.
    expect(evaluatePolicy(admissionCases(text)[0]!.object).failed.map((f) => f.code)).toEqual([
      'woodpecker-local-in-cluster',
    ]);
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(withCode(check(fixed), 'woodpecker-local-in-cluster')).toEqual([]);
  });

  it('is fine with forceLocalStorage true (as Milvus reads it: a boolean or its text), in standalone, or as a service', () => {
    expect(
      withCode(check(cluster(`${LOCAL}\n      forceLocalStorage: true`)), 'woodpecker-local-in-cluster'),
    ).toEqual([]);
    expect(
      withCode(check(cluster(`${LOCAL}\n      forceLocalStorage: "true"`)), 'woodpecker-local-in-cluster'),
    ).toEqual([]);
    expect(
      withCode(check(cluster(`${LOCAL}\n      forceLocalStorage: false`)), 'woodpecker-local-in-cluster'),
    ).toHaveLength(1);
    expect(withCode(check(cluster(LOCAL, '', 'standalone')), 'woodpecker-local-in-cluster')).toEqual([]);
  });

  it('persistence in cluster mode is a warning: one ReadWriteOnce claim for every pod', () => {
    const [d] = withCode(check(cluster('  {}', PERSISTED)), 'woodpecker-persistence-cluster');
    expect(d).toMatchObject({
      severity: 'warning',
      path: 'spec.dependencies.woodpecker.persistence.enabled',
    });
    expect(d!.message).toContain('ReadWriteOnce');
    expect(d!.message).toContain('#444');
    // A ReadWriteMany claim can serve every pod; a standalone has one pod.
    const rwx = `${PERSISTED}\n      persistentVolumeClaim:\n        spec:\n          accessModes: [ReadWriteMany]`;
    expect(withCode(check(cluster('  {}', rwx)), 'woodpecker-persistence-cluster')).toEqual([]);
    expect(
      withCode(check(cluster('  {}', PERSISTED, 'standalone')), 'woodpecker-persistence-cluster'),
    ).toEqual([]);
  });
});
