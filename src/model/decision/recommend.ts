/**
 * RocksMQ or NATS? The docs' rule (below 64 KB packets RocksMQ wins on memory, CPU and response
 * time; above it NATS wins on response time given enough memory and good GC; NATS is for
 * experiments only), bounded by what the deployment allows. Which storage a mode and version
 * allow, and why, comes from the support matrix; this module only weighs the measurements.
 */
import {
  EMBEDDED_ONLY,
  MQ_LABELS,
  MSG_STREAM_TYPES,
  SUPPORT_NOTES,
  defaultMsgStreamFor,
  milvusOwnDefault,
  isSelectable,
  supportOf,
  type DeploymentMode,
  type MsgStreamType,
  type SupportVerdict,
} from '../facts/support.ts';
import { parseVersion, type MilvusMinor } from '../facts/versions.ts';
import {
  MEASURED_ROWS,
  SCALE_REPORT,
  bracketingRows,
  fasterIn,
  formatQuantity,
  natsMemoryFactor,
  natsMemoryFactorRange,
  nearestRow,
  type MeasuredMq,
  type MeasuredRow,
} from './measurements.ts';
import { formatPacketSize } from './packetSize.ts';

/** The packet size where the docs' rule switches from RocksMQ to NATS. */
export const CROSSOVER_KB = 64;

/**
 * Sizes within this factor of the crossover are called a close call: the measurements have no
 * size between 1 KB and 64 KB or between 64 KB and 1 MB, so the rule cannot be sharper there.
 */
export const NEAR_CROSSOVER_FACTOR = 4;

export type MemoryHeadroom = 'plenty' | 'tight';
export type Choice = 'rocksmq' | 'natsmq' | 'neither';

export interface DecisionInput {
  /** Typical insert-message size in KB (1 MB = 1024 KB); must be a positive number. */
  packetSizeKB: number;
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
  memoryHeadroom: MemoryHeadroom;
  production: boolean;
}

export interface Recommendation {
  choice: Choice;
  /** Other storages worth considering (for 'neither': the ones to use instead). */
  alternatives: MsgStreamType[];
  headline: string;
  /** Why, in plain words, most important first. */
  reasons: string[];
  /** What to know before acting on the choice. */
  caveats: string[];
  /** Which of the two the packet size alone favours, by the docs' rule. */
  sizeFavours: MeasuredMq;
  /** The measured test closest to the packet size (log scale). */
  nearestRow: MeasuredRow;
  /** The measured tests either side of the packet size (one when it is a measured size). */
  bracketingRows: MeasuredRow[];
  /** Set near 64 KB: the rule is a crossover, not a cliff, and this says so. */
  crossoverNote: string | null;
}

const label = (mq: MsgStreamType): string => MQ_LABELS[mq];

export function sizeFavours(packetSizeKB: number): MeasuredMq {
  return packetSizeKB > CROSSOVER_KB ? 'natsmq' : 'rocksmq';
}

