/**
 * The change rules the old and new objects alone decide (change/rules.ts, `objectsAlone`), as the
 * admission policy's validations on UPDATE: code, severity, message and CEL from that one table.
 */
import { CHANGE_RULES } from '../../change/rules.ts';
import type { AdmissionRule } from './admissionRules.ts';

export { UPDATE_VARIABLES } from './updateCel.ts';

export const UPDATE_RULES: readonly AdmissionRule[] = CHANGE_RULES.flatMap((rule) =>
  rule.admission.map((a): AdmissionRule => ({ ...a, code: rule.code })),
);

/** The codes the update rules report, per policy. */
export const UPDATE_ERROR_RULES = UPDATE_RULES.filter((r) => r.severity === 'error');
export const UPDATE_WARNING_RULES = UPDATE_RULES.filter((r) => r.severity === 'warning');
export const UPDATE_CODES: ReadonlySet<string> = new Set(UPDATE_RULES.map((r) => r.code));
