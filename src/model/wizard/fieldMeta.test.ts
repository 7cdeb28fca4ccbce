import { describe, expect, it } from 'vitest';
import { defaultFromDescription, describeField, fieldDefault } from './fieldMeta.ts';

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

  it('finds the default a description names, for placeholders', () => {
    expect(fieldDefault('natsmq.server.port')).toBe('4222');
    expect(fieldDefault('natsmq.server.storeDir')).toBe('/var/lib/milvus/nats');
    expect(fieldDefault('rocksmq.retentionTimeInMinutes')).toBe('4320');
    expect(fieldDefault('natsmq.server.monitor.logTime')).toBe('on');
    expect(fieldDefault('kafka.securityProtocol')).toBe('PLAINTEXT');
    expect(defaultFromDescription('Uses the operator default for new resources.')).toBeUndefined();
    expect(defaultFromDescription(undefined)).toBeUndefined();
  });
});
