import { errorId, helpId } from './fieldIds.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';
import { useFieldFinding } from './useFieldError.ts';
import { useFieldHelpText } from './targetHelp.ts';

/** The field's help text, read from the schema's description (on Helm, naming the chart's keys). */
export function FieldHelp({ name }: { name: string }) {
  const text = useFieldHelpText(name);
  if (!text) return null;
  return (
    <p id={helpId(name)} className="field-help">
      <IdentifierText text={text} />
    </p>
  );
}

/**
 * The field's error, announced as it appears; without one, the checker's warning on the field,
 * announced politely (it does not stop "Next").
 */
export function FieldError({ name, message }: { name: string; message: string | undefined }) {
  const finding = useFieldFinding(name);
  if (message) {
    return (
      <p id={errorId(name)} className="field-error" role="alert">
        {message}
      </p>
    );
  }
  if (finding?.severity !== 'warning') return null;
  return (
    <p id={errorId(name)} className="field-warning" role="status">
      <span className="visually-hidden">Warning: </span>
      {finding.message}
    </p>
  );
}
