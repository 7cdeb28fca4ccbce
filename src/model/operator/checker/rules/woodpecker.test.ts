// Sources: Milvus docs "Woodpecker" (woodpecker.md): service mode is cluster-only and a 3.x
// storage type; conditional writes need MinIO RELEASE.2024-12-18 or later, Huawei OBS unsupported;
// zilliztech/woodpecker#54: Aliyun OSS and CubeFS lacked conditional writes. Milvus's WAL builder
// (pkg/streaming/walimpls/impls/wp/builder.go): 3.0 opens a remote client for the service, 2.6 always
// runs Woodpecker embedded and from 2.6.21 panics on woodpecker.storage.type: service
// (milvus-io/milvus#50201).
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';
import { minioReleaseDate } from './woodpecker.ts';

const service = (mode: string, image: string) =>
  milvus(`
    mode: ${mode}
    components:
      image: ${image}
    dependencies:
      msgStreamType: woodpecker
      woodpecker:
        external: true
        quorumBufferPools:
          - name: pool-a
            seeds: ["wp-0.wp:18080"]
  `);

describe('Woodpecker as a service', () => {
  it('is an error in standalone mode, with a fix that runs it embedded', () => {
    const text = service('standalone', 'milvusdb/milvus:v3.0.0');
    const [d] = withCode(check(text), 'woodpecker-service-standalone');
    expect(d).toMatchObject({ severity: 'error', path: 'spec.dependencies.woodpecker.external' });
    expect(d!.message).toMatch(/cluster mode only.*Milvus 3\.0\.0 and later/);
    expect(d!.message.match(/cluster mode only/g)).toHaveLength(1);
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).not.toContain('quorumBufferPools');
    expect(withCode(check(fixed), 'woodpecker-service-standalone')).toEqual([]);
  });

  // The chart (from 5.0.8, Milvus 2.6.6) and the operator write woodpecker.storage.type: service for
  // 2.6 too, but Milvus 2.6 has no client for it (support.ts WOODPECKER_SERVICE_SINCE_PATCH).
  it('is fine in a 3.0 cluster, and an error in a 2.6 cluster, with a fix that runs it embedded', () => {
    for (const image of ['milvusdb/milvus:v3.0.0', 'milvusdb/milvus:v3.0.1']) {
      expect(withCode(check(service('cluster', image)), 'woodpecker-service-standalone')).toEqual([]);
      expect(withCode(check(service('cluster', image)), 'woodpecker-service-version')).toEqual([]);
    }
    for (const image of ['milvusdb/milvus:v2.6.22', 'milvusdb/milvus:v2.6.6']) {
      const text = service('cluster', image);
      const [d] = withCode(check(text), 'woodpecker-service-version');
      expect(d?.severity, image).toBe('error');
      expect(d?.message).toMatch(
        /needs Milvus 3\.0\.0 or later.*no client for a Woodpecker service.*2\.6\.21/,
      );
      const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
      expect(withCode(check(fixed), 'woodpecker-service-version')).toEqual([]);
      expect(check(fixed).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('is only a warning where the tag names no version (the operator believes one)', () => {
    const [d] = withCode(
      check(service('cluster', 'milvusdb/milvus:master-20260801-abc')),
      'woodpecker-service-version',
    );
    expect(d?.severity ?? 'none').not.toBe('error');
  });
});

describe('Woodpecker needs conditional writes from its object storage', () => {
  const onMinio = (tag: string) =>
    milvus(`
      components:
        image: milvusdb/milvus:v3.0.0
      dependencies:
        msgStreamType: woodpecker
        storage:
          inCluster:
            values:
              image:
                tag: ${tag}
    `);

  it('reads MinIO release tags', () => {
    expect(minioReleaseDate('RELEASE.2023-03-20T20-16-18Z')).toBe('2023-03-20');
    expect(minioReleaseDate('latest')).toBeNull();
  });

  it('warns about an in-cluster MinIO older than RELEASE.2024-12-18', () => {
    const [d] = withCode(check(onMinio('RELEASE.2023-03-20T20-16-18Z')), 'woodpecker-conditional-writes');
    expect(d).toMatchObject({
      severity: 'warning',
      path: 'spec.dependencies.storage.inCluster.values.image.tag',
    });
    expect(d!.message).toMatch(/RELEASE\.2024-12-18 or later/);
    expect(withCode(check(onMinio('RELEASE.2024-12-18T13-15-44Z')), 'woodpecker-conditional-writes')).toEqual(
      [],
    );
  });

  it('says nothing for Woodpecker on local storage or another message storage', () => {
    const local = `${onMinio('RELEASE.2023-03-20T20-16-18Z')}  config:\n    woodpecker:\n      storage:\n        type: local\n`;
    expect(withCode(check(local), 'woodpecker-conditional-writes')).toEqual([]);
    const rocks = onMinio('RELEASE.2023-03-20T20-16-18Z').replace(
      'msgStreamType: woodpecker',
      'msgStreamType: rocksmq',
    );
    expect(withCode(check(rocks), 'woodpecker-conditional-writes')).toEqual([]);
  });

  it('warns where the external endpoint is Aliyun OSS or Huawei OBS, and notes an external MinIO', () => {
    const external = (endpoint: string, type = 'S3') =>
      milvus(`
        dependencies:
          msgStreamType: woodpecker
          storage:
            external: true
            type: ${type}
            endpoint: ${endpoint}
      `);
    const oss = withCode(
      check(external('oss-cn-hangzhou.aliyuncs.com:443')),
      'woodpecker-conditional-writes',
    );
    expect(oss[0]?.message).toMatch(/Aliyun OSS.*woodpecker#54/);
    const obs = withCode(
      check(external('obs.cn-north-4.myhuaweicloud.com:443')),
      'woodpecker-conditional-writes',
    );
    expect(obs[0]?.message).toMatch(/Huawei OBS/);
    expect(
      withCode(check(external('s3.us-east-1.amazonaws.com:443')), 'woodpecker-conditional-writes'),
    ).toEqual([]);
    const minio = withCode(check(external('minio.storage:9000', 'MinIO')), 'woodpecker-conditional-writes');
    expect(minio[0]).toMatchObject({ severity: 'info' });
  });

  it('warns about spec.config.minio.cloudProvider aliyun', () => {
    const text = `${milvus('dependencies:\n  msgStreamType: woodpecker')}  config:\n    minio:\n      cloudProvider: aliyun\n`;
    const [d] = withCode(check(text), 'woodpecker-conditional-writes');
    expect(d).toMatchObject({ severity: 'warning', path: 'spec.config.minio.cloudProvider' });
  });
});
