/**
 * The packet-size input as two controls kept in step.
 */
import { packetKBForSlider, parsePacketSizeKB, sliderPositionFor } from '../../model/decision/packetSize.ts';

/**
 * The slider and the number field each keep their own raw value: the slider position so that
 * arrow keys never get stuck on a rounded size, the text so that a half-typed number is not
 * rewritten under the user's cursor. `kb` is the last valid size, which the page decides on.
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

export function fromSlider(position: number): PacketSizeState {
  const kb = packetKBForSlider(position);
  return { kb, text: String(kb), slider: position, error: null };
}

export function fromText(previous: PacketSizeState, text: string): PacketSizeState {
  const parsed = parsePacketSizeKB(text);
  if (!parsed.ok) return { ...previous, text, error: parsed.message };
  return { kb: parsed.kb, text, slider: sliderPositionFor(parsed.kb), error: null };
}
