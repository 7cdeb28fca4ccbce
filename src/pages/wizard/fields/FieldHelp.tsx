import { describeField } from '../../../model/wizard/fieldMeta.ts';
import { errorId, helpId } from './fieldIds.ts';

/** The field's help text, read from the schema's description. */
export function FieldHelp({ name }: { name: string }) {
  const text = describeField(name);
  if (!text) return null;
  return (
    <p id={helpId(name)} className="field-help">
      {text}
    </p>
  );
}

/** The field's error, announced as it appears. */
export function FieldError({ name, message }: { name: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={errorId(name)} className="field-error" role="alert">
      {message}
    </p>
  );
}
