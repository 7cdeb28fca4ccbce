import { useController } from 'react-hook-form';
import { fieldDefault, fieldLabel } from '../../../model/wizard/fieldMeta.ts';
import { FieldError, FieldHelp } from './FieldHelp.tsx';
import { describedBy, fieldId, hasHelp } from './fieldIds.ts';
import { useWizardFormContext, type WizardFieldPath } from './formTypes.ts';
import { useFieldError } from './useFieldError.ts';

import type { SelectOption } from './selectOptions.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';

interface SelectFieldProps {
  name: WizardFieldPath;
  /** Defaults to the label the field's schema declares. */
  label?: string;
  options: readonly SelectOption[];
  /** Offer "Default" (the field not set) as the first choice. */
  optional?: boolean;
  /** Shown, not choosable, while a required field has no value yet (e.g. "Choose a mechanism"). */
  placeholder?: string;
  onValueChange?: (next: string | undefined, previous: unknown) => void;
}

const NOT_SET = '';

/** A choice of a few fixed values; an optional one can stay unset, and then says which default applies. */
export function SelectField({
  name,
  label,
  options,
  optional = false,
  placeholder,
  onValueChange,
}: SelectFieldProps) {
  const { control } = useWizardFormContext();
  const { field } = useController({ control, name });
  const error = useFieldError(name);
  const id = fieldId(name);
  const fallback = fieldDefault(name);
  const current = typeof field.value === 'string' ? field.value : NOT_SET;
  return (
    <div className="field">
      <label htmlFor={id}>
        <IdentifierText text={label ?? fieldLabel(name) ?? name} />
      </label>
      <select
        id={id}
        className="input"
        ref={field.ref}
        name={field.name}
        value={current}
        onBlur={field.onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hasHelp(name), Boolean(error))}
        onChange={(e) => {
          const next = e.target.value === NOT_SET ? undefined : e.target.value;
          const previous: unknown = field.value;
          field.onChange(next);
          onValueChange?.(next, previous);
        }}
      >
        {optional && <option value={NOT_SET}>{fallback ? `Default (${fallback})` : 'Default'}</option>}
        {!optional && current === NOT_SET && (
          <option value={NOT_SET} disabled>
            {placeholder ?? 'Choose…'}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldHelp name={name} />
      <FieldError name={name} message={error} />
    </div>
  );
}
