import { fieldLabel } from '../../../model/wizard/fieldMeta.ts';
import { FieldError, FieldHelp } from './FieldHelp.tsx';
import { describedBy, fieldId, hasHelp } from './fieldIds.ts';
import { useWizardFormContext, type WizardFieldPath } from './formTypes.ts';
import { useFieldError } from './useFieldError.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';

export function CheckboxField({ name, label }: { name: WizardFieldPath; label?: string }) {
  const { register } = useWizardFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="field field-checkbox">
      <div className="checkbox-row">
        <input
          id={id}
          type="checkbox"
          aria-describedby={describedBy(name, hasHelp(name), Boolean(error))}
          {...register(name)}
        />
        <label htmlFor={id}>
          <IdentifierText text={label ?? fieldLabel(name) ?? name} />
        </label>
      </div>
      <FieldHelp name={name} />
      <FieldError name={name} message={error} />
    </div>
  );
}
