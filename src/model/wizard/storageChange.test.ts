import { describe, expect, it } from 'vitest';
import { storageChangeAdvice } from './storageChange.ts';
import { wizardDefaults } from './wizardDefaults.ts';

describe('changing the storage of a running deployment', () => {
  it('says nothing when the storage stays', () => {
    expect(storageChangeAdvice('woodpecker', wizardDefaults())).toBeNull();
  });

  it('gives the RocksMQ to NATS checklist with the store directory of this manifest', () => {
    const v = { ...wizardDefaults(), milvusVersion: '2.5' as const, image: 'milvusdb/milvus:v2.5.16' };
    v.msgStreamType = 'natsmq';
    v.namespace = 'milvus';
    const advice = storageChangeAdvice('rocksmq', v);
    expect(advice?.summary).toMatch(/cannot change while Milvus runs/);
    expect(advice?.checklist).toHaveLength(5);
    expect(advice?.checklist?.join('\n')).toMatch(/mqType=natsmq.*jetstream.*\/var\/lib\/milvus\/nats/);
    expect(advice?.checklist?.join('\n')).toContain('kubectl apply -f milvuscluster.yaml -n milvus');
    v.natsmq.server.storeDir = '/data/nats';
    expect(storageChangeAdvice('rocksmq', v)?.checklist?.[3]).toContain('/data/nats');
    expect(advice?.onlineSwitch).toBeNull();
  });

  it('mentions the online WAL switch from Milvus 2.6.13 on', () => {
    const v = { ...wizardDefaults(), msgStreamType: 'kafka' as const, image: 'milvusdb/milvus:v2.6.13' };
    expect(storageChangeAdvice('woodpecker', v)?.onlineSwitch).toMatch(
      /2\.6\.13 can switch the message storage online/,
    );
    v.image = 'milvusdb/milvus:v2.6.12';
    expect(storageChangeAdvice('woodpecker', v)?.onlineSwitch).toBeNull();
    expect(storageChangeAdvice('woodpecker', v)?.checklist).toBeNull();
  });
});
