import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateYaml } from './generate.ts';
import { importManifest } from '../wizard/import.ts';
import { generateOrMerge, refreshHeadlineText } from './merge.ts';
import { valuesFor } from '../../testing/valuesArbitrary.ts';
import { defaultValues, type WizardValues } from '../../wizard/values/values.ts';
import { defaultImageFor } from '../../facts/versions.ts';

function reimport(yaml: string): WizardValues {
  const result = importManifest(yaml);
  if (!result.ok) throw new Error(result.error);
  return result.values;
}

describe('values merged into a manifest the user wrote', () => {
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
    const merged = generateOrMerge(values, base);
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
    const switched = parse(generateOrMerge(values, base).split('---\n')[1] ?? '') as Record<string, never>;
    expect(switched).toMatchObject({
      spec: {
        components: { image: defaultImageFor('2.6'), proxy: { replicas: 2 } },
        dependencies: { msgStreamType: 'woodpecker', etcd: { inCluster: { values: { replicaCount: 1 } } } },
      },
    });
    expect(JSON.stringify(switched)).not.toContain('rocksmq');
  });

  it('changes nothing in a manifest when the values did not change', () => {
    const v = valuesFor({ mode: 'cluster', minor: '2.5', mq: 'kafka', external: true, api: 'v1beta1' });
    const text = generateYaml(v).replace('kind: Milvus', 'kind: Milvus # the resource');
    expect(generateOrMerge(reimport(text), text)).toBe(text);
  });
});

describe('refreshHeadlineText', () => {
  it('rewrites only the wizard headline, to what the values say', () => {
    const v = { ...defaultValues(), msgStreamType: 'kafka' as const };
    const text = '# Milvus 2.6 standalone with Woodpecker as message storage.\nkind: Milvus\n';
    expect(refreshHeadlineText(text, v)).toBe(
      '# Milvus 2.6 standalone with Kafka as message storage.\nkind: Milvus\n',
    );
    const own = '# our prod cluster\nkind: Milvus\n';
    expect(refreshHeadlineText(own, v)).toBe(own);
  });
});
