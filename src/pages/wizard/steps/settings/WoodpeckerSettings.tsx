import { useRef } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { isSelectable, woodpeckerServiceVerdict } from '../../../../model/facts/support.ts';
import { WOODPECKER_STORAGE_TYPES } from '../../../../model/facts/operatorEnums.ts';
import { DEFAULT_MINOR } from '../../../../model/facts/versions.ts';
import { FieldError, FieldHelp } from '../../fields/FieldHelp.tsx';
import { SelectField } from '../../fields/SelectField.tsx';
import { enumOptions } from '../../fields/selectOptions.ts';
import { StringListField } from '../../fields/StringListField.tsx';
import { TextField } from '../../fields/TextField.tsx';
import { useWizardFormContext } from '../../fields/formTypes.ts';
import { useFieldError } from '../../fields/useFieldError.ts';
import { errorId } from '../../fields/fieldIds.ts';
import { SideChoice } from './SideChoice.tsx';
import { ChartLimit } from './SettingsChartLimit.tsx';
import { IdentifierText } from '../../../shared/IdentifierText.tsx';

const POOLS = 'woodpecker.quorumBufferPools';

export function WoodpeckerSettings() {
  const { control } = useWizardFormContext();
  const [external, mode = 'standalone', milvusVersion = DEFAULT_MINOR] = useWatch({
    control,
    name: ['woodpecker.external', 'mode', 'milvusVersion'],
  });
  const service = woodpeckerServiceVerdict(mode, milvusVersion);
  return (
    <>
      <SideChoice
        storage="woodpecker"
        legend="How Woodpecker runs"
        inside="Embedded"
        externalNote={isSelectable(service) ? undefined : service.reason}
      />
      {external && (
        <ChartLimit name="woodpecker.quorumBufferPools">
          <QuorumBufferPools />
        </ChartLimit>
      )}
      {/* In service mode the operator sets woodpecker.storage.type: service itself. */}
      {!external && (
        <SelectField name="woodpecker.storageType" options={enumOptions(WOODPECKER_STORAGE_TYPES)} optional />
      )}
    </>
  );
}

function QuorumBufferPools() {
  const { control } = useWizardFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: POOLS });
  const listError = useFieldError(POOLS);
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="group" aria-describedby={listError ? errorId(POOLS) : undefined}>
      <legend>
        <IdentifierText text="Quorum buffer pools (quorumBufferPools)" />
      </legend>
      <FieldHelp name={POOLS} />
      {fields.map((field, index) => (
        <fieldset key={field.id} className="group group-nested pool">
          <legend>Pool {index + 1}</legend>
          <TextField name={`${POOLS}.${index}.name`} />
          <StringListField
            name={`${POOLS}.${index}.seeds`}
            legend="Seeds (seeds)"
            itemLabel={(i) => `Seed ${i + 1}`}
            addLabel={`Add seed to pool ${index + 1}`}
            removeLabel={(i) => `Remove seed ${i + 1} of pool ${index + 1}`}
            placeholder="woodpecker-0.example.com:18080"
          />
          <button
            type="button"
            className="button button-ghost button-small button-danger"
            onClick={() => {
              remove(index);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          >
            Remove pool {index + 1}
          </button>
        </fieldset>
      ))}
      <FieldError name={POOLS} message={listError} />
      <button
        ref={addButton}
        type="button"
        className="button button-secondary button-small"
        onClick={() => append({ name: '', seeds: [''] }, { shouldFocus: true })}
      >
        + Add pool
      </button>
    </fieldset>
  );
}
