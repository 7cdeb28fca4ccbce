/**
 * The wizard's values schema with its cross-field rules (support matrix, external settings). The
 * shape and the types are in valuesObject.ts, each storage's part in its descriptor (storages/).
 */
import { WizardValuesObject } from './valuesObject.ts';
import { addSupportIssues } from './valuesRules.ts';

export {
  WizardValuesObject,
  defaultValues,
  parseValuesShape,
  type WizardValues,
  type WizardValuesInput,
} from './valuesObject.ts';
export { API_VERSIONS, type ApiVersionChoice } from '../../facts/operatorEnums.ts';

/** The wizard's values with the cross-field rules (support matrix, external settings). */
export const WizardValuesSchema = WizardValuesObject.superRefine(addSupportIssues);
