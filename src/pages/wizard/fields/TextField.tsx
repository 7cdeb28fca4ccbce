import { fieldDefault, fieldLabel, fieldPlaceholder } from '../../../model/wizard/fieldMeta.ts';
import { isSecretField } from '../../../model/wizard/secrets.ts';
import { FieldError, FieldHelp } from './FieldHelp.tsx';
import { describedBy, fieldId, hasHelp } from './fieldIds.ts';
import { useWizardFormContext, type WizardFieldPath } from './formTypes.ts';
import { useFieldFinding } from './useFieldError.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';

interface TextFieldProps {
  name: WizardFieldPath;
  /** Defaults to the label the field's schema declares. */
  label?: string;
  /** Shown when empty; defaults to the field's declared placeholder, then to its default. */
  placeholder?: string;
  /** Defaults to off; a password field (marked `secret` in its storage's table) to new-password. */
  autoComplete?: string;
  /** Monospace input for names, paths and addresses. */
  code?: boolean;
}

export function TextField({ name, label, placeholder, autoComplete, code = true }: TextFieldProps) {
  const { register } = useWizardFormContext();
  const finding = useFieldFinding(name);
  const error = finding?.severity === 'error' ? finding.message : undefined;
  const id = fieldId(name);
  // A password is masked, and never offered from or saved to the browser's form history.
  const secret = isSecretField(name);
  const fallbackPlaceholder = fieldDefault(name);
  const shownPlaceholder = placeholder ?? fieldPlaceholder(name);
  return (
    <div className="field">
      <label htmlFor={id}>
        <IdentifierText text={label ?? fieldLabel(name) ?? name} />
      </label>
      <input
        id={id}
        type={secret ? 'password' : 'text'}
        className={code ? 'input input-code' : 'input'}
        placeholder={
          shownPlaceholder ?? (fallbackPlaceholder ? `Default: ${fallbackPlaceholder}` : undefined)
        }
        autoComplete={autoComplete ?? (secret ? 'new-password' : 'off')}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hasHelp(name), Boolean(finding))}
        {...register(name)}
      />
      <FieldHelp name={name} />
      <FieldError name={name} message={error} />
    </div>
  );
}