export function isNearCrossover(packetSizeKB: number): boolean {
  return (
    packetSizeKB >= CROSSOVER_KB / NEAR_CROSSOVER_FACTOR &&
    packetSizeKB <= CROSSOVER_KB * NEAR_CROSSOVER_FACTOR
  );
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** One measured test in a sentence: both storages' time per op, memory and CPU. */
export function describeRow(row: MeasuredRow): string {
  const n = row.results.natsmq;
  const r = row.results.rocksmq;
  return (
    `${row.packetSizeLabel} packets (${formatCount(row.packets)} of them): ` +
    `RocksMQ ${r.secondsPerOp} s per operation, ${formatQuantity(r.memory)} memory, CPU ${r.cpuTotal}; ` +
    `NATS ${n.secondsPerOp} s per operation, ${formatQuantity(n.memory)} memory, CPU ${n.cpuTotal}.`
  );
}

function factorText(factor: number): string {
  return `${factor.toFixed(1)} times`;
}

function memoryRangeText(): string {
  const [low, high] = natsMemoryFactorRange();
  return `${low.toFixed(1)} to ${high.toFixed(1)} times`;
}

function crossoverNoteFor(packetSizeKB: number): string | null {
  if (!isNearCrossover(packetSizeKB)) return null;
  const at64 = MEASURED_ROWS.find((row) => row.packetSizeKB === CROSSOVER_KB);
  const at64Text = at64
    ? ` In the 64 KB test itself NATS was already faster per operation (${at64.results.natsmq.secondsPerOp} s against ` +
      `${at64.results.rocksmq.secondsPerOp} s) but used ${factorText(natsMemoryFactor(at64))} RocksMQ's memory.`
    : '';
  const where =
    packetSizeKB === CROSSOVER_KB
      ? "64 KB is exactly where the docs' rule switches."
      : `${formatPacketSize(packetSizeKB)} is close to 64 KB, where the docs' rule switches.`;
  return (
    `${where} That is a crossover, not a cliff: the measurements have no size between 1 KB and 64 KB or between ` +
    `64 KB and 1 MB, so near 64 KB the answer is a trade-off rather than a clear win, and your own workload ` +
    `decides.${at64Text}`
  );
}

function timeComparison(row: MeasuredRow): string {
  const n = row.results.natsmq;
  const r = row.results.rocksmq;
  const faster = n.secondsPerOp < r.secondsPerOp ? 'NATS' : 'RocksMQ';
  return (
    `In the nearest measured test (${row.packetSizeLabel} packets) ${faster} was faster: ` +
    `NATS ${n.secondsPerOp} s per operation against RocksMQ's ${r.secondsPerOp} s, ` +
    `while NATS used ${formatQuantity(n.memory)} of memory against RocksMQ's ${formatQuantity(r.memory)}.`
  );
}

/** Every statement the support matrix makes about NATS for this mode and version. */
function natsSupportTexts(verdict: SupportVerdict): string[] {
  return [verdict.reason, ...verdict.notes].filter((text) => text !== '');
}

function rocksmqCaveats(mode: DeploymentMode, minor: MilvusMinor): string[] {
  return supportOf(mode, 'rocksmq', minor).notes;
}

/** The verdicts say NATS is deprecated on this version: every answer that mentions NATS says so. */
function deprecationCaveats(natsVerdict: SupportVerdict): string[] {
  return natsVerdict.status === 'deprecated' ? [natsVerdict.reason] : [];
}

/** What every answer carries, whatever the choice: the evidence for the packet size. */
type Evidence = Pick<Recommendation, 'sizeFavours' | 'nearestRow' | 'bracketingRows' | 'crossoverNote'>;

function clusterRecommendation(milvusVersion: MilvusMinor, base: Evidence): Recommendation {
  // From 2.6 on Woodpecker comes first: it needs no service beside Milvus, and it is Milvus's own
  // default from 3.0 (Milvus docs, mqtype-overview.md).
  const alternatives = MSG_STREAM_TYPES.filter(
    (mq) => !EMBEDDED_ONLY.includes(mq) && isSelectable(supportOf('cluster', mq, milvusVersion)),
  ).sort((a, b) => Number(b === 'woodpecker') - Number(a === 'woodpecker'));
  const names = alternatives.map(label);
  const namesText =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}` : (names[0] ?? '');
  const clusterDefault = defaultMsgStreamFor('cluster', milvusVersion);
  const reasons = [
    'Both RocksMQ and NATS are embedded storages: each lives inside a single Milvus process. A cluster runs Milvus as many processes on many pods, and they all need one message storage they reach over the network.',
    supportOf('cluster', 'rocksmq', milvusVersion).reason,
    supportOf('cluster', 'natsmq', milvusVersion).reason,
    `Use ${namesText}: ${names.length > 1 ? 'they run' : 'it runs'} as a service that every Milvus pod shares. With msgStreamType left empty the operator deploys ${label(clusterDefault)} for a cluster.`,
  ];
  if (alternatives.includes('woodpecker')) {
    const version = parseVersion(milvusVersion)!;
    reasons.push(
      milvusOwnDefault('cluster', version) === 'woodpecker'
        ? `Woodpecker is Milvus ${milvusVersion}'s own default in cluster mode: it runs embedded in the Milvus pods, with no message-storage service to run beside them.`
        : `Milvus ${milvusVersion} also offers Woodpecker in cluster mode: it runs embedded in the Milvus pods, with no message-storage service to run beside them.`,
    );
    if (clusterDefault !== milvusOwnDefault('cluster', version))
      reasons.push(SUPPORT_NOTES.operatorClusterDefault);
  }
  return {
    ...base,
    choice: 'neither',
    alternatives,
    headline: `Cluster mode needs ${namesText}: RocksMQ and NATS live inside one Milvus process`,
    reasons,
    caveats: [],
  };
}

