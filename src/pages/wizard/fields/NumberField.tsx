import { fieldDefault, fieldLabel, fieldUnit } from '../../../model/wizard/fieldMeta.ts';
import { FieldError, FieldHelp } from './FieldHelp.tsx';
import { describedBy, fieldId, hasHelp } from './fieldIds.ts';
import { useWizardFormContext, type WizardFieldPath } from './formTypes.ts';
import { useFieldError } from './useFieldError.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';

/** Empty means "not set"; digits become a number; anything else stays text so the schema names it. */
function toValue(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
}

interface NumberFieldProps {
  name: WizardFieldPath;
  /** Defaults to the label the field's schema declares. */
  label?: string;
  /** Unit shown after the input, e.g. "minutes"; defaults to the field's declared unit. */
  unit?: string;
}

/** An optional whole number; the placeholder shows the default that applies when it is empty. */
export function NumberField({ name, label, unit: unitProp }: NumberFieldProps) {
  const unit = unitProp ?? fieldUnit(name);
  const { register } = useWizardFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  const unitId = unit ? `${id}-unit` : undefined;
  const fallback = fieldDefault(name);
  return (
    <div className="field">
      <label htmlFor={id}>
        <IdentifierText text={label ?? fieldLabel(name) ?? name} />
      </label>
      <div className="input-with-unit">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          className="input input-number"
          placeholder={fallback ?? 'Not set'}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hasHelp(name), Boolean(error), unitId)}
          {...register(name, { setValueAs: toValue })}
        />
        {unit && (
          <span id={unitId} className="input-unit">
            {unit}
          </span>
        )}
      </div>
      <FieldHelp name={name} />
      <FieldError name={name} message={error} />
    </div>
  );
}
