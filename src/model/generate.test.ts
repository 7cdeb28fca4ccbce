import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, parseDocument } from 'yaml';
import { buildManifestObject, generateYaml } from './generate.ts';
import { importManifest } from './import.ts';
import { allowedCombinations, validValuesArbitrary, valuesFor } from './testing/valuesArbitrary.ts';
import { valuesProblems } from './validateValues.ts';
import { defaultValues, type WizardValues } from './values.ts';
import { defaultImageFor } from './versions.ts';

function reimport(yaml: string): WizardValues {
  const result = importManifest(yaml);
  if (!result.ok) throw new Error(result.error);
  return result.values;
}

describe('every allowed combination', () => {
  const combos = allowedCombinations();

  it('covers both modes, all five storages, both sides and both API versions', () => {
    expect(new Set(combos.map((c) => c.mq)).size).toBe(5);
    expect(combos.some((c) => c.mode === 'cluster' && c.api === 'v1alpha1')).toBe(true);
    expect(combos.some((c) => c.mq === 'kafka' && c.external)).toBe(true);
  });

  for (const c of combos) {
    const name = `${c.mode} ${c.minor} ${c.mq} ${c.external ? 'external' : 'in-cluster'} ${c.api}`;
    it(`${name}: generates YAML that parses, is valid, and re-imports to the same values`, () => {
      const values = valuesFor(c);
      expect(valuesProblems(values)).toEqual([]);
      const yaml = generateYaml(values);
      const doc = parseDocument(yaml);
      expect(doc.errors).toEqual([]);
      expect(doc.get('apiVersion')).toBe(`milvus.io/${c.api}`);
      expect(doc.getIn(['spec', 'dependencies', 'msgStreamType'])).toBe(c.mq);
      expect(reimport(yaml)).toEqual(values);
    });
  }
});

describe('round trip', () => {
  it('import(generate(v)) equals v for random valid values', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        expect(valuesProblems(v)).toEqual([]);
        expect(reimport(generateYaml(v))).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps unknown keys, comments and other documents when values are merged into a manifest', () => {
    const base = [
      '# Our production Milvus',
      'apiVersion: v1',
      'kind: Namespace',
      'metadata: {name: vectors}',
      '---',
      'apiVersion: milvus.io/v1beta1',
      'kind: Milvus',
      'metadata:',
      '  name: search',
      '  labels:',
      '    app: milvus # owned by the search team',
      'spec:',
      '  mode: standalone',
      '  components:',
      '    image: milvusdb/milvus:v2.5.16',
      '    proxy:',
      '      replicas: 2',
      '  dependencies:',
      '    etcd:',
      '      inCluster:',
      '        values: {replicaCount: 1}',
      '    msgStreamType: rocksmq',
      '    rocksmq:',
      '      persistence:',
      '        enabled: true',
      '  config:',
      '    rocksmq:',
      '      retentionTimeInMinutes: 60 # one hour is enough for us',
      '',
    ].join('\n');
    const values = reimport(base);
    expect(values.rocksmq.retentionTimeInMinutes).toBe(60);

    values.rocksmq.retentionSizeInMB = 1024;
    const merged = generateYaml(values, base);
    expect(merged).toContain('# Our production Milvus');
    expect(merged).toContain('kind: Namespace');
    expect(merged).toContain('app: milvus # owned by the search team');
    expect(merged).toContain('retentionTimeInMinutes: 60 # one hour is enough for us');
    expect(merged).toMatch(/retentionSizeInMB: 1024/);
    const milvus = parse(merged.split('---\n')[1] ?? '') as { spec: { components: { proxy: unknown } } };
    expect(milvus.spec.components.proxy).toEqual({ replicas: 2 });

    values.msgStreamType = 'woodpecker';
    values.milvusVersion = '2.6';
    values.image = defaultImageFor('2.6');
    const switched = parse(generateYaml(values, base).split('---\n')[1] ?? '') as Record<string, never>;
    expect(switched).toMatchObject({
      spec: {
        components: { image: 'milvusdb/milvus:v2.6.15', proxy: { replicas: 2 } },
        dependencies: { msgStreamType: 'woodpecker', etcd: { inCluster: { values: { replicaCount: 1 } } } },
      },
    });
    expect(JSON.stringify(switched)).not.toContain('rocksmq');
  });

  it('changes nothing in a manifest when the values did not change', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.5', mq: 'kafka', external: true, api: 'v1beta1' });
    const text = generateYaml(v).replace('kind: Milvus', 'kind: Milvus # the resource');
    expect(generateYaml(reimport(text), text)).toBe(text);
  });
});

describe('what the generator writes', () => {
  it('always writes msgStreamType, even where it equals the operator default', () => {
    const v = defaultValues();
    expect(v.msgStreamType).toBe('woodpecker');
    expect(buildManifestObject(v)).toMatchObject({ spec: { dependencies: { msgStreamType: 'woodpecker' } } });
  });

  it('pins the image of the chosen version, so the operator does not run its own default', () => {
    const v = valuesFor({ mode: 'standalone', minor: '2.4', mq: 'rocksmq', external: false, api: 'v1beta1' });
    expect(buildManifestObject(v)).toMatchObject({ spec: { components: { image: 'milvusdb/milvus:v2.4.17' } } });
  });

  it('writes a legacy v1alpha1 Milvus with its settings directly under spec and no mode', () => {
    const v = valuesFor({ mode: 'standalone', minor: '2.3', mq: 'natsmq', external: false, api: 'v1alpha1' });
    const m = buildManifestObject(v) as { spec: Record<string, unknown> };
    expect(m.spec.image).toBe('milvusdb/milvus:v2.3.13');
    expect(m.spec.components).toBeUndefined();
    expect(m.spec.mode).toBeUndefined();
  });

  it('writes a legacy MilvusCluster for cluster mode on v1alpha1', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.3', mq: 'pulsar', external: false, api: 'v1alpha1' });
    expect(buildManifestObject(v)).toMatchObject({ apiVersion: 'milvus.io/v1alpha1', kind: 'MilvusCluster' });
  });

  it('heads each block with a comment that says what it does', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.6', mq: 'kafka', external: true, api: 'v1beta1' });
    const yaml = generateYaml(v);
    expect(yaml).toMatch(/^# Milvus 2\.6 cluster with Kafka as message storage\./);
    expect(yaml).toMatch(/# The image decides which Milvus runs.*\n\s+image:/);
    expect(yaml).toMatch(/# Written explicitly.*\n\s+msgStreamType: kafka/);
    expect(yaml).toMatch(/# External Kafka.*\n\s+kafka:/);
  });

  it('keeps a label of the version when the image is pinned by digest', () => {
    const v = valuesFor({ mode: 'standalone', minor: '2.5', mq: 'rocksmq', external: false, api: 'v1beta1' });
    v.image = 'milvusdb/milvus@sha256:0123456789abcdef';
    expect(buildManifestObject(v)).toMatchObject({ spec: { components: { version: 'v2.5.0' } } });
    expect(reimport(generateYaml(v)).milvusVersion).toBe('2.5');
  });

  it('writes no password field when none is given, and no endpoint for an in-cluster Pulsar', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.5', mq: 'pulsar', external: false, api: 'v1beta1' });
    v.pulsar.endpoint = 'left-over:6650';
    expect(generateYaml(v)).not.toContain('left-over');
  });
});
