/**
 * Scales for the evidence charts, kept apart from the SVG so the arithmetic reads on its own.
 * x is log2 of the packet size (the measured sizes are 1 KB to 5 MB); y is linear from zero.
 */
import { MAX_PACKET_KB, MIN_PACKET_KB } from '../../model/decision/packetSize.ts';

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function xForKB(box: Box, kb: number): number {
  const span = Math.log2(MAX_PACKET_KB / MIN_PACKET_KB);
  const clamped = Math.min(MAX_PACKET_KB, Math.max(MIN_PACKET_KB, kb));
  return box.left + (Math.log2(clamped / MIN_PACKET_KB) / span) * (box.width - box.left - box.right);
}

export function yForValue(box: Box, value: number, max: number): number {
  return box.top + (1 - value / max) * (box.height - box.top - box.bottom);
}

/** Round steps (1, 2, 2.5, 5 times a power of ten) from zero to at least `max`. */
export function niceTicks(max: number, roughCount = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / roughCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const tick = Number((i * step).toPrecision(12));
    ticks.push(tick);
    if (tick >= max) break;
  }
  return ticks;
}

/** Every power of two in the slider's range, for faint grid lines. */
export function powersOfTwoKB(): number[] {
  const out: number[] = [];
  for (let kb = MIN_PACKET_KB; kb <= MAX_PACKET_KB; kb *= 2) out.push(kb);
  return out;
}
