import { describe, expect, it } from 'vitest';
import {
  MEASURED_ROWS,
  bracketingRows,
  fasterIn,
  natsMemoryFactor,
  natsMemoryFactorRange,
  nearestRow,
  toMB,
} from './measurements.ts';

describe('measured data', () => {
  it('lists the tests from the smallest packet to the largest', () => {
    const sizes = MEASURED_ROWS.map((row) => row.packetSizeKB);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(MEASURED_ROWS.map((row) => row.packetSizeLabel)).toEqual(['1 KB', '64 KB', '1 MB', '5 MB']);
  });

  it('converts the published memory figures to MB with 1 GB = 1024 MB', () => {
    expect(toMB({ value: 1.18, unit: 'GB' })).toBeCloseTo(1208.32);
    expect(toMB({ value: 331.2, unit: 'MB' })).toBe(331.2);
  });

  it('shows NATS using about 3 to 10 times the memory of RocksMQ', () => {
    const [low, high] = natsMemoryFactorRange();
    expect(low).toBeCloseTo(2.73, 2);
    expect(high).toBeCloseTo(10.17, 2);
    expect(MEASURED_ROWS.every((row) => natsMemoryFactor(row) > 1)).toBe(true);
  });

  it('has RocksMQ faster at 1 KB and NATS faster from 64 KB up', () => {
    expect(MEASURED_ROWS.map(fasterIn)).toEqual(['rocksmq', 'natsmq', 'natsmq', 'natsmq']);
  });

  it('finds the nearest test on a log scale, so 7 KB is nearer 1 KB and 9 KB nearer 64 KB', () => {
    expect(nearestRow(7).packetSizeKB).toBe(1);
    expect(nearestRow(9).packetSizeKB).toBe(64);
    expect(nearestRow(300).packetSizeKB).toBe(1024);
    expect(nearestRow(16384).packetSizeKB).toBe(5120);
    expect(nearestRow(0.5).packetSizeKB).toBe(1);
  });

  it('brackets a size by the tests below and above it', () => {
    expect(bracketingRows(8).map((row) => row.packetSizeKB)).toEqual([1, 64]);
    expect(bracketingRows(64).map((row) => row.packetSizeKB)).toEqual([64]);
    expect(bracketingRows(0.5).map((row) => row.packetSizeKB)).toEqual([1]);
  });
});
