import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkHostPort } from './endpoints.ts';

describe('host:port as the operator reads it', () => {
  it('accepts host:port, IPs and IPv6 in brackets', () => {
    expect(checkHostPort('pulsar.example:6650')).toMatchObject({ ok: true, port: 6650 });
    expect(checkHostPort('192.168.1.1:6650')).toMatchObject({ ok: true, host: '192.168.1.1' });
    expect(checkHostPort('[::1]:9092')).toMatchObject({ ok: true, port: 9092 });
  });

  it('names a scheme as the problem and offers the address without it', () => {
    expect(checkHostPort('pulsar://192.168.1.1:6650')).toMatchObject({
      ok: false,
      kind: 'scheme',
      withoutScheme: '192.168.1.1:6650',
    });
  });

  // What a missing port leads to is the storage's (resolve.test.ts): 80 for Pulsar, 9092 for Kafka.
  it('finds a missing port', () => {
    expect(checkHostPort('kafka-0')).toMatchObject({ ok: false, kind: 'no-port' });
  });

  it('rejects ports outside 1..65535 and junk', () => {
    expect(checkHostPort('a:0')).toMatchObject({ ok: false, kind: 'bad-port' });
    expect(checkHostPort('a:70000')).toMatchObject({ ok: false, kind: 'bad-port' });
    expect(checkHostPort('a b:1')).toMatchObject({ ok: false, kind: 'format' });
    expect(checkHostPort('  ')).toMatchObject({ ok: false, kind: 'empty' });
  });

  it('never throws and always explains a rejection', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const result = checkHostPort(s);
        return result.ok || result.message.length > 0;
      }),
    );
  });
});
