import { describe, expect, it } from 'vitest';
import { buildManifestObject, generateYaml } from '../operator/write/generate.ts';
import { importManifest } from '../operator/wizard/import.ts';
import { mergeIntoManifest } from '../operator/write/merge.ts';
import { valuesFor } from '../testing/valuesArbitrary.ts';
import { valuesProblems } from '../wizard/values/validateValues.ts';
import { fieldDefault, fieldLabel, fieldUnit } from '../wizard/fieldMeta.ts';

const external = () =>
  valuesFor({ mode: 'cluster', minor: '2.6', mq: 'kafka', external: true, api: 'v1beta1' });
const inCluster = () =>
  valuesFor({ mode: 'cluster', minor: '2.5', mq: 'kafka', external: false, api: 'v1alpha1' });

describe('Kafka read timeout (spec.config.kafka.readTimeout), one descriptor entry', () => {
  it("is written into Milvus's configuration on either side, and left out when empty", () => {
    for (const v of [external(), inCluster()]) {
      expect(buildManifestObject(v)).not.toHaveProperty(['spec', 'config']);
      v.kafka.readTimeout = 30;
      expect(buildManifestObject(v)).toMatchObject({ spec: { config: { kafka: { readTimeout: 30 } } } });
    }
  });

  it('is read back from a manifest, as a number or as text Milvus reads as one', () => {
    const v = external();
    v.kafka.readTimeout = 45;
    const imported = importManifest(generateYaml(v));
    expect(imported.ok && imported.values.kafka.readTimeout).toBe(45);
    const quoted = importManifest(generateYaml(v).replace('readTimeout: 45', 'readTimeout: "45"'));
    expect(quoted.ok && quoted.values.kafka.readTimeout).toBe(45);
    const wrong = importManifest(generateYaml(v).replace('readTimeout: 45', 'readTimeout: soon'));
    expect(wrong.ok && wrong.notes).toContain(
      'spec.config.kafka.readTimeout is not a whole number; the wizard leaves it as it is.',
    );
  });

  it("changes only its own key in a user's manifest", () => {
    // The generated manifest ends inside spec; the user added a Kafka setting the wizard does not model.
    const base = `${generateYaml(external())}  config:\n    kafka:\n      queuedmaxkbytes: 100000\n`;
    const v = external();
    v.kafka.readTimeout = 20;
    const added = mergeIntoManifest(base, v)
      .split('\n')
      .filter((line) => !base.split('\n').includes(line));
    expect(added).toEqual([
      "    # Kafka client settings (security, timeouts) live in Milvus's own configuration (milvus.yaml).",
      '      readTimeout: 20',
    ]);
  });

  it("refuses a timeout of zero, and shows its label, unit and Milvus's default in the form", () => {
    const v = external();
    v.kafka.readTimeout = 0;
    expect(valuesProblems(v).map((p) => p.path)).toContain('kafka.readTimeout');
    expect(fieldLabel('kafka.readTimeout')).toBe('Read timeout (readTimeout)');
    expect(fieldUnit('kafka.readTimeout')).toBe('seconds');
    expect(fieldDefault('kafka.readTimeout')).toBe('10');
  });
});
