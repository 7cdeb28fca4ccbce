import { describe, expect, it } from 'vitest';
import { lenientValues } from './lenientValues.ts';
import { wizardDefaults } from './wizardDefaults.ts';

describe('preview values while a field is invalid', () => {
  it('keeps the last valid value of the invalid field and takes every other change', () => {
    const fallback = wizardDefaults();
    const raw = { ...wizardDefaults(), name: 'Not_Valid', namespace: 'team-a' };
    const values = lenientValues(raw, fallback);
    expect(values.name).toBe('my-release');
    expect(values.namespace).toBe('team-a');
  });

  it('treats an empty number field as not set and drops a half-typed number', () => {
    const raw = wizardDefaults() as unknown as { rocksmq: Record<string, unknown> };
    raw.rocksmq.retentionTimeInMinutes = Number.NaN;
    raw.rocksmq.retentionSizeInMB = '12x';
    const values = lenientValues(raw, wizardDefaults());
    expect(values.rocksmq.retentionTimeInMinutes).toBeUndefined();
    expect(values.rocksmq.retentionSizeInMB).toBeUndefined();
  });

  it('drops list items the fallback does not have', () => {
    const raw = wizardDefaults() as unknown as { kafka: { brokerList: unknown[] } };
    raw.kafka.brokerList = ['a:1', 42, 'b:2'];
    expect(lenientValues(raw, wizardDefaults()).kafka.brokerList).toEqual(['a:1', 'b:2']);
  });

  it('falls back entirely when the input is not values at all', () => {
    const fallback = wizardDefaults();
    expect(lenientValues('nonsense', fallback)).toBe(fallback);
  });
});

describe('preview values over a manifest the schema refuses', () => {
  it("keeps the manifest's own invalid value instead of a default, so a merge leaves it alone", () => {
    const fromManifest = { ...wizardDefaults(), name: 'Bad_Name' };
    const raw = { ...fromManifest, namespace: 'team-a' };
    const values = lenientValues(raw, fromManifest);
    expect(values.name).toBe('Bad_Name');
    expect(values.namespace).toBe('team-a');
  });
});
