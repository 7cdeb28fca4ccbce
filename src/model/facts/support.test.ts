import { describe, expect, it } from 'vitest';
import {
  clampMinor,
  defaultMsgStreamFor,
  milvusOwnDefault,
  operatorDefaultMsgStream,
  supportForVersion,
  supportMatrix,
  supportOf,
  type DeploymentMode,
  type MsgStreamType,
  type SupportStatus,
} from './support.ts';
import type { MilvusMinor } from './versions.ts';

/**
 * The matrix as DOMAIN.md sections 4 and 9 state it, written out cell by cell. 3.0: Milvus docs
 * "Message Queue Overview" (mqtype-overview.md): RocksMQ standalone only, NATS gone since 2.6,
 * Pulsar, Kafka and Woodpecker in both modes.
 */
const EXPECTED: Record<DeploymentMode, Record<MsgStreamType, Record<MilvusMinor, SupportStatus>>> = {
  standalone: {
    rocksmq: {
      '2.3': 'supported',
      '2.4': 'supported',
      '2.5': 'supported',
      '2.6': 'supported',
      '3.0': 'supported',
    },
    natsmq: {
      '2.3': 'experimental',
      '2.4': 'experimental',
      '2.5': 'deprecated',
      '2.6': 'unsupported',
      '3.0': 'unsupported',
    },
    pulsar: {
      '2.3': 'supported',
      '2.4': 'supported',
      '2.5': 'supported',
      '2.6': 'supported',
      '3.0': 'supported',
    },
    kafka: {
      '2.3': 'supported',
      '2.4': 'supported',
      '2.5': 'supported',
      '2.6': 'supported',
      '3.0': 'supported',
    },
    woodpecker: {
      '2.3': 'unsupported',
      '2.4': 'unsupported',
      '2.5': 'unsupported',
      '2.6': 'supported',
      '3.0': 'supported',
    },
  },
  cluster: {
    rocksmq: {
      '2.3': 'unsupported',
      '2.4': 'unsupported',
      '2.5': 'unsupported',
      '2.6': 'unsupported',
      '3.0': 'unsupported',
    },
    natsmq: {
      '2.3': 'unsupported',
      '2.4': 'unsupported',
      '2.5': 'unsupported',
      '2.6': 'unsupported',
      '3.0': 'unsupported',
    },
    pulsar: {
      '2.3': 'supported',
      '2.4': 'supported',
      '2.5': 'supported',
      '2.6': 'supported',
      '3.0': 'supported',
    },
    kafka: {
      '2.3': 'supported',
      '2.4': 'supported',
      '2.5': 'supported',
      '2.6': 'supported',
      '3.0': 'supported',
    },
    woodpecker: {
      '2.3': 'unsupported',
      '2.4': 'unsupported',
      '2.5': 'unsupported',
      '2.6': 'supported',
      '3.0': 'supported',
    },
  },
};

describe('support matrix', () => {
  it('has 50 cells: 2 modes x 5 storages x 5 versions', () => {
    expect(supportMatrix()).toHaveLength(50);
  });

  for (const cell of supportMatrix()) {
    const expected = EXPECTED[cell.mode][cell.mq][cell.minor];
    it(`${cell.mode} + ${cell.mq} on ${cell.minor} is ${expected}`, () => {
      expect(cell.verdict.status).toBe(expected);
      if (expected !== 'supported') expect(cell.verdict.reason.length).toBeGreaterThan(20);
    });
  }

  it('explains why cluster mode rules out RocksMQ: Milvus fails at start', () => {
    expect(supportOf('cluster', 'rocksmq', '2.5').reason).toMatch(/fails at start/);
  });

  it('points NATS users on 2.6 to Woodpecker or RocksMQ', () => {
    expect(supportOf('standalone', 'natsmq', '2.6').reason).toMatch(/Woodpecker.*RocksMQ/);
  });

  it('warns that NATS on 2.5 is deprecated and experimental', () => {
    const verdict = supportOf('standalone', 'natsmq', '2.5');
    expect(verdict.reason).toMatch(/deprecated/);
    expect(verdict.notes.join(' ')).toMatch(/experiments only/);
  });

  it('recommends pulsar-v2 up to 2.4 and pulsar-v3 from 2.5', () => {
    expect(supportOf('cluster', 'pulsar', '2.4').notes[0]).toMatch(/pulsar-v2/);
    expect(supportOf('cluster', 'pulsar', '2.5').notes[0]).toMatch(/pulsar-v3/);
  });

  it('treats versions between known minors like the older one, past 3.0 like 3.0, before 2.3 like 2.3', () => {
    expect(clampMinor({ major: 2, minor: 7, patch: 0 })).toBe('2.6');
    expect(clampMinor({ major: 3, minor: 2, patch: 1 })).toBe('3.0');
    expect(clampMinor({ major: 4, minor: 0, patch: 0 })).toBe('3.0');
    expect(supportForVersion('standalone', 'natsmq', { major: 2, minor: 7, patch: 0 }).status).toBe(
      'unsupported',
    );
    expect(supportForVersion('cluster', 'woodpecker', { major: 3, minor: 1, patch: 0 }).status).toBe(
      'supported',
    );
    expect(supportForVersion('standalone', 'natsmq', { major: 2, minor: 2, patch: 9 }).status).toBe(
      'experimental',
    );
  });
});

describe('what the operator runs when msgStreamType is empty', () => {
  it('standalone runs Woodpecker from 2.6 and RocksMQ before', () => {
    expect(operatorDefaultMsgStream('standalone', { major: 2, minor: 6, patch: 0 })).toBe('woodpecker');
    expect(operatorDefaultMsgStream('standalone', { major: 2, minor: 5, patch: 16 })).toBe('rocksmq');
  });

  // milvus-operator v1.3.8 apis/milvus.io/v1beta1/milvus_webhook.go setDefaultMsgStreamType: the
  // cluster default does not look at the version; Milvus docs mqtype-overview.md: 3.x's own default
  // is Woodpecker in both modes. The product shows both.
  it('a 3.0 standalone gets Woodpecker, a 3.0 cluster Pulsar, unlike Milvus 3.0 itself', () => {
    const v3 = { major: 3, minor: 0, patch: 0 };
    expect(operatorDefaultMsgStream('standalone', v3)).toBe('woodpecker');
    expect(operatorDefaultMsgStream('cluster', v3)).toBe('pulsar');
    expect(milvusOwnDefault('cluster', v3)).toBe('woodpecker');
    expect(milvusOwnDefault('cluster', { major: 2, minor: 6, patch: 22 })).toBe('pulsar');
    expect(supportOf('cluster', 'woodpecker', '3.0').notes.join(' ')).toMatch(
      /operator .* still installs an in-cluster Pulsar/,
    );
  });

  it('cluster always runs Pulsar', () => {
    expect(operatorDefaultMsgStream('cluster', { major: 2, minor: 6, patch: 11 })).toBe('pulsar');
    expect(operatorDefaultMsgStream('cluster', { major: 2, minor: 3, patch: 0 })).toBe('pulsar');
  });

  it('the default for every wizard choice is itself selectable', () => {
    for (const cell of supportMatrix()) {
      const fallback = defaultMsgStreamFor(cell.mode, cell.minor);
      expect(supportOf(cell.mode, fallback, cell.minor).status).toBe('supported');
    }
  });
});
