import { useController } from 'react-hook-form';
import { FieldError, FieldHelp } from './FieldHelp.tsx';
import { describedBy, fieldId, hasHelp } from './fieldIds.ts';
import { useWizardFormContext, type WizardFieldPath } from './formTypes.ts';
import { useFieldError } from './useFieldError.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';

export type BadgeTone = 'neutral' | 'info' | 'warning' | 'danger';

export interface RadioOption<T extends string | boolean> {
  value: T;
  /** The accessible name of the radio: nothing else goes into it. */
  label: string;
  /** Shown under the label and read after it (aria-describedby). */
  description?: string;
  badges?: { text: string; tone: BadgeTone }[];
  disabled?: boolean;
}

interface RadioGroupProps<T extends string | boolean> {
  name: WizardFieldPath;
  legend: string;
  options: readonly RadioOption<T>[];
  /** Called after the user picked another option. */
  onValueChange?: (next: T, previous: T) => void;
  /** Cards for choices with explanations, a compact row for simple ones. */
  variant?: 'cards' | 'row';
  /** Show the field's own help under the legend (default true). */
  help?: boolean;
}

/** Native radios sharing one name, so arrow keys move between them and skip disabled ones. */
export function RadioGroup<T extends string | boolean>({
  name,
  legend,
  options,
  onValueChange,
  variant = 'cards',
  help = true,
}: RadioGroupProps<T>) {
  const { control } = useWizardFormContext();
  const { field } = useController({ control, name });
  const error = useFieldError(name);
  const base = fieldId(name);
  const showHelp = help && hasHelp(name);
  const checkedIndex = options.findIndex((o) => o.value === field.value);
  const focusIndex = checkedIndex >= 0 ? checkedIndex : options.findIndex((o) => !o.disabled);
  return (
    <fieldset
      className={`field radio-group radio-group-${variant}`}
      aria-describedby={describedBy(name, showHelp, Boolean(error))}
    >
      <legend>{legend}</legend>
      {showHelp && <FieldHelp name={name} />}
      <div className="radio-options">
        {options.map((option, index) => {
          const id = `${base}-${String(option.value)}`;
          const descriptionId = option.description || option.badges?.length ? `${id}-desc` : undefined;
          const checked = index === checkedIndex;
          return (
            <div
              key={String(option.value)}
              className="radio-option"
              data-checked={checked || undefined}
              data-disabled={option.disabled || undefined}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={String(option.value)}
                checked={checked}
                disabled={option.disabled}
                aria-describedby={descriptionId}
                aria-invalid={checked && error ? true : undefined}
                ref={index === focusIndex ? field.ref : undefined}
                onBlur={field.onBlur}
                onChange={() => {
                  const previous = field.value as T;
                  field.onChange(option.value);
                  if (previous !== option.value) onValueChange?.(option.value, previous);
                }}
              />
              <label htmlFor={id} className="radio-label">
                {option.label}
              </label>
              {descriptionId && (
                <div id={descriptionId} className="radio-extra">
                  {option.badges?.map((b) => (
                    <span key={b.text} className={`badge badge-${b.tone}`}>
                      {b.text}
                    </span>
                  ))}
                  {option.description && (
                    <span className="radio-description">
                      <IdentifierText text={option.description} />
                    </span>
                  )}
                </div>
              )}
            </div>
          );
        })}
      </div>
      <FieldError name={name} message={error} />
    </fieldset>
  );
}
