/**
 * Packet sizes as the decision helper takes them: KB (1 MB = 1024 KB) from 1 KB to 16 MB, on a
 * log-scale slider because the interesting sizes span four orders of magnitude.
 */

export const MIN_PACKET_KB = 1;
export const MAX_PACKET_KB = 16 * 1024;

/**
 * Slider positions per doubling of the size. Eight keeps every arrow-key step a visible change
 * (1, 1.1, 1.2 ... KB) and lands exactly on the measured powers of two; the number field takes any size.
 */
export const SLIDER_STEPS_PER_DOUBLING = 8;
export const SLIDER_MIN = 0;
export const SLIDER_MAX = Math.round(Math.log2(MAX_PACKET_KB / MIN_PACKET_KB) * SLIDER_STEPS_PER_DOUBLING);

export function clampPacketKB(kb: number): number {
  return Math.min(MAX_PACKET_KB, Math.max(MIN_PACKET_KB, kb));
}

/** A size as a person would type it: one decimal below 10 KB, whole KB above. */
export function roundPacketKB(kb: number): number {
  return kb < 10 ? Math.round(kb * 10) / 10 : Math.round(kb);
}

export function sliderPositionFor(kb: number): number {
  const position = Math.round(Math.log2(clampPacketKB(kb) / MIN_PACKET_KB) * SLIDER_STEPS_PER_DOUBLING);
  return Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, position));
}

export function packetKBForSlider(position: number): number {
  const clamped = Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, position));
  return clampPacketKB(roundPacketKB(MIN_PACKET_KB * 2 ** (clamped / SLIDER_STEPS_PER_DOUBLING)));
}

function trimNumber(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** "512 KB", "1 MB", "1.5 MB": KB below 1 MB, MB from there. */
export function formatPacketSize(kb: number): string {
  if (kb < 1024) return `${trimNumber(kb, kb < 10 ? 1 : 0)} KB`;
  return `${trimNumber(kb / 1024, 2)} MB`;
}

export type PacketSizeParse = { ok: true; kb: number } | { ok: false; message: string };

const RANGE_TEXT = `from ${MIN_PACKET_KB} to ${MAX_PACKET_KB} KB (16 MB)`;

/** Reads the "Packet size (KB)" field; the message says what is wrong and what is accepted. */
export function parsePacketSizeKB(text: string): PacketSizeParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter a packet size in KB, ${RANGE_TEXT}.` };
  const kb = Number(trimmed);
  if (!Number.isFinite(kb))
    return { ok: false, message: `"${trimmed}" is not a number. Enter a size in KB, ${RANGE_TEXT}.` };
  if (kb < MIN_PACKET_KB)
    return { ok: false, message: `${trimmed} KB is below the smallest size. Enter a size ${RANGE_TEXT}.` };
  if (kb > MAX_PACKET_KB)
    return { ok: false, message: `${trimmed} KB is above the largest size. Enter a size ${RANGE_TEXT}.` };
  return { ok: true, kb };
}