/**
 * The recommendation for one packet size and deployment. Pure; throws a RangeError only for a
 * size that is not a positive number (the page validates the field before calling).
 */
export function recommend(input: DecisionInput): Recommendation {
  const { packetSizeKB, mode, milvusVersion, memoryHeadroom, production } = input;
  if (!Number.isFinite(packetSizeKB) || packetSizeKB <= 0) {
    throw new RangeError(`Packet size must be a positive number of KB, got ${String(packetSizeKB)}`);
  }
  const size = formatPacketSize(packetSizeKB);
  const row = nearestRow(packetSizeKB);
  const favours = sizeFavours(packetSizeKB);
  const base: Evidence = {
    sizeFavours: favours,
    nearestRow: row,
    bracketingRows: bracketingRows(packetSizeKB),
    crossoverNote: crossoverNoteFor(packetSizeKB),
  };

  if (mode === 'cluster') return clusterRecommendation(milvusVersion, base);

  const natsVerdict = supportOf(mode, 'natsmq', milvusVersion);
  const rocksmqVerdict = supportOf(mode, 'rocksmq', milvusVersion);
  // Standalone always allows RocksMQ today; if the matrix ever says otherwise, answer nothing rather than wrong.
  if (!isSelectable(rocksmqVerdict)) {
    return {
      ...base,
      choice: 'neither',
      alternatives: [],
      headline: `${label('rocksmq')} is not available here`,
      reasons: [rocksmqVerdict.reason],
      caveats: [],
    };
  }

  if (!isSelectable(natsVerdict)) {
    // The operator's default here is always selectable; it is the natural other choice (Woodpecker on 2.6).
    const standaloneDefault = defaultMsgStreamFor(mode, milvusVersion);
    const alternatives: MsgStreamType[] = EMBEDDED_ONLY.includes(standaloneDefault)
      ? []
      : [standaloneDefault];
    const alternativeText =
      alternatives.length > 0
        ? `, or ${alternatives.map(label).join(' or ')} (the ${milvusVersion} standalone default)`
        : '';
    const reasons = [natsVerdict.reason, 'Of the two, that leaves RocksMQ.'];
    reasons.push(
      favours === 'natsmq'
        ? `At ${size} NATS would have had the faster response time in the measurements, but it is not available on Milvus ${milvusVersion}.`
        : `At ${size} RocksMQ is also the one the measurements favour: it wins on memory, CPU and response time below 64 KB.`,
    );
    if (alternatives.length > 0)
      reasons.push(
        `The measurements predate ${alternatives.map(label).join(' and ')}; they do not compare it.`,
      );
    return {
      ...base,
      choice: 'rocksmq',
      alternatives,
      headline: `NATS is gone in Milvus ${milvusVersion}: use RocksMQ${alternativeText}`,
      reasons,
      caveats: rocksmqCaveats(mode, milvusVersion),
    };
  }

  const natsAlternative: MsgStreamType[] = production ? [] : ['natsmq'];
  const rocksmqNotes = [...rocksmqCaveats(mode, milvusVersion), ...deprecationCaveats(natsVerdict)];

  if (favours === 'rocksmq') {
    // Between 8 and 64 KB the nearest test is the 64 KB one, where NATS was already faster: say so.
    const measuredAgrees = fasterIn(row) === 'rocksmq';
    const reasons = [
      measuredAgrees
        ? `At ${size}, below the 64 KB crossover, RocksMQ wins on memory, CPU and response time: the docs' rule says so and the measurements show it.`
        : `At ${size}, at or below the 64 KB crossover, the docs' rule says RocksMQ wins on memory, CPU and response time.`,
      timeComparison(row),
    ];
    // Near 64 KB the crossover note already tells this, with the numbers.
    if (!measuredAgrees && !base.crossoverNote) {
      reasons.push(
        `So near 64 KB the measurements back the rule on memory (NATS used ${factorText(natsMemoryFactor(row))} as much), not on speed: NATS pays off only with memory to spare, and it is advised for experiments only.`,
      );
    }
    if (production) reasons.push('It is also the one for production: NATS is advised for experiments only.');
    return {
      ...base,
      choice: 'rocksmq',
      alternatives: natsAlternative,
      headline: measuredAgrees
        ? `At ${size} RocksMQ wins on memory, CPU and response time`
        : `At ${size} RocksMQ, narrowly: it needs a fraction of NATS's memory`,
      reasons,
      caveats: rocksmqNotes,
    };
  }

  if (production) {
    return {
      ...base,
      choice: 'rocksmq',
      alternatives: [],
      headline: 'This is production, and NATS is advised for experiments only',
      reasons: [
        'This is production, and NATS is advised for experiments only.',
        `Above 64 KB NATS wins on response time, so at ${size} you give up some speed. ${timeComparison(row)}`,
        `In exchange RocksMQ used far less memory: NATS used ${memoryRangeText()} RocksMQ's memory across the tests.`,
      ],
      caveats: rocksmqNotes,
    };
  }

  if (memoryHeadroom === 'tight') {
    return {
      ...base,
      choice: 'rocksmq',
      alternatives: natsAlternative,
      headline: `Memory is tight, and NATS used ${memoryRangeText()} RocksMQ's memory`,
      reasons: [
        `Memory is tight. NATS's lead in response time above 64 KB needs enough memory, and NATS used ${factorText(natsMemoryFactor(row))} RocksMQ's memory in the ${row.packetSizeLabel} test (${memoryRangeText()} across the tests).`,
        timeComparison(row),
        'RocksMQ manages its own memory (through CGO into RocksDB); NATS, written in Go, leaves it to the Go garbage collector.',
      ],
      caveats: rocksmqNotes,
    };
  }

  return {
    ...base,
    choice: 'natsmq',
    alternatives: ['rocksmq'],
    headline: `For experiments: at ${size} NATS answers faster, given enough memory`,
    reasons: [
      `At ${size}, above the 64 KB crossover of the docs' rule, NATS wins on response time, given enough memory and well-timed Go garbage collection.`,
      timeComparison(row),
      'You have memory to spare and this is not production, so the faster response time can be worth the memory.',
    ],
    caveats: [
      ...natsSupportTexts(natsVerdict),
      `NATS used ${memoryRangeText()} RocksMQ's memory in the measurements; watch the Milvus pod's memory limit.`,
      `A ${SCALE_REPORT.year} user report (${SCALE_REPORT.id}) saw NATS far slower than RocksMQ at scale: try it with your own data before relying on it.`,
      'The message storage cannot be changed while Milvus runs: moving between RocksMQ and NATS later means stopping DDL, calling FlushAll and restarting Milvus.',
    ],
  };
}
