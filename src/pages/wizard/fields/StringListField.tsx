import { useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { FieldError, FieldHelp } from './FieldHelp.tsx';
import { describedBy, errorId, fieldId, hasHelp } from './fieldIds.ts';
import { useWizardFormContext, type WizardFieldPath } from './formTypes.ts';
import { useFieldFinding } from './useFieldError.ts';

interface StringListFieldProps {
  name: WizardFieldPath;
  legend: string;
  /** Names one row: itemLabel(0) -> "Broker 1". */
  itemLabel: (index: number) => string;
  /** Accessible name of the add button, e.g. "Add broker". */
  addLabel: string;
  /** Accessible name of a row's remove button, e.g. "Remove broker 2". */
  removeLabel: (index: number) => string;
  placeholder?: string;
  /** Offer to split a row holding a comma-separated list (several brokers typed in one field). */
  splitsLists?: boolean;
}

/** The items of a row that holds a list ("a:9092, b:9092"), or null when it holds one item. */
function listInRow(value: string): string[] | null {
  if (!value.includes(',')) return null;
  const items = value
    .split(/[,\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length > 1 ? items : null;
}

/**
 * A list of strings (Kafka brokers, Woodpecker seeds) with a row per item. react-hook-form's
 * useFieldArray keeps objects, not strings, so the list is held as one array value instead.
 */
export function StringListField({
  name,
  legend,
  itemLabel,
  addLabel,
  removeLabel,
  placeholder,
  splitsLists = false,
}: StringListFieldProps) {
  const { control, setValue } = useWizardFormContext();
  const watched: unknown = useWatch({ control, name });
  const items = Array.isArray(watched) ? watched.map((x) => (typeof x === 'string' ? x : '')) : [];
  const listFinding = useFieldFinding(name);
  const listError = listFinding?.severity === 'error' ? listFinding.message : undefined;
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);

  const update = (next: string[]) =>
    setValue(name, next as never, { shouldDirty: true, shouldValidate: true });

  const add = () => {
    update([...items, '']);
    // The new row renders on the next frame.
    requestAnimationFrame(() => inputs.current[items.length]?.focus());
  };
  const remove = (index: number) => {
    update(items.filter((_, i) => i !== index));
    requestAnimationFrame(() => (inputs.current[Math.max(0, index - 1)] ?? addButton.current)?.focus());
  };

  return (
    <fieldset
      className="field string-list"
      aria-describedby={describedBy(name, hasHelp(name), Boolean(listFinding))}
    >
      <legend>{legend}</legend>
      <FieldHelp name={name} />
      {items.length > 0 && (
        <ol className="string-list-rows">
          {items.map((item, index) => (
            <ListRow
              key={index}
              path={`${name}.${index}`}
              label={itemLabel(index)}
              removeLabel={removeLabel(index)}
              value={item}
              placeholder={placeholder}
              inputRef={(el) => {
                inputs.current[index] = el;
              }}
              onChange={(text) => update(items.map((x, i) => (i === index ? text : x)))}
              onRemove={() => remove(index)}
              addLabel={addLabel}
              onSplit={
                splitsLists
                  ? (parts) => update(items.flatMap((x, i) => (i === index ? parts : [x])))
                  : undefined
              }
            />
          ))}
        </ol>
      )}
      <FieldError name={name} message={listError} />
      <button ref={addButton} type="button" className="button button-secondary button-small" onClick={add}>
        + {addLabel}
      </button>
    </fieldset>
  );
}

interface ListRowProps {
  path: string;
  label: string;
  removeLabel: string;
  value: string;
  placeholder: string | undefined;
  inputRef: (el: HTMLInputElement | null) => void;
  onChange: (text: string) => void;
  onRemove: () => void;
  addLabel: string;
  /** Replaces the row by these items; set where a list typed in one row can be split. */
  onSplit: ((items: string[]) => void) | undefined;
}

function ListRow({
  path,
  label,
  removeLabel,
  value,
  placeholder,
  inputRef,
  onChange,
  onRemove,
  addLabel,
  onSplit,
}: ListRowProps) {
  const finding = useFieldFinding(path);
  const error = finding?.severity === 'error' ? finding.message : undefined;
  const split = onSplit ? listInRow(value) : null;
  const id = fieldId(path);
  return (
    <li className="string-list-row">
      <label htmlFor={id}>{label}</label>
      <div className="string-list-controls">
        <input
          id={id}
          name={path}
          ref={inputRef}
          className="input input-code"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={finding ? errorId(path) : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={removeLabel}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
      <FieldError name={path} message={error} />
      {split && onSplit && (
        <p className="field-help string-list-split">
          This looks like {split.length} entries in one field: give each its own row with “+ {addLabel}”.{' '}
          <button type="button" className="link-button" onClick={() => onSplit(split)}>
            Split into {split.length} rows
          </button>
        </p>
      )}
    </li>
  );
}
