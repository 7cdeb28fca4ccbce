/**
 * Packet sizes as the decision helper takes them: KB (1 MB = 1024 KB) from 1 KB to 16 MB, on a
 * log-scale slider because the interesting sizes span four orders of magnitude.
 */

export const MIN_PACKET_KB = 1;
export const MAX_PACKET_KB = 16 * 1024;

/**
 * The sizes the slider stops at: the sizes a person would type (powers of two, 1 KB to 16 MB)
 * plus 5 MB, the largest measured size. Arrow keys move from stop to stop, so they never land on
 * an odd size such as 1218 KB; the number field takes any size in between.
 */
export const PACKET_SIZE_STOPS_KB: readonly number[] = [
  1,
  2,
  4,
  8,
  16,
  32,
  64,
  128,
  256,
  512,
  1024,
  2048,
  4096,
  5 * 1024,
  8192,
  MAX_PACKET_KB,
];
export const SLIDER_MIN = 0;
export const SLIDER_MAX = PACKET_SIZE_STOPS_KB.length - 1;

export function clampPacketKB(kb: number): number {
  return Math.min(MAX_PACKET_KB, Math.max(MIN_PACKET_KB, kb));
}

function stop(index: number): number {
  return PACKET_SIZE_STOPS_KB[Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, index))]!;
}

/**
 * The slider position of a size: the index of its stop, or a fraction between two stops (on a log
 * scale) for a typed size in between, so the thumb sits where the size is.
 */
export function sliderPositionFor(kb: number): number {
  const size = clampPacketKB(kb);
  const above = PACKET_SIZE_STOPS_KB.findIndex((s) => s >= size);
  if (above <= 0) return Math.max(SLIDER_MIN, above);
  const low = stop(above - 1);
  const high = stop(above);
  return above - 1 + Math.log(size / low) / Math.log(high / low);
}

/** The size at a slider position: a dragged thumb snaps to the nearest stop. */
export function packetKBForSlider(position: number): number {
  return stop(Math.round(position));
}

/** The next stop above (+1) or below (-1) a size; a size between two stops goes to its neighbour. */
export function nextPacketStop(kb: number, direction: 1 | -1): number {
  const size = clampPacketKB(kb);
  if (direction > 0) return PACKET_SIZE_STOPS_KB.find((s) => s > size) ?? MAX_PACKET_KB;
  return PACKET_SIZE_STOPS_KB.findLast((s) => s < size) ?? MIN_PACKET_KB;
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
