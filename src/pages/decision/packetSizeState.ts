/**
 * The packet-size input as two controls kept in step.
 */
import {
  MAX_PACKET_KB,
  MIN_PACKET_KB,
  nextPacketStop,
  packetKBForSlider,
  parsePacketSizeKB,
  sliderPositionFor,
} from '../../model/decision/packetSize.ts';

/**
 * The slider and the number field each keep their own raw value: the slider position (a fraction
 * between two stops for a typed size), the text so that a half-typed number is not rewritten under
 * the user's cursor. `kb` is the last valid size, which the page decides on.
 */
export interface PacketSizeState {
  kb: number;
  text: string;
  slider: number;
  error: string | null;
}

export function packetSizeState(kb: number): PacketSizeState {
  return { kb, text: String(kb), slider: sliderPositionFor(kb), error: null };
}

/** A dragged (or clicked) slider: the size snaps to the nearest stop. */
export function fromSlider(position: number): PacketSizeState {
  return packetSizeState(packetKBForSlider(position));
}

/** The slider's keys: arrows go to the next stop, Page keys three stops, Home and End to the ends. */
export const SLIDER_KEYS = [
  'ArrowRight',
  'ArrowUp',
  'ArrowLeft',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
] as const;
export type SliderKey = (typeof SLIDER_KEYS)[number];

export function isSliderKey(key: string): key is SliderKey {
  return (SLIDER_KEYS as readonly string[]).includes(key);
}

export function fromSliderKey(previous: PacketSizeState, key: SliderKey): PacketSizeState {
  if (key === 'Home') return packetSizeState(MIN_PACKET_KB);
  if (key === 'End') return packetSizeState(MAX_PACKET_KB);
  const direction = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp' ? 1 : -1;
  const steps = key === 'PageUp' || key === 'PageDown' ? 3 : 1;
  let kb = previous.kb;
  for (let i = 0; i < steps; i += 1) kb = nextPacketStop(kb, direction);
  return packetSizeState(kb);
}

export function fromText(previous: PacketSizeState, text: string): PacketSizeState {
  const parsed = parsePacketSizeKB(text);
  if (!parsed.ok) return { ...previous, text, error: parsed.message };
  return { kb: parsed.kb, text, slider: sliderPositionFor(parsed.kb), error: null };
}
