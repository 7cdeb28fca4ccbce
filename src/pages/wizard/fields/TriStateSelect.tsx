import { useController } from 'react-hook-form';
import { fieldDefault, fieldLabel } from '../../../model/wizard/fieldMeta.ts';
import { FieldError, FieldHelp } from './FieldHelp.tsx';
import { describedBy, fieldId, hasHelp } from './fieldIds.ts';
import { useWizardFormContext, type WizardFieldPath } from './formTypes.ts';
import { useFieldError } from './useFieldError.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';

type TriState = 'default' | 'on' | 'off';

const toTriState = (value: unknown): TriState =>
  value === true ? 'on' : value === false ? 'off' : 'default';
const fromTriState = (state: TriState): boolean | undefined =>
  state === 'on' ? true : state === 'off' ? false : undefined;

/** An optional yes/no setting: Default leaves it out of the manifest, so the built-in default applies. */
export function TriStateSelect({ name, label }: { name: WizardFieldPath; label?: string }) {
  const { control } = useWizardFormContext();
  const { field } = useController({ control, name });
  const error = useFieldError(name);
  const id = fieldId(name);
  const fallback = fieldDefault(name);
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
        value={toTriState(field.value)}
        onBlur={field.onBlur}
        aria-describedby={describedBy(name, hasHelp(name), Boolean(error))}
        onChange={(e) => field.onChange(fromTriState(e.target.value as TriState))}
      >
        <option value="default">{fallback ? `Default (${fallback})` : 'Default'}</option>
        <option value="on">On</option>
        <option value="off">Off</option>
      </select>
      <FieldHelp name={name} />
      <FieldError name={name} message={error} />
    </div>
  );
}
