import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PACKET_KB,
  SLIDER_MAX,
  SLIDER_MIN,
  SLIDER_STEPS_PER_DOUBLING,
  formatPacketSize,
  packetKBForSlider,
  parsePacketSizeKB,
  sliderPositionFor,
} from './packetSize.ts';

describe('packet size slider', () => {
  it('spans 1 KB to 16 MB', () => {
    expect(packetKBForSlider(SLIDER_MIN)).toBe(1);
    expect(packetKBForSlider(SLIDER_MAX)).toBe(MAX_PACKET_KB);
  });

  it('puts the powers of two at whole slider positions, so 64 KB and 1 MB are reachable exactly', () => {
    expect(packetKBForSlider(sliderPositionFor(64))).toBe(64);
    expect(packetKBForSlider(sliderPositionFor(1024))).toBe(1024);
  });

  it('changes the shown size at every slider step, always upwards', () => {
    for (let position = SLIDER_MIN; position < SLIDER_MAX; position++) {
      expect(packetKBForSlider(position + 1)).toBeGreaterThan(packetKBForSlider(position));
    }
  });

  it('returns a typed size to within half a slider step plus the displayed rounding', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: MAX_PACKET_KB, noNaN: true }), (kb) => {
        const back = packetKBForSlider(sliderPositionFor(kb));
        const halfStep = kb * (2 ** (0.5 / SLIDER_STEPS_PER_DOUBLING) - 1);
        const rounding = back < 10 ? 0.05 : 0.5;
        expect(Math.abs(back - kb)).toBeLessThanOrEqual(halfStep + rounding + 1e-9);
      }),
    );
  });
});

describe('packet size field', () => {
  it('accepts sizes from 1 to 16384 KB', () => {
    expect(parsePacketSizeKB('1')).toEqual({ ok: true, kb: 1 });
    expect(parsePacketSizeKB(' 1024 ')).toEqual({ ok: true, kb: 1024 });
    expect(parsePacketSizeKB('16384')).toEqual({ ok: true, kb: 16384 });
  });

  it('explains an empty, non-numeric or out-of-range size with the accepted range', () => {
    for (const text of ['', 'abc', '0.5', '20000']) {
      const result = parsePacketSizeKB(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/from 1 to 16384 KB/);
    }
  });

  it('writes sizes in KB below 1 MB and in MB above', () => {
    expect(formatPacketSize(1)).toBe('1 KB');
    expect(formatPacketSize(1.5)).toBe('1.5 KB');
    expect(formatPacketSize(64)).toBe('64 KB');
    expect(formatPacketSize(1024)).toBe('1 MB');
    expect(formatPacketSize(1536)).toBe('1.5 MB');
    expect(formatPacketSize(16384)).toBe('16 MB');
  });
});
