// The wizard's Helm preview, edited by the user: form changes land in the user's own values.yaml,
// and keys the form does not model (and comments) are kept, and named as kept.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultValues, type WizardValues } from '../../wizard/values/valuesObject.ts';
import { importHelmValues } from '../wizard/importValues.ts';
import { keptKeys, mergeHelmValues } from './mergeValues.ts';
import { helmOutput } from './helmOutput.ts';

const helm = (): WizardValues => ({ ...defaultValues(), target: 'helm' });

describe('the Helm preview merges form changes into the user’s values', () => {
  it('keeps a key the form does not model and the user’s comment; the storage follows the form', () => {
    const v = helm();
    const user = `${helmOutput(v).text}# my own note\nmetrics:\n  enabled: true\n`;
    const next: WizardValues = { ...v, mode: 'cluster', msgStreamType: 'kafka' };
    const merged = mergeHelmValues(next, user);
    expect(merged).toContain('# my own note');
    const values = parse(merged) as Record<string, Record<string, unknown>>;
    expect(values.metrics).toEqual({ enabled: true });
    expect(values.cluster).toEqual({ enabled: true });
    expect(values.kafka?.enabled).toBe(true);
    // Read back, it is what the form says.
    const read = importHelmValues(merged, v);
    expect(read.ok && [read.values.mode, read.values.msgStreamType]).toEqual(['cluster', 'kafka']);
    // metrics is the user's; standalone.messageQueue stays as written too (a cluster ignores it).
    expect(keptKeys(next, merged)).toContain('metrics.enabled');
    expect(keptKeys(next, merged)).not.toContain('cluster.enabled');
    expect(keptKeys(v, user)).toEqual(['metrics.enabled']);
  });

  it('a text that is no values map gets the form’s fresh file, and keeps nothing', () => {
    const v = helm();
    expect(mergeHelmValues(v, '- a list\n')).toBe(helmOutput(v).text);
    expect(keptKeys(v, 'a: [\n')).toEqual([]);
  });
});
