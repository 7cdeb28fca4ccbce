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

  // Milvus docs switch-mq-type.md: the switch is 3.0 and later, Woodpecker and one other storage.
  it('names the switch procedure from Milvus 3.0 on, for the pairs it covers', () => {
    const v = { ...wizardDefaults(), msgStreamType: 'rocksmq' as const, image: 'milvusdb/milvus:v3.0.0' };
    expect(storageChangeAdvice('woodpecker', v)?.onlineSwitch).toMatch(/3\.0\.0 can switch Woodpecker to RocksMQ/);
    v.image = 'milvusdb/milvus:v2.6.22';
    expect(storageChangeAdvice('woodpecker', v)?.onlineSwitch).toBeNull();
    expect(storageChangeAdvice('woodpecker', v)?.checklist).toBeNull();
    const cluster = { ...v, mode: 'cluster' as const, msgStreamType: 'kafka' as const, image: 'milvusdb/milvus:v3.0.0' };
    expect(storageChangeAdvice('pulsar', cluster)?.onlineSwitch).toMatch(/no switch from Pulsar to Kafka/);
  });
});
