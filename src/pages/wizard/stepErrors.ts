// Which wizard step owns a problem, from its path: form problems by their values path, checker
// findings by their manifest path. A step's tick in the indicator means it has no error.
import type { Diagnostic } from '../../model/findings/diagnostics.ts';
import { MSG_STREAM_TYPES } from '../../model/facts/support.ts';
import { stepIndex, stepOwning } from '../../model/wizard/steps.ts';

const STORAGE_KEYS: ReadonlySet<string> = new Set(MSG_STREAM_TYPES);
const DEPLOYMENT = stepIndex('deployment');
const STORAGE = stepIndex('storage');
const SETTINGS = stepIndex('settings');
const REVIEW = stepIndex('review');

/**
 * The step that shows the field at this values path (e.g. `kafka.brokerList[0]` -> Settings), as
 * the step registry's `fields` say; a problem of the whole form on the first step.
 */
export function stepOfValuesPath(path: string): number {
  return stepOwning(path) ?? DEPLOYMENT;
}

/**
 * The step where a checker finding at this manifest path is fixed: the resource, mode and image
 * on Deployment; msgStreamType on Message storage; a storage's settings on Settings; anything
 * the form does not show (other components, unknown keys) on Review, where it is listed.
 */
export function stepOfManifestPath(path: string): number {
  const parts = path.split(/[.[\]]/).filter(Boolean);
  const [root, section, key] = parts;
  if (root === 'apiVersion' || root === 'kind' || root === 'metadata') return DEPLOYMENT;
  if (root !== 'spec') return parts.length === 0 ? DEPLOYMENT : REVIEW;
  if (section === 'mode') return DEPLOYMENT;
  if (section === 'components') return key === 'image' || key === 'version' ? DEPLOYMENT : REVIEW;
  if (section === 'dependencies') {
    if (key === 'msgStreamType') return STORAGE;
    return key !== undefined && STORAGE_KEYS.has(key) ? SETTINGS : REVIEW;
  }
  if (section === 'config')
    return key === 'kafka' || key === 'natsmq' || key === 'woodpecker' ? SETTINGS : REVIEW;
  return REVIEW;
}

/**
 * The steps that have at least one error, from the form's problems and the checker's: a finding
 * on a form field counts on that field's step, any other on the step of its manifest path.
 */
export function stepsWithErrors(
  formProblemPaths: readonly string[],
  diagnostics: readonly Diagnostic[],
  fieldOf: (d: Diagnostic) => string | null = () => null,
): ReadonlySet<number> {
  const steps = new Set<number>();
  for (const path of formProblemPaths) steps.add(stepOfValuesPath(path));
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const field = fieldOf(d);
    steps.add(field === null ? stepOfManifestPath(d.path) : stepOfValuesPath(field));
  }
  return steps;
}
