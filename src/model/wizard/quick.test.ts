// "Quick manifest": four choices, the wizard's rules (support table, values rules, context rules,
// generator) and nothing written twice.
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../operator/checker/index.ts';
import { allowedCombinations } from '../testing/valuesArbitrary.ts';
import { quickChoice, quickManifest, quickStorageOptions, withContext, QUICK_EXTERNAL } from './quick.ts';

describe('quick manifest', () => {
  it('is ready at once with the defaults, and the checker finds no error in it', () => {
    const { yaml, problems } = quickManifest(quickChoice());
    expect(problems).toEqual([]);
    expect(yaml).toContain('msgStreamType: woodpecker');
    expect(checkManifest(yaml ?? '').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("offers each storage with the support table's verdict and reason", () => {
    const rocksmq = quickStorageOptions('cluster', '2.5').find((o) => o.mq === 'rocksmq');
    expect(rocksmq).toMatchObject({
      selectable: false,
      reason: expect.stringMatching(/single Milvus process/),
    });
    expect(quickStorageOptions('standalone', '2.5').find((o) => o.mq === 'rocksmq')?.selectable).toBe(true);
  });

  it("a mode the storage cannot run in changes it to the operator's default, saying why", () => {
    const standalone = { ...quickChoice(), milvusVersion: '2.5' as const, msgStreamType: 'rocksmq' as const };
    const { choice, notices } = withContext(standalone, { mode: 'cluster', milvusVersion: '2.5' });
    expect(choice.msgStreamType).toBe('pulsar');
    expect(notices.join(' ')).toMatch(/from RocksMQ to Pulsar/);
  });

  it('an external address is checked by the values rules, and written when right', () => {
    const pulsar = {
      ...quickChoice(),
      mode: 'cluster' as const,
      msgStreamType: 'pulsar' as const,
      external: true,
    };
    const missing = quickManifest({ ...pulsar, address: '' });
    expect(missing.yaml).toBeNull();
    expect(missing.problems.map((p) => p.path)).toContain('pulsar.endpoint');
    expect(quickManifest({ ...pulsar, address: 'pulsar://pulsar:6650' }).problems[0]?.path).toBe(
      'pulsar.endpoint',
    );
    expect(quickManifest({ ...pulsar, address: 'pulsar-proxy.mq:6650' }).yaml).toContain(
      'endpoint: pulsar-proxy.mq:6650',
    );
    const kafka = quickManifest({ ...pulsar, msgStreamType: 'kafka', address: 'k-0:9092, k-1:9092' });
    expect(kafka.values.kafka.brokerList).toEqual(['k-0:9092', 'k-1:9092']);
  });

  it('every combination the support table allows gives a manifest the checker finds no error in', () => {
    for (const c of allowedCombinations().filter((x) => x.api === 'v1beta1')) {
      if (c.external && !QUICK_EXTERNAL.includes(c.mq)) continue;
      const address = c.mq === 'kafka' ? 'kafka-0.mq:9092' : 'pulsar-proxy.mq:6650';
      const { yaml, problems } = quickManifest({
        mode: c.mode,
        milvusVersion: c.minor,
        msgStreamType: c.mq,
        external: c.external,
        address,
      });
      expect(problems, `${c.mode} ${c.minor} ${c.mq}`).toEqual([]);
      const errors = checkManifest(yaml ?? '').diagnostics.filter((d) => d.severity === 'error');
      expect(errors, `${c.mode} ${c.minor} ${c.mq} ${c.external}`).toEqual([]);
    }
  });
});
