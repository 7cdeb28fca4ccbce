import { useId } from 'react';
import {
  MAX_PACKET_KB,
  MIN_PACKET_KB,
  SLIDER_MAX,
  SLIDER_MIN,
  formatPacketSize,
  sliderPositionFor,
} from '../../model/decision/packetSize.ts';
import { fromSlider, fromText, type PacketSizeState } from './packetSizeState.ts';

const TICKS = [1, 64, 1024, MAX_PACKET_KB];

export function PacketSizeField({
  value,
  onChange,
}: {
  value: PacketSizeState;
  onChange: (next: PacketSizeState) => void;
}) {
  const id = useId();
  const sliderId = `${id}-slider`;
  const numberId = `${id}-kb`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="decision-field packet-size">
      <label htmlFor={sliderId} className="decision-label">
        Typical packet size
      </label>
      <p id={hintId} className="decision-hint">
        The size of one insert message. Log scale, from 1 KB to 16 MB.
      </p>
      <input
        id={sliderId}
        type="range"
        min={SLIDER_MIN}
        max={SLIDER_MAX}
        step={1}
        value={value.slider}
        aria-valuetext={formatPacketSize(value.kb)}
        aria-describedby={hintId}
        onChange={(e) => onChange(fromSlider(Number(e.currentTarget.value)))}
      />
      <div className="packet-size-ticks" aria-hidden="true">
        {TICKS.map((kb) => (
          <span key={kb} style={{ left: `${(sliderPositionFor(kb) / SLIDER_MAX) * 100}%` }}>
            {formatPacketSize(kb)}
          </span>
        ))}
      </div>
      <div className="packet-size-number">
        <label htmlFor={numberId}>Packet size (KB)</label>
        <input
          id={numberId}
          type="number"
          inputMode="decimal"
          min={MIN_PACKET_KB}
          max={MAX_PACKET_KB}
          step="any"
          value={value.text}
          aria-invalid={value.error ? true : undefined}
          aria-describedby={value.error ? errorId : undefined}
          onChange={(e) => onChange(fromText(value, e.currentTarget.value))}
        />
        <output htmlFor={numberId} className="packet-size-readout">
          = {formatPacketSize(value.kb)}
        </output>
      </div>
      {value.error && (
        <p id={errorId} className="decision-error" role="alert">
          Packet size (KB): {value.error} The recommendation below is for the last valid size,{' '}
          {formatPacketSize(value.kb)}.
        </p>
      )}
    </div>
  );
}
