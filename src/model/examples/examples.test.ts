// The docs examples are what users copy; each mistake in them must be caught, at its line, and the
// examples written here must check clean.
import { describe, expect, it } from 'vitest';
import { applyFixes, checkManifest, safeFixes } from '../operator/checker/index.ts';
import type { Diagnostic } from '../findings/diagnostics.ts';
import { DOCS_EXAMPLES, GOOD_EXAMPLES, exampleById } from './index.ts';

function check(id: string, options: { webhook?: boolean } = {}): Diagnostic[] {
  const example = exampleById(id);
  if (!example) throw new Error(`no example ${id}`);
  return checkManifest(example.yaml, options).diagnostics;
}

/** Codes of the errors and warnings: what "Ready to apply" depends on. */
function problemCodes(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code))].sort();
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.map((d) => d.code))].sort();
}

function at(code: string, path: string, line: number) {
  return expect.objectContaining({ code, path, line });
}

describe('docs examples, as published', () => {
  // Was only an info: a default operator install refuses v1alpha1 Milvus (no conversion webhook).
  it('RocksMQ: the v1alpha1 Milvus is refused on a default install, and its spec.components is pruned', () => {
    const found = check('docs-rocksmq');
    expect(found).toContainEqual(at('pruned-field', 'spec.components', 7));
    expect(codes(found)).toEqual(
      expect.arrayContaining(['v1alpha1-refused', 'pruned-field', 'msg-stream-type-default']),
    );
    expect(problemCodes(found)).toEqual(['v1alpha1-refused']);
    expect(problemCodes(check('docs-rocksmq', { webhook: true }))).toEqual([]);
    expect(codes(check('docs-rocksmq', { webhook: true }))).toContain('legacy-v1alpha1');
  });

  it('NATS: the server settings under spec.dependencies are dropped, and NATS does not run on the default Milvus 2.6', () => {
    const found = check('docs-nats');
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'misplaced-field',
        path: 'spec.dependencies.natsmq.server',
        line: 10,
        severity: 'warning',
      }),
    );
    expect(found).toContainEqual(at('unsupported-storage', 'spec.dependencies.msgStreamType', 7));
    expect(found).toContainEqual(at('pruned-field', 'spec.components', 39));
    expect(problemCodes(found)).toEqual(['misplaced-field', 'unsupported-storage', 'v1alpha1-refused']);
  });

  it('external Pulsar: an endpoints list is not a field; one endpoint string is', () => {
    const found = check('docs-pulsar-external');
    const endpoints = found.find((d) => d.path === 'spec.dependencies.pulsar.endpoints');
    expect(endpoints).toMatchObject({ code: 'misplaced-field', severity: 'error', line: 14 });
    expect(endpoints?.fix?.safe).toBe(true);
    expect(codes(found)).toEqual(expect.arrayContaining(['legacy-milvuscluster', 'msg-stream-type-default']));
    expect(problemCodes(found)).toEqual(['misplaced-field']);
  });

  it('internal Pulsar: resoureces, limit, and requests beside resources are all ignored by the chart', () => {
    const found = check('docs-pulsar-internal');
    const values = 'spec.dependencies.pulsar.inCluster.values.bookkeeper';
    expect(found).toContainEqual(at('likely-typo', `${values}.resoureces`, 18));
    expect(found).toContainEqual(at('likely-typo', `${values}.resoureces.limit`, 19));
    expect(found).toContainEqual(at('misplaced-key', `${values}.resoureces.memory`, 21));
    expect(found).toContainEqual(at('misplaced-key', `${values}.requests`, 22));
    expect(problemCodes(found)).toEqual(['likely-typo', 'misplaced-key']);
  });

  it('external Kafka: the broker list is right; SASL settings with PLAINTEXT do nothing', () => {
    const found = check('docs-kafka-external');
    expect(found.filter((d) => d.path.startsWith('spec.dependencies.kafka.brokerList'))).toEqual([]);
    expect(found).toContainEqual(at('kafka-sasl-unused', 'spec.config.kafka.saslMechanisms', 13));
    expect(codes(found)).toEqual(expect.arrayContaining(['legacy-milvuscluster', 'kafka-sasl-unused']));
    expect(problemCodes(found)).toEqual([]);
  });

  it('internal Kafka: only the deprecated MilvusCluster kind is noted', () => {
    const found = check('docs-kafka-internal');
    expect(codes(found)).toContain('legacy-milvuscluster');
    expect(problemCodes(found)).toEqual([]);
  });

  it('safe fixes remove the pruned and misplaced fields and keep the comments', () => {
    for (const example of DOCS_EXAMPLES) {
      const before = checkManifest(example.yaml).diagnostics;
      const fixed = applyFixes(example.yaml, safeFixes(before));
      const after = checkManifest(fixed).diagnostics;
      for (const code of ['pruned-field', 'misplaced-field', 'likely-typo']) {
        expect(
          after.filter((d) => d.code === code),
          `${example.id}: ${code} after safe fixes`,
        ).toEqual([]);
      }
      const comments = example.yaml.match(/#[^\n]*\S/g) ?? [];
      for (const comment of comments) {
        expect(fixed, `${example.id} keeps ${comment}`).toContain(comment.trim());
      }
    }
  });

  it('the NATS settings move to spec.config with their comments', () => {
    const nats = exampleById('docs-nats')!.yaml;
    const fixed = applyFixes(nats, safeFixes(checkManifest(nats).diagnostics));
    const config = fixed.indexOf('config:');
    expect(config).toBeGreaterThan(-1);
    expect(fixed.indexOf('# 4222 by default, Port for nats server listening.')).toBeGreaterThan(config);
  });
});

describe('correct examples', () => {
  for (const example of GOOD_EXAMPLES) {
    it(`${example.title} has no errors or warnings`, () => {
      const found = checkManifest(example.yaml).diagnostics;
      expect(problemCodes(found)).toEqual([]);
      expect(found.filter((d) => d.fix?.safe)).toEqual([]);
    });
  }
});
