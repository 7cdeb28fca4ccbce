/**
 * The wizard's steps in order: each one's id, title and the values it shows. A session and a draft
 * say where the user is by index; the session (where a hand-over opens), "Next", the step
 * addresses and the error ticks all count from this list, so no step is known by its number. The
 * page adds each step's content (pages/wizard/steps.ts).
 */
import { MQ_LABELS, MSG_STREAM_TYPES } from '../facts/support.ts';
import type { WizardValues } from './values/values.ts';

export interface WizardStepFacts {
  id: string;
  title: string;
  /** The step's heading, when it says more than its title. */
  heading?: (values: Pick<WizardValues, 'msgStreamType'>) => string;
  /**
   * The values the step shows, each with everything under it: "Next" validates them, and a
   * problem at one of them is this step's.
   */
  fields: readonly (keyof WizardValues)[];
}

export const WIZARD_STEPS = [
  {
    id: 'deployment',
    title: 'Deployment',
    fields: ['target', 'mode', 'milvusVersion', 'name', 'namespace', 'apiVersion', 'image'],
  },
  { id: 'storage', title: 'Message storage', fields: ['msgStreamType'] },
  {
    id: 'settings',
    title: 'Settings',
    heading: (values) => `Settings: ${MQ_LABELS[values.msgStreamType]}`,
    // Every storage's settings: the step shows the chosen one's.
    fields: MSG_STREAM_TYPES,
  },
  { id: 'review', title: 'Review', fields: [] },
] as const satisfies readonly WizardStepFacts[];

export type WizardStepId = (typeof WIZARD_STEPS)[number]['id'];

export const LAST_STEP = WIZARD_STEPS.length - 1;

export function stepIndex(id: WizardStepId): number {
  return WIZARD_STEPS.findIndex((s) => s.id === id);
}

const isStorageKey = (field: string) => (MSG_STREAM_TYPES as readonly string[]).includes(field);

/** What "Next" validates on a step: its fields, less the settings of the storages not chosen. */
export function fieldsToValidate(
  index: number,
  values: Pick<WizardValues, 'msgStreamType'>,
): (keyof WizardValues)[] {
  const fields: readonly (keyof WizardValues)[] = WIZARD_STEPS[index]?.fields ?? [];
  return fields.filter((f) => !isStorageKey(f) || f === values.msgStreamType);
}

/** The index of the step that shows the value at this path (`kafka.brokerList[0]` -> Settings), if any. */
export function stepOwning(valuesPath: string): number | undefined {
  const index = WIZARD_STEPS.findIndex((s: WizardStepFacts) =>
    s.fields.some(
      (f) => valuesPath === f || valuesPath.startsWith(`${f}.`) || valuesPath.startsWith(`${f}[`),
    ),
  );
  return index === -1 ? undefined : index;
}
