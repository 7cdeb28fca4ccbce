import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEPLOYMENT_MODES, isSelectable, supportOf } from '../facts/support.ts';
import { MILVUS_MINOR_VERSIONS } from '../facts/versions.ts';
import { MAX_PACKET_KB, MIN_PACKET_KB } from './packetSize.ts';
import { CROSSOVER_KB, recommend, type DecisionInput } from './recommend.ts';

const experimenting: Omit<DecisionInput, 'packetSizeKB'> = {
  mode: 'standalone',
  milvusVersion: '2.5',
  memoryHeadroom: 'plenty',
  production: false,
};

const at = (packetSizeKB: number, context: Partial<DecisionInput> = {}) =>
  recommend({ ...experimenting, packetSizeKB, ...context });

/** Sizes spread evenly on a log scale over the slider's range, as a user would pick them. */
const packetSize = fc
  .double({ min: 0, max: Math.log2(MAX_PACKET_KB / MIN_PACKET_KB), noNaN: true })
  .map((exponent) => MIN_PACKET_KB * 2 ** exponent);

const context = fc.record({
  mode: fc.constantFrom(...DEPLOYMENT_MODES),
  milvusVersion: fc.constantFrom(...MILVUS_MINOR_VERSIONS),
  memoryHeadroom: fc.constantFrom('plenty' as const, 'tight' as const),
  production: fc.boolean(),
});

