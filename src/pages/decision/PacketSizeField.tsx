import { useEffect, useId } from 'react';
import {
  MAX_PACKET_KB,
  MIN_PACKET_KB,
  SLIDER_MAX,
  SLIDER_MIN,
  formatPacketSize,
  sliderPositionFor,
} from '../../model/decision/packetSize.ts';
import {
  COMMIT_PAUSE_MS,
  fromSlider,
  fromSliderKey,
  isSliderKey,
  typing,
  type PacketSizeState,
} from './packetSizeState.ts';

const TICKS = [1, 64, 1024, MAX_PACKET_KB];

export function PacketSizeField({
  value,
  onChange,
  onCommit,
}: {
  value: PacketSizeState;
  onChange: (next: PacketSizeState) => void;
  /** Commits the typed text; applied to the page's latest state, so a timer cannot undo other edits. */
  onCommit: () => void;
}) {
  const id = useId();
  useEffect(() => {
    if (!value.pending) return undefined;
    const timer = setTimeout(onCommit, COMMIT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value.pending, value.text, onCommit]);
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
        The size of one insert message, from 1 KB to 16 MB. The slider stops at 1, 2, 4 … 512 KB, 1, 2, 4, 5,
        8 and 16 MB.
      </p>
      <input
        id={sliderId}
        type="range"
        min={SLIDER_MIN}
        max={SLIDER_MAX}
        // "any": the thumb of a typed size sits between two stops; keys and dragging go to stops.
        step="any"
        value={value.slider}
        aria-valuetext={formatPacketSize(value.kb)}
        aria-describedby={hintId}
        onKeyDown={(e) => {
          if (!isSliderKey(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
          e.preventDefault();
          onChange(fromSliderKey(value, e.key));
        }}
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
          onChange={(e) => onChange(typing(value, e.currentTarget.value))}
          onBlur={onCommit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onCommit();
          }}
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
