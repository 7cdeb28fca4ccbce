import { describe, expect, it } from 'vitest';
import { MSG_STREAM_TYPES } from '../facts/support.ts';
import { wizardDefaults } from './wizardDefaults.ts';
import { WIZARD_STEPS, fieldsToValidate, stepIndex, stepOwning } from './steps.ts';

describe('the wizard steps', () => {
  it('show every value of the form on exactly one step, so each problem has a step to fix it on', () => {
    for (const key of Object.keys(wizardDefaults())) {
      const owners = WIZARD_STEPS.filter((s) => (s.fields as readonly string[]).includes(key));
      expect(
        owners.map((s) => s.id),
        key,
      ).toHaveLength(1);
    }
  });

  it('find the step of a nested value by its top field', () => {
    expect(stepOwning('kafka.brokerList[0]')).toBe(stepIndex('settings'));
    expect(stepOwning('pulsar.inCluster.chartVersion')).toBe(stepIndex('settings'));
    expect(stepOwning('msgStreamType')).toBe(stepIndex('storage'));
    expect(stepOwning('namespace')).toBe(stepIndex('deployment'));
    expect(stepOwning('nameless')).toBeUndefined();
  });

  it('validate on "Next" only the settings of the chosen storage', () => {
    for (const msgStreamType of MSG_STREAM_TYPES) {
      expect(fieldsToValidate(stepIndex('settings'), { msgStreamType })).toEqual([msgStreamType]);
    }
    expect(fieldsToValidate(stepIndex('review'), { msgStreamType: 'kafka' })).toEqual([]);
  });
});
