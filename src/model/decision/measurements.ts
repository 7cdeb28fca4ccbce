/**
 * The published RocksMQ-vs-NATS measurements, the only evidence the decision helper argues from.
 * Numbers are kept exactly as published (value + unit) so the table shows what the source says;
 * the chart and the recommendation read them through the converters below.
 */

/** The two storages the measurements compare, in the operator's `msgStreamType` words. */
export const MEASURED_MQS = ['natsmq', 'rocksmq'] as const;
export type MeasuredMq = (typeof MEASURED_MQS)[number];

export type SizeUnit = 'KB' | 'MB' | 'GB';

export interface Quantity {
  value: number;
  unit: SizeUnit;
}

export interface Measurement {
  /** Seconds per operation (lower is better). */
  secondsPerOp: number;
  /** Peak memory of the Milvus process. */
  memory: Quantity;
  /** Total CPU as published (a unitless total; lower is better). */
  cpuTotal: number;
  /** Disk used by the message storage. */
  storage: Quantity;
}

export interface MeasuredRow {
  /** Packet (insert message) size of the test, in KB (1 MB = 1024 KB). */
  packetSizeKB: number;
  /** The size as the source writes it, e.g. "64 KB". */
  packetSizeLabel: string;
  /** How many packets the test inserted. */
  packets: number;
  results: Record<MeasuredMq, Measurement>;
}

export const MEASUREMENT_SOURCE = {
  title: 'Optimizing Data Communication: Milvus Embraces NATS Messaging',
  publisher: 'milvus.io blog',
  setup: 'Apple M1 Pro, 16 GB memory, 50 operations per test',
} as const;

export const SCALE_REPORT = {
  id: 'milvus-io/milvus#25516',
  url: 'https://github.com/milvus-io/milvus/issues/25516',
  year: 2023,
  summary: 'a user report that saw NATS far slower than RocksMQ at scale',
} as const;

/** Search latency at 100M vectors, from the same blog post. */
export const SEARCH_LATENCY_100M_MS: Record<MeasuredMq, number> = { rocksmq: 23.55, natsmq: 20.17 };

const q = (value: number, unit: SizeUnit): Quantity => ({ value, unit });

/** Sorted by packet size, smallest first. */
export const MEASURED_ROWS: readonly MeasuredRow[] = [
  {
    packetSizeKB: 1,
    packetSizeLabel: '1 KB',
    packets: 50000,
    results: {
      natsmq: { secondsPerOp: 2.629, memory: q(635.1, 'MB'), cpuTotal: 179.67, storage: q(2.6, 'GB') },
      rocksmq: { secondsPerOp: 0.898, memory: q(232.3, 'MB'), cpuTotal: 60.42, storage: q(521, 'MB') },
    },
  },
  {
    packetSizeKB: 64,
    packetSizeLabel: '64 KB',
    packets: 10000,
    results: {
      natsmq: { secondsPerOp: 2.133, memory: q(3.29, 'GB'), cpuTotal: 97.59, storage: q(31, 'GB') },
      rocksmq: { secondsPerOp: 3.254, memory: q(331.2, 'MB'), cpuTotal: 134.6, storage: q(24, 'GB') },
    },
  },
  {
    packetSizeKB: 1024,
    packetSizeLabel: '1 MB',
    packets: 500,
    results: {
      natsmq: { secondsPerOp: 2.249, memory: q(2.6, 'GB'), cpuTotal: 96.5, storage: q(25, 'GB') },
      rocksmq: { secondsPerOp: 2.555, memory: q(614.9, 'MB'), cpuTotal: 80.19, storage: q(19, 'GB') },
    },
  },
  {
    packetSizeKB: 5 * 1024,
    packetSizeLabel: '5 MB',
    packets: 100,
    results: {
      natsmq: { secondsPerOp: 1.65, memory: q(4.29, 'GB'), cpuTotal: 85.58, storage: q(25, 'GB') },
      rocksmq: { secondsPerOp: 2.476, memory: q(1.18, 'GB'), cpuTotal: 81.42, storage: q(19, 'GB') },
    },
  },
];

const MB_PER_UNIT: Record<SizeUnit, number> = { KB: 1 / 1024, MB: 1, GB: 1024 };

export function toMB(quantity: Quantity): number {
  return quantity.value * MB_PER_UNIT[quantity.unit];
}

/** "4.29 GB", "331.2 MB": the published figure, unchanged. */
export function formatQuantity(quantity: Quantity): string {
  return `${quantity.value} ${quantity.unit}`;
}

/** How many times RocksMQ's memory NATS used in one test. */
export function natsMemoryFactor(row: MeasuredRow): number {
  return toMB(row.results.natsmq.memory) / toMB(row.results.rocksmq.memory);
}

/** The smallest and largest NATS/RocksMQ memory factor over all tests. */
export function natsMemoryFactorRange(rows: readonly MeasuredRow[] = MEASURED_ROWS): [number, number] {
  const factors = rows.map(natsMemoryFactor);
  return [Math.min(...factors), Math.max(...factors)];
}

/** Which storage had the lower time per operation in a test. */
export function fasterIn(row: MeasuredRow): MeasuredMq {
  return row.results.natsmq.secondsPerOp < row.results.rocksmq.secondsPerOp ? 'natsmq' : 'rocksmq';
}

/**
 * The measured row closest to a packet size, on a log scale (sizes span four orders of magnitude,
 * so 8 KB is as near to 1 KB as to 64 KB).
 */
export function nearestRow(packetSizeKB: number, rows: readonly MeasuredRow[] = MEASURED_ROWS): MeasuredRow {
  const target = Math.log(packetSizeKB);
  let best = rows[0];
  if (!best) throw new Error('No measured rows');
  for (const row of rows) {
    if (Math.abs(Math.log(row.packetSizeKB) - target) < Math.abs(Math.log(best.packetSizeKB) - target))
      best = row;
  }
  return best;
}

/**
 * The measured rows either side of a packet size: one row when the size is a measured size or
 * outside the measured range, else the two it falls between.
 */
export function bracketingRows(
  packetSizeKB: number,
  rows: readonly MeasuredRow[] = MEASURED_ROWS,
): MeasuredRow[] {
  const exact = rows.find((r) => r.packetSizeKB === packetSizeKB);
  if (exact) return [exact];
  const below = rows.filter((r) => r.packetSizeKB < packetSizeKB).at(-1);
  const above = rows.find((r) => r.packetSizeKB > packetSizeKB);
  return [below, above].filter((r): r is MeasuredRow => r !== undefined);
}
