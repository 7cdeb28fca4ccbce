// The fixes of the change rules (rules.ts): each keeps what runs now, is offered only where the kept
// value can run after the change, and once applied leaves no error of its rule.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyFixes } from '../findings/fixes.ts';
import { liveYaml, milvusManifest, milvusSpec } from '../testing/liveObject.ts';
import { diffManifests } from './diff.ts';

const milvus = (mode: string, image: string, dependencies: Record<string, unknown>) =>
  milvusManifest(milvusSpec(mode, image, dependencies));

function fixed(oldText: string, newText: string, code: string) {
  const finding = diffManifests(oldText, newText).new.find((d) => d.code === code);
  const fix = finding?.fix;
  const after = fix ? applyFixes(newText, [{ documentIndex: finding.documentIndex, fix }]) : newText;
  return {
    finding,
    after,
    errorsAfter: diffManifests(oldText, after).new.filter((d) => d.severity === 'error'),
  };
}

describe('change fixes', () => {
  it('a storage change before 3.0 offers to keep the storage that runs, and then nothing is lost', () => {
    const live = liveYaml(milvus('cluster', 'milvusdb/milvus:v2.6.11', { msgStreamType: 'pulsar' }));
    const next = `# next release\n${stringify(milvus('cluster', 'milvusdb/milvus:v2.6.11', { msgStreamType: 'kafka' }))}`;
    const { finding, after, errorsAfter } = fixed(live, next, 'storage-change');
    expect(finding?.fix?.title).toBe('Keep msgStreamType: pulsar, the storage that runs now');
    expect(after).toContain('# next release');
    expect(after).toContain('msgStreamType: pulsar');
    expect(errorsAfter).toEqual([]);
  });

  it('offers no fix where the storage that runs cannot run after the change (RocksMQ into a cluster)', () => {
    const live = liveYaml(milvus('standalone', 'milvusdb/milvus:v2.5.16', { msgStreamType: 'rocksmq' }));
    const next = stringify(milvus('cluster', 'milvusdb/milvus:v2.5.16', { msgStreamType: 'kafka' }));
    const { finding } = fixed(live, next, 'storage-change');
    expect(finding?.severity).toBe('error');
    expect(finding?.fix).toBeUndefined();
  });

  it('a Pulsar chart change offers to keep the chart that runs', () => {
    const live = liveYaml(milvus('cluster', 'milvusdb/milvus:v2.5.16', { msgStreamType: 'pulsar' }), {
      existing: true,
    });
    const next = stringify(
      milvus('cluster', 'milvusdb/milvus:v2.5.16', {
        msgStreamType: 'pulsar',
        pulsar: { inCluster: { chartVersion: 'pulsar-v3' } },
      }),
    );
    const { finding, after, errorsAfter } = fixed(live, next, 'pulsar-chart-change');
    expect(finding?.fix?.title).toBe('Keep chartVersion: pulsar-v2, the Pulsar that runs now');
    expect(after).toContain('chartVersion: pulsar-v2');
    expect(errorsAfter).toEqual([]);
  });
});