describe('recommend over the whole range', () => {
  it('always picks a storage the support matrix allows, or neither exactly in cluster mode', () => {
    fc.assert(
      fc.property(packetSize, context, (packetSizeKB, ctx) => {
        const r = recommend({ packetSizeKB, ...ctx });
        if (ctx.mode === 'cluster') {
          expect(r.choice).toBe('neither');
        } else {
          expect(r.choice).not.toBe('neither');
          if (r.choice !== 'neither')
            expect(isSelectable(supportOf(ctx.mode, r.choice, ctx.milvusVersion))).toBe(true);
        }
        for (const alternative of r.alternatives) {
          expect(isSelectable(supportOf(ctx.mode, alternative, ctx.milvusVersion))).toBe(true);
        }
        expect(r.headline).not.toBe('');
        expect(r.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('once it recommends NATS at a size, it recommends NATS at every larger size in the same context', () => {
    fc.assert(
      fc.property(packetSize, packetSize, context, (a, b, ctx) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        if (recommend({ packetSizeKB: small, ...ctx }).choice === 'natsmq') {
          expect(recommend({ packetSizeKB: large, ...ctx }).choice).toBe('natsmq');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('recommends NATS only when it is supported, not production, memory is plentiful and packets exceed 64 KB', () => {
    fc.assert(
      fc.property(packetSize, context, (packetSizeKB, ctx) => {
        const r = recommend({ packetSizeKB, ...ctx });
        const natsAllowed =
          isSelectable(supportOf(ctx.mode, 'natsmq', ctx.milvusVersion)) &&
          !ctx.production &&
          ctx.memoryHeadroom === 'plenty' &&
          packetSizeKB > CROSSOVER_KB;
        expect(r.choice === 'natsmq').toBe(natsAllowed);
      }),
      { numRuns: 500 },
    );
  });

  it('never answers NATS without saying it is for experiments only', () => {
    fc.assert(
      fc.property(packetSize, context, (packetSizeKB, ctx) => {
        const r = recommend({ packetSizeKB, ...ctx });
        if (r.choice === 'natsmq') expect(r.caveats.join(' ')).toMatch(/experiments only/);
      }),
    );
  });

  it('rejects a size that is not a positive number instead of answering nonsense', () => {
    expect(() => at(0)).toThrow(RangeError);
    expect(() => at(Number.NaN)).toThrow(RangeError);
    expect(() => at(-5)).toThrow(RangeError);
  });
});

describe('the docs rule by packet size', () => {
  it('recommends RocksMQ for 1 KB packets, winning on memory, CPU and response time', () => {
    const r = at(1);
    expect(r.choice).toBe('rocksmq');
    expect(r.reasons[0]).toMatch(/memory, CPU and response time/);
    expect(r.nearestRow.packetSizeLabel).toBe('1 KB');
    expect(r.reasons.join(' ')).toContain('0.898');
    expect(r.headline).toBe('At 1 KB RocksMQ wins on memory, CPU and response time');
  });

  it('does not claim RocksMQ is faster where the nearest test (64 KB) had NATS faster', () => {
    const r = at(10);
    expect(r.choice).toBe('rocksmq');
    expect(r.nearestRow.packetSizeLabel).toBe('64 KB');
    expect(r.headline).toMatch(/narrowly/);
    expect(r.headline).not.toMatch(/response time/);
    expect(r.reasons.join(' ')).toMatch(/not on speed/);
  });

  it('recommends NATS for 1 MB packets with the experiments-only and deprecation caveats on 2.5', () => {
    const r = at(1024);
    expect(r.choice).toBe('natsmq');
    expect(r.alternatives).toEqual(['rocksmq']);
    expect(r.caveats.join(' ')).toMatch(/experiments only/);
    expect(r.caveats.join(' ')).toMatch(/deprecated in Milvus 2\.5/);
    expect(r.caveats.join(' ')).toContain('milvus-io/milvus#25516');
    expect(r.nearestRow.packetSizeLabel).toBe('1 MB');
    expect(r.reasons.join(' ')).toContain('2.249');
  });

  it('does not call NATS deprecated on 2.3 and 2.4, but still experiments only', () => {
    for (const milvusVersion of ['2.3', '2.4'] as const) {
      const r = at(1024, { milvusVersion });
      expect(r.choice).toBe('natsmq');
      expect(r.caveats.join(' ')).toMatch(/experiments only/);
      expect(r.caveats.join(' ')).not.toMatch(/deprecated/);
    }
  });

  it('says NATS is deprecated on 2.5 even when it recommends RocksMQ', () => {
    expect(at(1).caveats.join(' ')).toMatch(/deprecated in Milvus 2\.5/);
    expect(at(1, { milvusVersion: '2.4' }).caveats.join(' ')).not.toMatch(/deprecated/);
  });

  it('treats exactly 64 KB as RocksMQ and anything above as NATS', () => {
    expect(at(64).choice).toBe('rocksmq');
    expect(at(64.5).choice).toBe('natsmq');
  });

  it('calls 64 KB a crossover, not a cliff, and quotes the measured 64 KB numbers near it', () => {
    for (const size of [16, 40, 64, 100, 256]) {
      const note = at(size).crossoverNote;
      expect(note, `${size} KB`).toMatch(/crossover, not a cliff/);
      expect(note).toContain('2.133');
      expect(note).toContain('3.254');
    }
    expect(at(64).crossoverNote).toMatch(/^64 KB is exactly where/);
    expect(at(100).crossoverNote).toMatch(/^100 KB is close to 64 KB/);
    expect(at(1).crossoverNote).toBeNull();
    expect(at(5120).crossoverNote).toBeNull();
  });

  it('gives the measured tests either side of the size, and the nearest one on a log scale', () => {
    const r = at(200);
    expect(r.bracketingRows.map((row) => row.packetSizeLabel)).toEqual(['64 KB', '1 MB']);
    expect(r.nearestRow.packetSizeLabel).toBe('64 KB');
    expect(at(5120).bracketingRows.map((row) => row.packetSizeLabel)).toEqual(['5 MB']);
    expect(at(16384).bracketingRows.map((row) => row.packetSizeLabel)).toEqual(['5 MB']);
  });
});

describe('constraints that override packet size', () => {
  it('recommends neither RocksMQ nor NATS in cluster mode, pointing to Pulsar or Kafka and saying why', () => {
    for (const milvusVersion of MILVUS_MINOR_VERSIONS) {
      for (const size of [1, 64, 1024, 16384]) {
        const r = at(size, { mode: 'cluster', milvusVersion });
        expect(r.choice).toBe('neither');
        expect(r.alternatives).toEqual(expect.arrayContaining(['pulsar', 'kafka']));
        expect(r.headline).toMatch(/Pulsar/);
        expect(r.headline).toMatch(/Kafka/);
        expect(r.reasons.join(' ')).toMatch(/single Milvus process/);
      }
    }
  });

  it('adds Woodpecker to the cluster alternatives on 2.6 only', () => {
    expect(at(1, { mode: 'cluster', milvusVersion: '2.6' }).alternatives).toContain('woodpecker');
    expect(at(1, { mode: 'cluster', milvusVersion: '2.6' }).headline).toMatch(/Woodpecker/);
    // milvus-operator v1.3.8 setDefaultMsgStreamType vs Milvus docs mqtype-overview.md (3.0).
    const on30 = at(1, { mode: 'cluster', milvusVersion: '3.0' });
    expect(on30.alternatives[0]).toBe('woodpecker');
    expect(on30.reasons.join(' ')).toMatch(/Woodpecker is Milvus 3\.0's own default/);
    expect(on30.reasons.join(' ')).toMatch(/operator .* still installs an in-cluster Pulsar/);
    expect(at(1, { mode: 'standalone', milvusVersion: '3.0' }).alternatives).toEqual(['woodpecker']);
    expect(at(1, { mode: 'cluster', milvusVersion: '2.5' }).alternatives).not.toContain('woodpecker');
  });

  it('never recommends NATS on Milvus 2.6 and points to Woodpecker, the 2.6 standalone default, or RocksMQ', () => {
    for (const size of [1, 64, 1024, 16384]) {
      const r = at(size, { milvusVersion: '2.6' });
      expect(r.choice).toBe('rocksmq');
      expect(r.alternatives).toEqual(['woodpecker']);
      expect(r.headline).toMatch(/Woodpecker/);
      expect(r.headline).toMatch(/NATS is gone/);
      expect(r.reasons[0]).toBe(supportOf('standalone', 'natsmq', '2.6').reason);
    }
  });

  it('recommends RocksMQ in production even for large packets, with the experiments-only reason', () => {
    const r = at(5120, { production: true });
    expect(r.choice).toBe('rocksmq');
    expect(r.alternatives).not.toContain('natsmq');
    expect(r.reasons[0]).toMatch(/experiments only/);
    expect(r.caveats.join(' ')).toMatch(/persistence/);
  });

  it('recommends RocksMQ when memory is tight, quoting how much more memory NATS used', () => {
    const r = at(1024, { memoryHeadroom: 'tight' });
    expect(r.choice).toBe('rocksmq');
    expect(r.headline).toMatch(/Memory is tight/);
    expect(r.reasons[0]).toMatch(/4\.3 times RocksMQ's memory in the 1 MB test/);
    expect(r.reasons[0]).toMatch(/2\.7 to 10\.2 times across the tests/);
  });
});
