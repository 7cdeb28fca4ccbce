import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../model/findings/diagnostics.ts';
import { stepOfManifestPath, stepOfValuesPath, stepsWithErrors } from './stepErrors.ts';

const finding = (path: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  severity,
  code: 'x',
  message: 'x',
  path,
  line: 1,
  column: 1,
  documentIndex: 0,
});

describe('the step that owns a problem', () => {
  it('maps manifest paths to the step whose fields write them', () => {
    expect(stepOfManifestPath('spec.mode')).toBe(0);
    expect(stepOfManifestPath('metadata.name')).toBe(0);
    expect(stepOfManifestPath('spec.components.image')).toBe(0);
    expect(stepOfManifestPath('spec.dependencies.msgStreamType')).toBe(1);
    expect(stepOfManifestPath('spec.dependencies.kafka.brokerList[0]')).toBe(2);
    expect(stepOfManifestPath('spec.config.kafka.saslPassword')).toBe(2);
    expect(stepOfManifestPath('spec.components.proxy.replicas')).toBe(3);
  });

  it('maps values paths to the step that shows the field', () => {
    expect(stepOfValuesPath('name')).toBe(0);
    expect(stepOfValuesPath('msgStreamType')).toBe(1);
    expect(stepOfValuesPath('kafka.brokerList.0')).toBe(2);
  });

  it('counts errors only, from both the form and the checker', () => {
    const steps = stepsWithErrors(
      ['kafka.brokerList'],
      [finding('spec.dependencies.msgStreamType'), finding('spec.mode', 'warning')],
    );
    expect([...steps].sort()).toEqual([1, 2]);
  });

  it("counts a checker error placed on a form field on that field's step", () => {
    // The checker's kind finding is fixed with the API version, on Deployment, whatever its path says.
    const kind = finding('spec.dependencies.kafka.brokerList[0]');
    expect([...stepsWithErrors([], [kind], () => 'apiVersion')]).toEqual([0]);
    expect([...stepsWithErrors([], [kind], () => null)]).toEqual([2]);
  });
});
