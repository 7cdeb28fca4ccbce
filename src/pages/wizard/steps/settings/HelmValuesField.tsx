import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { stringify } from 'yaml';
import { parseHelmValues } from '../../../../model/wizard/helmValues.ts';
import { FieldHelp } from '../../fields/FieldHelp.tsx';
import { describedBy, errorId, fieldId, hasHelp } from '../../fields/fieldIds.ts';
import { useWizardFormContext } from '../../fields/formTypes.ts';

const NAME = 'kafka.inCluster.extraValues';

const keyOf = (value: unknown) => JSON.stringify(value ?? {});
const textOf = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.keys(value).length > 0 ? stringify(value) : '';

/**
 * A YAML text area for the free-form Helm values of the in-cluster Kafka. The text is the user's
 * while it does not parse (with the problem shown); valid text updates the form at once, and a new
 * value from elsewhere (the YAML preview) replaces the text.
 */
export function HelmValuesField({ label }: { label: string }) {
  const { control, setValue } = useWizardFormContext();
  const value: unknown = useWatch({ control, name: NAME });
  const [text, setText] = useState(() => textOf(value));
  const [syncedKey, setSyncedKey] = useState(() => keyOf(value));
  const [problem, setProblem] = useState<string | null>(null);
  // A value that changed outside this field replaces the text (state derived during render).
  if (keyOf(value) !== syncedKey) {
    setSyncedKey(keyOf(value));
    setText(textOf(value));
    setProblem(null);
  }

  const id = fieldId(NAME);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="input input-code helm-values"
        rows={6}
        spellCheck={false}
        value={text}
        placeholder={'heapOpts: "-Xmx1G -Xms1G"\npersistence:\n  size: 100Gi'}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(NAME, hasHelp(NAME), Boolean(problem))}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const parsed = parseHelmValues(next);
          if (!parsed.ok) {
            setProblem(parsed.message);
            return;
          }
          setProblem(null);
          setSyncedKey(keyOf(parsed.value));
          setValue(NAME, parsed.value, { shouldDirty: true, shouldValidate: true });
        }}
      />
      <FieldHelp name={NAME} />
      {problem && (
        <p id={errorId(NAME)} className="field-error" role="alert">
          These Helm values are not used until they are valid YAML. {problem}
        </p>
      )}
    </div>
  );
}
