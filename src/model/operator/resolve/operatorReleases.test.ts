// --operator-version: the releases as data, and the verdicts that differ between them. Facts:
// v1.3.8 pkg/config/config.go (default Milvus 2.6.11) and pkg/external/kafka.go (reads the topic
// _milvus-operator); #514 (commit a6dcc63: a metadata request instead); #522 (v1.3.9, Milvus stays
// 2.6.11); #538 (v1.3.10, Milvus 2.6.24 and milvus-helm 5.0.28 from #535).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkManifest } from '../checker/index.ts';
import { ASSUMED_OPERATOR, OPERATOR_DEFAULT_IMAGE } from '../../facts/versions.ts';
import { explain } from './explain.ts';
import { resolve } from './index.ts';
import {
  DEFAULT_OPERATOR_RELEASE,
  defaultImageOf,
  findOperatorRelease,
  unknownOperatorVersion,
} from './operatorReleases.ts';

const milvus = (spec: Record<string, unknown>) => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'prod' },
  spec,
});

describe('operator releases', () => {
  it('the default is the published v1.3.8, the release the rest of the model names', () => {
    expect(DEFAULT_OPERATOR_RELEASE.version).toBe(ASSUMED_OPERATOR);
    expect(defaultImageOf(DEFAULT_OPERATOR_RELEASE)).toBe(OPERATOR_DEFAULT_IMAGE);
    expect(findOperatorRelease(undefined)).toBe(DEFAULT_OPERATOR_RELEASE);
  });

  it('reads 1.3.10 and v1.3.10 alike; an unknown version lists the known ones', () => {
    expect(findOperatorRelease('1.3.10')?.version).toBe('v1.3.10');
    expect(findOperatorRelease('v1.3.10')?.tagged).toBe(false);
    expect(findOperatorRelease('1.4.0')).toBeNull();
    expect(unknownOperatorVersion('1.4.0')).toMatch(/"1\.4\.0".*v1\.3\.8, v1\.3\.9, v1\.3\.10/);
  });
});

describe('verdicts that differ by operator release', () => {
  it('no image: v1.3.10 runs Milvus 2.6.24, v1.3.8 and v1.3.9 run 2.6.11', () => {
    const file = milvus({ mode: 'standalone' });
    expect(resolve(file).running[0]?.image).toBe('milvusdb/milvus:v2.6.11');
    expect(resolve(file, { operatorVersion: '1.3.9' }).running[0]?.image).toBe('milvusdb/milvus:v2.6.11');
    expect(resolve(file, { operatorVersion: '1.3.10' }).running[0]?.image).toBe('milvusdb/milvus:v2.6.24');
  });

  it('components.version 2.6.24 without an image: only a label under v1.3.8, what runs under v1.3.10', () => {
    const text = stringify(milvus({ components: { version: '2.6.24' } }));
    const codes = (operatorVersion?: string) =>
      checkManifest(text, operatorVersion ? { operatorVersion } : {}).diagnostics.filter(
        (d) => d.code === 'version-without-image',
      );
    const [d] = codes();
    expect(d?.message).toMatch(
      /milvus-operator v1\.3\.8 .*runs its default image milvusdb\/milvus:v2\.6\.11/,
    );
    expect(codes('v1.3.10')).toEqual([]);
  });

  it('Kafka readiness: v1.3.8 reads the topic _milvus-operator, v1.3.9 on sends a metadata request', () => {
    const file = milvus({
      mode: 'cluster',
      dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['k:9092'] } },
    });
    expect(resolve(file).readiness.check).toContain('_milvus-operator');
    const later = resolve(file, { operatorVersion: 'v1.3.9' }).readiness.check;
    expect(later).toContain('metadata request');
    expect(later).not.toContain('_milvus-operator');
  });

  it('explain says which release it assumes', () => {
    const text = (operatorVersion?: string) =>
      JSON.stringify(explain(resolve(milvus({}), operatorVersion ? { operatorVersion } : {})));
    expect(text()).toContain('Judged as milvus-operator v1.3.8 (its newest published release)');
    expect(text('1.3.10')).toContain(
      'Judged as milvus-operator v1.3.10 (merged on its main branch, no published tag)',
    );
  });
});
