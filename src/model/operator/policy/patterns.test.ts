// The policy's regular expressions against the model functions they mirror, run through the CEL
// evaluator's own RE2 (matches()), as Kubernetes runs them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHostPort } from '../../facts/endpoints.ts';
import { dialRefuses, kafkaDialRefuses } from '../resolve/operatorAddress.ts';
import {
  DIALLABLE,
  HOST_AND_PORT_PART,
  HOST_MAYBE_PORT,
  HOST_PORT,
  HOST_PORT_OR_SCHEME,
  HOST_WITHOUT_PORT,
  KAFKA_DIALLABLE,
  IMAGE_TAG_AFTER_25,
  IMAGE_TAG_MASTER,
  VERSION_AFTER_25,
  WITH_SCHEME,
} from './patterns.ts';
import { celValue } from './testing.ts';

const celMatches = (value: string, regex: string) => celValue('value.matches(regex)', { value, regex });

const addressPart = fc.constantFrom(
  'pulsar',
  'PLAINTEXT',
  '://',
  ':',
  '6650',
  '[::1]',
  '[',
  ']',
  'a.b',
  '-',
  '_',
  ' ',
  '/',
  '99999',
  '65535',
  '000',
  '0',
  '',
);
const address = fc.oneof(
  fc.array(addressPart, { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string(),
);

describe('address patterns', () => {
  it('WITH_SCHEME and HOST_WITHOUT_PORT say what checkHostPort says', () => {
    fc.assert(
      fc.property(address, (raw) => {
        if (raw.trim() === '' || raw !== raw.replace(/[^\x20-\x7e]/g, '')) return;
        const kind = checkHostPort(raw).ok ? 'ok' : (checkHostPort(raw) as { kind: string }).kind;
        expect(celMatches(raw, WITH_SCHEME)).toBe(kind === 'scheme');
        expect(celMatches(raw, HOST_WITHOUT_PORT)).toBe(kind === 'no-port');
        expect(celMatches(raw, HOST_PORT)).toBe(kind === 'ok');
        const scheme = celMatches(raw, WITH_SCHEME) === true;
        expect(celMatches(raw, HOST_AND_PORT_PART) === true && !celMatches(raw, HOST_PORT_OR_SCHEME)).toBe(
          kind === 'bad-port',
        );
        expect(!scheme && !celMatches(raw, HOST_MAYBE_PORT)).toBe(kind === 'format' || kind === 'empty');
      }),
      { numRuns: 300 },
    );
  });

  // segmentio/kafka-go dials a broker without a ':' at 9092 (dialer.go splitHostPort).
  it('DIALLABLE and KAFKA_DIALLABLE say what dialRefuses and kafkaDialRefuses say', () => {
    fc.assert(
      fc.property(address, (raw) => {
        if (raw !== raw.replace(/[^\x20-\x7e]/g, '')) return;
        expect(celMatches(raw, DIALLABLE)).toBe(!dialRefuses(raw));
        expect(celMatches(raw, KAFKA_DIALLABLE)).toBe(!kafkaDialRefuses(raw));
      }),
      { numRuns: 300 },
    );
    expect([
      kafkaDialRefuses('k0'),
      kafkaDialRefuses('PLAINTEXT://k0:9092'),
      kafkaDialRefuses('[::1]'),
    ]).toEqual([false, true, true]);
  });

  it.each([
    ['pulsar://p:6650', 'scheme'],
    ['PLAINTEXT://k:9092', 'scheme'],
    ['k0', 'no-port'],
    ['[::1]', 'no-port'],
    ['[::1]:9093', 'ok'],
    [' k0:9092 ', 'ok'],
    ['k0:65535', 'ok'],
    ['k0:00080', 'ok'],
    ['k0:65536', 'bad-port'],
    ['k0:000080', 'bad-port'],
    ['k0:0', 'bad-port'],
    ['k0:', 'bad-port'],
    ['1a://k0', 'bad-port'],
    ['a:b:c', 'format'],
    ['k 0:9092', 'format'],
    ['[::1', 'format'],
  ])('%s is %s', (raw, kind) => {
    expect(celMatches(raw, WITH_SCHEME)).toBe(kind === 'scheme');
    expect(celMatches(raw, HOST_WITHOUT_PORT)).toBe(kind === 'no-port');
    expect(celMatches(raw, HOST_PORT)).toBe(kind === 'ok');
    expect(celMatches(raw, HOST_AND_PORT_PART) && !celMatches(raw, HOST_PORT_OR_SCHEME)).toBe(
      kind === 'bad-port',
    );
  });
});

describe('the version the operator believes (semver.ParseTolerant, greater than 2.5.999)', () => {
  it.each([
    ['2.6', true],
    ['v2.6.11', true],
    [' 2.6.0-rc1 ', true],
    ['02.06', true],
    ['3', true],
    ['2.10.1', true],
    ['2.5.1000', true],
    ['2.5.16', false],
    ['2.5', false],
    ['2.6-rc1', false],
    ['2.6.1.2', false],
    ['latest', false],
    ['', false],
  ])('components.version %j: %s', (label, after) => {
    expect(celMatches(label, VERSION_AFTER_25)).toBe(after);
  });

  it.each([
    ['milvusdb/milvus:v2.6.11', true],
    ['registry:5000/milvusdb/milvus:v2.6.1', true],
    ['milvusdb/milvus:master-20250101-abcdef', true],
    ['milvusdb/milvus:v2.5.16', false],
    ['milvusdb/milvus:latest', false],
    ['milvusdb/milvus', false],
    ['registry:5000/milvus', false],
    ['milvusdb/milvus@sha256:0123abcd', false],
    ['milvusdb/milvus:v2.6.11@sha256:0123abcd', false],
  ])('image %s: %s', (image, after) => {
    expect(celMatches(image, IMAGE_TAG_MASTER) || celMatches(image, IMAGE_TAG_AFTER_25)).toBe(after);
  });
});
