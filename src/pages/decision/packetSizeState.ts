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
 * the user's cursor. `kb` is the last valid size the user committed, which the page decides on:
 * `pending` text is still being typed (typing 99999 passes through 9999, which must not be answered).
 */
export interface PacketSizeState {
  kb: number;
  text: string;
  slider: number;
  error: string | null;
  pending: boolean;
}

/** Typed text is committed this long after the last keystroke, if neither blur nor Enter came first. */
export const COMMIT_PAUSE_MS = 700;

export function packetSizeState(kb: number): PacketSizeState {
  return { kb, text: String(kb), slider: sliderPositionFor(kb), error: null, pending: false };
}

// The last committed size, kept in module state so that leaving for the wizard and coming Back (the
// hash routes unmount the page) shows the size the user chose, not the page's opening size.
let rememberedKB: number | null = null;

export function rememberPacketSize(kb: number): void {
  rememberedKB = kb;
}

export function initialPacketSize(openingKB: number): PacketSizeState {
  return packetSizeState(rememberedKB ?? openingKB);
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

/**
 * A keystroke in the number field: the text changes, the decided size waits for the commit. The
 * error follows the text at once, so that the commit on blur never inserts it above the control the
 * user is clicking (it would move under the pointer and the click would be lost).
 */
export function typing(previous: PacketSizeState, text: string): PacketSizeState {
  const parsed = parsePacketSizeKB(text);
  return { ...previous, text, error: parsed.ok ? null : parsed.message, pending: true };
}

/** Blur, Enter or a pause: the typed text becomes the size, or an error that keeps the last valid one. */
export function commitText(previous: PacketSizeState): PacketSizeState {
  if (!previous.pending) return previous;
  const parsed = parsePacketSizeKB(previous.text);
  if (!parsed.ok) return { ...previous, error: parsed.message, pending: false };
  return { kb: parsed.kb, text: previous.text, slider: sliderPositionFor(parsed.kb), error: null, pending: false };
}
