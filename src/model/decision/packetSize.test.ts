import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PACKET_KB,
  PACKET_SIZE_STOPS_KB,
  SLIDER_MAX,
  SLIDER_MIN,
  formatPacketSize,
  nextPacketStop,
  packetKBForSlider,
  parsePacketSizeKB,
  sliderPositionFor,
} from './packetSize.ts';
import { MEASURED_ROWS } from './measurements.ts';

const size = fc.double({ min: 1, max: MAX_PACKET_KB, noNaN: true });

describe('packet size slider', () => {
  it('spans 1 KB to 16 MB', () => {
    expect(packetKBForSlider(SLIDER_MIN)).toBe(1);
    expect(packetKBForSlider(SLIDER_MAX)).toBe(MAX_PACKET_KB);
  });

  it('stops only at sizes a user would type: powers of two, and 5 MB', () => {
    expect(PACKET_SIZE_STOPS_KB.map(formatPacketSize)).toEqual([
      '1 KB',
      '2 KB',
      '4 KB',
      '8 KB',
      '16 KB',
      '32 KB',
      '64 KB',
      '128 KB',
      '256 KB',
      '512 KB',
      '1 MB',
      '2 MB',
      '4 MB',
      '5 MB',
      '8 MB',
      '16 MB',
    ]);
    for (let position = SLIDER_MIN; position <= SLIDER_MAX; position++) {
      expect(PACKET_SIZE_STOPS_KB).toContain(packetKBForSlider(position));
    }
  });

  it('has a stop at every measured size', () => {
    for (const row of MEASURED_ROWS) expect(PACKET_SIZE_STOPS_KB).toContain(row.packetSizeKB);
  });

  it('puts each stop at its own whole position, in order', () => {
    PACKET_SIZE_STOPS_KB.forEach((kb, index) => {
      expect(sliderPositionFor(kb)).toBe(index);
      expect(packetKBForSlider(index)).toBe(kb);
    });
  });

  it('places a typed size between its two neighbouring stops, and a drag snaps to one of them', () => {
    fc.assert(
      fc.property(size, (kb) => {
        const position = sliderPositionFor(kb);
        const below = nextPacketStop(kb, -1);
        const above = nextPacketStop(kb, 1);
        expect(position).toBeGreaterThanOrEqual(sliderPositionFor(below));
        expect(position).toBeLessThanOrEqual(sliderPositionFor(above));
        expect([below, above, kb]).toContain(packetKBForSlider(position));
      }),
    );
  });

  it('steps from any size to the next stop up or down, never to an odd size', () => {
    expect(nextPacketStop(1024, 1)).toBe(2048);
    expect(nextPacketStop(1024, -1)).toBe(512);
    expect(nextPacketStop(100, 1)).toBe(128);
    expect(nextPacketStop(100, -1)).toBe(64);
    expect(nextPacketStop(4096, 1)).toBe(5120);
    expect(nextPacketStop(1, -1)).toBe(1);
    expect(nextPacketStop(MAX_PACKET_KB, 1)).toBe(MAX_PACKET_KB);
    fc.assert(
      fc.property(size, fc.constantFrom(1 as const, -1 as const), (kb, direction) => {
        const next = nextPacketStop(kb, direction);
        expect(PACKET_SIZE_STOPS_KB).toContain(next);
        if (direction > 0 && kb < MAX_PACKET_KB) expect(next).toBeGreaterThan(kb);
        if (direction < 0 && kb > 1) expect(next).toBeLessThan(kb);
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
