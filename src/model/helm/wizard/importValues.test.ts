import { describe, expect, it } from 'vitest';
import { allowedCombinations, valuesFor } from '../../testing/valuesArbitrary.ts';
import { defaultValues } from '../../wizard/values/values.ts';
import { helmOutput } from '../write/helmOutput.ts';
import { importHelmValues } from './importValues.ts';

describe('a values.yaml read back into the wizard through the Helm resolution', () => {
  it('every combination the wizard writes reads back to its mode, version, storage, side and addresses', () => {
    for (const c of allowedCombinations().filter((x) => x.api === 'v1beta1')) {
      const v = { ...valuesFor(c), target: 'helm' as const };
      const read = importHelmValues(helmOutput(v).text, defaultValues());
      if (!read.ok) throw new Error(read.error);
      const got = read.values;
      expect([got.target, got.mode, got.milvusVersion, got.image, got.msgStreamType]).toEqual([
        'helm',
        v.mode,
        v.milvusVersion,
        v.image,
        v.msgStreamType,
      ]);
      if (c.mq === 'pulsar' || c.mq === 'kafka' || c.mq === 'woodpecker')
        expect(got[c.mq].external).toBe(c.external);
      if (c.mq === 'pulsar' && c.external) expect(got.pulsar.endpoint).toBe(v.pulsar.endpoint);
      if (c.mq === 'kafka' && c.external) expect(got.kafka.brokerList).toEqual(v.kafka.brokerList);
    }
  });

  it('reads the storage the chart really picks, not the one named: Kafka enabled beside standalone.messageQueue woodpecker runs Woodpecker', () => {
    const read = importHelmValues(
      'cluster:\n  enabled: false\nstandalone:\n  messageQueue: woodpecker\nkafka:\n  enabled: true\n',
      defaultValues(),
    );
    expect(read.ok && read.values.msgStreamType).toBe('woodpecker');
  });

  it('says where a values file cannot be read', () => {
    const read = importHelmValues('cluster: [\n', defaultValues());
    expect(read.ok).toBe(false);
  });
});
