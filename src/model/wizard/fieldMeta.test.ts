import { describe, expect, it } from 'vitest';
import { STORAGES } from '../storages/index.ts';
import { describeField, fieldDefault, fieldLabel, fieldMetaOf, fieldPlaceholder, fieldUnit } from './fieldMeta.ts';

describe('field help from the schema', () => {
  it('reads the description of nested, optional and list fields', () => {
    expect(describeField('natsmq.server.port')).toMatch(/^Port the embedded NATS server listens on/);
    expect(describeField('rocksmq.persistence.enabled')).toMatch(/PersistentVolumeClaim/);
    expect(describeField('woodpecker.quorumBufferPools.2.seeds')).toMatch(/service port 18080/);
    expect(describeField('kafka.tls.tlsKeyPassword')).toMatch(/Never saved/);
  });

  it('gives nothing for a path the schema does not have', () => {
    expect(describeField('kafka.nope')).toBeUndefined();
    expect(describeField('name.deeper')).toBeUndefined();
  });

  it('finds the default a field declares, for placeholders', () => {
    expect(fieldDefault('natsmq.server.port')).toBe('4222');
    expect(fieldDefault('natsmq.server.storeDir')).toBe('/var/lib/milvus/nats');
    expect(fieldDefault('rocksmq.retentionTimeInMinutes')).toBe('4320');
    expect(fieldDefault('natsmq.server.monitor.logTime')).toBe('on');
    expect(fieldDefault('kafka.securityProtocol')).toBe('PLAINTEXT');
    expect(fieldDefault('pulsar.inCluster.chartVersion')).toBeUndefined();
  });

  it('reads the label, placeholder and unit the form shows', () => {
    expect(fieldLabel('kafka.tls.tlsCert')).toBe('Client certificate (tlsCert)');
    expect(fieldPlaceholder('kafka.tls.tlsCert')).toBe('/certs/client.pem');
    expect(fieldUnit('natsmq.server.initializeTimeout')).toBe('ms');
    expect(fieldLabel('kafka.nope')).toBeUndefined();
  });

  it('every declared default is the one the help text names, so the two cannot drift apart', () => {
    for (const storage of STORAGES) {
      for (const f of storage.fields) {
        const path = [storage.id, ...f.value].join('.');
        const shown = fieldDefault(path);
        if (shown === undefined) continue;
        expect(fieldMetaOf(path)?.description, path).toMatch(new RegExp(`[Dd]efault ${shown.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`));
      }
    }
  });
});
