import { useId } from 'react';
import type { MemoryHeadroom } from '../../model/decision/recommend.ts';
import { DEPLOYMENT_MODES, MODE_LABELS, type DeploymentMode } from '../../model/facts/support.ts';
import { LATEST_PATCH, MILVUS_MINOR_VERSIONS, type MilvusMinor } from '../../model/facts/versions.ts';
import { PacketSizeField } from './PacketSizeField.tsx';
import type { PacketSizeState } from './packetSizeState.ts';

export interface DecisionFormValues {
  packetSize: PacketSizeState;
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
  memoryHeadroom: MemoryHeadroom;
  production: boolean;
}

const HEADROOM_OPTIONS: { value: MemoryHeadroom; label: string; hint: string }[] = [
  { value: 'plenty', label: 'Plenty', hint: 'the Milvus pod can use several GB more' },
  { value: 'tight', label: 'Tight', hint: 'memory is limited or shared' },
];

function isMilvusMinor(value: string): value is MilvusMinor {
  return (MILVUS_MINOR_VERSIONS as readonly string[]).includes(value);
}

export function DecisionForm({
  values,
  onChange,
  onCommitPacketSize,
}: {
  values: DecisionFormValues;
  onChange: (next: DecisionFormValues) => void;
  onCommitPacketSize: () => void;
}) {
  const id = useId();
  const set = <K extends keyof DecisionFormValues>(key: K, value: DecisionFormValues[K]) =>
    onChange({ ...values, [key]: value });

  return (
    <form className="decision-form" aria-label="Your deployment" onSubmit={(e) => e.preventDefault()}>
      <PacketSizeField
        value={values.packetSize}
        onChange={(packetSize) => set('packetSize', packetSize)}
        onCommit={onCommitPacketSize}
      />

      <fieldset className="decision-field">
        <legend className="decision-label">Deployment mode</legend>
        <div className="decision-choices">
          {DEPLOYMENT_MODES.map((mode) => (
            <div key={mode} className="decision-choice">
              <label>
                <input
                  type="radio"
                  name={`${id}-mode`}
                  value={mode}
                  checked={values.mode === mode}
                  onChange={() => set('mode', mode)}
                />
                {MODE_LABELS[mode]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="decision-field">
        <label htmlFor={`${id}-version`} className="decision-label">
          Milvus version
        </label>
        <select
          id={`${id}-version`}
          value={values.milvusVersion}
          onChange={(e) => {
            const next = e.currentTarget.value;
            if (isMilvusMinor(next)) set('milvusVersion', next);
          }}
        >
          {MILVUS_MINOR_VERSIONS.map((minor) => (
            <option key={minor} value={minor}>
              {minor} (latest {LATEST_PATCH[minor]})
            </option>
          ))}
        </select>
      </div>

      <fieldset className="decision-field">
        <legend className="decision-label">Memory headroom</legend>
        <div className="decision-choices">
          {HEADROOM_OPTIONS.map((option) => (
            <div key={option.value} className="decision-choice">
              <label>
                <input
                  type="radio"
                  name={`${id}-headroom`}
                  value={option.value}
                  checked={values.memoryHeadroom === option.value}
                  aria-describedby={`${id}-headroom-${option.value}`}
                  onChange={() => set('memoryHeadroom', option.value)}
                />
                {option.label}
              </label>
              <span id={`${id}-headroom-${option.value}`} className="decision-choice-hint">
                {option.hint}
              </span>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="decision-field">
        <div className="decision-choice">
          <label>
            <input
              type="checkbox"
              checked={values.production}
              aria-describedby={`${id}-production`}
              onChange={(e) => set('production', e.currentTarget.checked)}
            />
            Production
          </label>
          <span id={`${id}-production`} className="decision-choice-hint">
            real users and data depend on it
          </span>
        </div>
      </div>
    </form>
  );
}
