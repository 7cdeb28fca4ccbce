import { describe, expect, it } from 'vitest';
import { defaultImageFor } from '../facts/versions.ts';
import { reconcileContext } from './contextChange.ts';
import { wizardDefaults } from './wizardDefaults.ts';

const at26 = { mode: 'standalone', milvusVersion: '2.6' } as const;

describe('changing mode or version', () => {
  it('replaces NATS on 2.6 with the operator default and says why', () => {
    const v = { ...wizardDefaults(), milvusVersion: '2.6' as const, msgStreamType: 'natsmq' as const };
    const result = reconcileContext(v, { mode: 'standalone', milvusVersion: '2.5' });
    expect(result.changes).toContainEqual({ path: 'msgStreamType', value: 'woodpecker' });
    expect(result.notices[0]).toMatch(/from NATS to Woodpecker .*NATS was removed in Milvus 2.6/);
  });

  it('replaces RocksMQ in cluster mode with Pulsar', () => {
    const v = { ...wizardDefaults(), mode: 'cluster' as const, msgStreamType: 'rocksmq' as const };
    const result = reconcileContext(v, at26);
    expect(result.changes).toEqual([{ path: 'msgStreamType', value: 'pulsar' }]);
  });

  it('replaces Woodpecker before 2.6 with RocksMQ in standalone', () => {
    const v = { ...wizardDefaults(), milvusVersion: '2.5' as const };
    const result = reconcileContext(v, at26);
    expect(result.changes).toContainEqual({ path: 'msgStreamType', value: 'rocksmq' });
  });

  it('moves the default image and Pulsar chart along with the version', () => {
    const v = { ...wizardDefaults(), milvusVersion: '2.4' as const, msgStreamType: 'pulsar' as const };
    const result = reconcileContext(v, at26);
    expect(result.changes).toContainEqual({ path: 'image', value: defaultImageFor('2.4') });
    expect(result.changes).toContainEqual({ path: 'pulsar.inCluster.chartVersion', value: 'pulsar-v2' });
  });

  it('leaves an image and a chart the user chose', () => {
    const v = { ...wizardDefaults(), milvusVersion: '2.5' as const, image: 'mirror/milvus:v2.6.3' };
    v.pulsar.inCluster.chartVersion = 'pulsar-v2';
    const result = reconcileContext(v, at26);
    expect(result.changes).toEqual([{ path: 'msgStreamType', value: 'rocksmq' }]);
  });

  it('changes nothing when the storage still works', () => {
    const v = { ...wizardDefaults(), msgStreamType: 'kafka' as const, mode: 'cluster' as const };
    expect(reconcileContext(v, at26)).toEqual({ changes: [], notices: [] });
  });
});
