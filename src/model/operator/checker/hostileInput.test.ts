// Hostile or broken input gets a clear diagnostic, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../yaml/limits.ts';
import { checkManifest } from './runner.ts';
import { codes, milvus, withCode } from './testing.ts';

describe('hostile and broken input', () => {
  it('reports every YAML syntax error with its line and column, in every document', () => {
    const text = [
      'apiVersion: milvus.io/v1beta1',
      'kind: Milvus',
      'metadata:',
      '  name: a',
      '  name: b',
      'spec:',
      '  mode: [cluster',
      '---',
      'kind: "unterminated',
      '',
    ].join('\n');
    const errors = withCode(checkManifest(text).diagnostics, 'yaml-syntax');
    expect(errors.map((d) => [d.line, d.documentIndex])).toEqual([
      [5, 0],
      [8, 0],
      // The YAML library places a missing closing quote at the end of the text.
      [10, 1],
    ]);
    expect(errors[0]!.message).toContain('Map keys must be unique');
    expect(errors.every((d) => d.severity === 'error' && d.column >= 1)).toBe(true);
  });

  it('an alias bomb is reported, not expanded', () => {
    let text = milvus('config:\n  a: &a [x, x, x, x, x, x, x, x, x, x]');
    let previous = 'a';
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
      text += `    ${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]\n`;
      previous = name;
    }
    const result = checkManifest(text);
    expect(withCode(result.diagnostics, 'alias-bomb')).toMatchObject([{ severity: 'error', line: 8 }]);
  });

  it('ordinary aliases are followed (a shared block written once)', () => {
    const text = [
      'apiVersion: milvus.io/v1beta1',
      'kind: Milvus',
      'metadata: {name: x}',
      'x-shared: &kafka',
      '  external: true',
      '  brokerList: [k:9092]',
      'spec:',
      '  dependencies:',
      '    msgStreamType: kafka',
      '    kafka: *kafka',
      '',
    ].join('\n');
    const result = checkManifest(text);
    expect(codes(result.diagnostics)).toEqual(['kafka-versions', 'pruned-field']);
  });

  it('an input over 10 MB is refused before parsing', () => {
    const result = checkManifest(`a: ${'x'.repeat(LIMITS.maxInputChars)}`);
    expect(result.diagnostics).toMatchObject([{ code: 'input-too-large', severity: 'error', line: 1 }]);
    expect(result.truncated).toBe(true);
  });

  it.each([
    ['flow sequences', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['flow maps', '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['compact block sequences', '- '.repeat(10_000) + 'x'],
  ])(
    '10,000-deep %s are refused before the recursive YAML composer sees them (twice in a row)',
    (_name, text) => {
      for (let i = 0; i < 2; i++) {
        const result = checkManifest(text);
        expect(result.diagnostics).toMatchObject([{ code: 'too-deep', severity: 'error', line: 1 }]);
      }
    },
  );

  it('binary junk with NUL bytes is called binary', () => {
    const junk = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(checkManifest(junk).diagnostics).toMatchObject([{ code: 'binary-input', severity: 'error' }]);
  });

  it('control characters are reported where they are', () => {
    const result = checkManifest(milvus('mode: standalone\u0007'));
    expect(withCode(result.diagnostics, 'control-character')).toMatchObject([{ line: 6, severity: 'error' }]);
  });

  it('__proto__ and other Object.prototype names are plain unknown keys, and nothing is polluted', () => {
    const text = [
      'apiVersion: milvus.io/v1beta1',
      'kind: Milvus',
      '__proto__: {polluted: true}',
      'metadata:',
      '  name: x',
      '  __proto__: {polluted: true}',
      'spec:',
      '  constructor: 1',
      '  dependencies:',
      '    __proto__: {polluted: true}',
      '    toString: 1',
      '    msgStreamType: woodpecker',
      '  config:',
      '    __proto__: {polluted: true}',
      '',
    ].join('\n');
    const result = checkManifest(text);
    expect(withCode(result.diagnostics, 'pruned-field').map((d) => d.path)).toEqual([
      '__proto__',
      'spec.constructor',
      'spec.dependencies.__proto__',
      'spec.dependencies.toString',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps the number of diagnostics and says so', () => {
    const text = Array.from({ length: 1200 }, (_, i) => `key${i}: [unclosed`).join('\n');
    const result = checkManifest(text);
    expect(result.diagnostics.length).toBeLessThanOrEqual(LIMITS.maxDiagnostics);
    expect(result.truncated).toBe(true);
  });
});

describe('YAML 1.1 merge keys, which kubectl honours', () => {
  it('merged settings count as set, and merged unknown keys are still pruned', () => {
    const text = [
      'apiVersion: milvus.io/v1beta1',
      'kind: Milvus',
      'metadata: {name: x}',
      'spec:',
      '  dependencies:',
      '    msgStreamType: kafka',
      '    kafka:',
      '      <<: {external: true, brokerList: ["k:9092"], brokers: ["k:9092"]}',
      '      secretRef: kafka-user',
      '',
    ].join('\n');
    const found = checkManifest(text).diagnostics;
    expect(withCode(found, 'kafka-versions')).toHaveLength(1);
    expect(withCode(found, 'misplaced-field').map((d) => d.path)).toEqual([
      'spec.dependencies.kafka.brokers',
    ]);
    expect(found.map((d) => d.path)).not.toContain('spec.dependencies.kafka.<<');
  });
});
