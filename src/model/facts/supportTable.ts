/**
 * The support matrix as a table: one row per mode and storage, one cell per Milvus version. The
 * wizard's storage step renders it, and the README's table is this module's Markdown (a test keeps
 * the two equal), so the matrix is written down once, in support.ts.
 */
import {
  DEPLOYMENT_MODES,
  MODE_LABELS,
  MQ_LABELS,
  MSG_STREAM_TYPES,
  defaultMsgStreamFor,
  milvusOwnDefault,
  supportOf,
  type SupportStatus,
} from './support.ts';
import { MILVUS_MINOR_VERSIONS, parseVersion, type MilvusMinor } from './versions.ts';

export const STATUS_LABELS: Record<SupportStatus, string> = {
  supported: 'Yes',
  experimental: 'Experimental',
  deprecated: 'Deprecated',
  unsupported: 'No',
};

export interface SupportTableRow {
  mode: (typeof DEPLOYMENT_MODES)[number];
  mq: (typeof MSG_STREAM_TYPES)[number];
  label: string;
  cells: { minor: MilvusMinor; status: SupportStatus; reason: string; text: string }[];
  /** The row's reasons, each said once, in version order. */
  reasons: string[];
}

/**
 * Whose default a cell is: the operator's (what an empty msgStreamType gets), Milvus's own (what
 * `mq.type: default` picks), or both. On 3.0 in cluster mode they differ: the operator installs
 * Pulsar, Milvus would take Woodpecker.
 */
function defaultMark(mode: SupportTableRow['mode'], mq: SupportTableRow['mq'], minor: MilvusMinor): string {
  const version = parseVersion(minor)!;
  const operator = defaultMsgStreamFor(mode, minor) === mq;
  const milvus = milvusOwnDefault(mode, version) === mq;
  if (operator && milvus) return ' (default)';
  if (operator) return ' (operator default)';
  if (milvus) return ' (Milvus default)';
  return '';
}

export function supportTableRows(): SupportTableRow[] {
  return DEPLOYMENT_MODES.flatMap((mode) =>
    MSG_STREAM_TYPES.map((mq) => {
      const cells = MILVUS_MINOR_VERSIONS.map((minor) => {
        const verdict = supportOf(mode, mq, minor);
        const text = STATUS_LABELS[verdict.status] + defaultMark(mode, mq, minor);
        return { minor, status: verdict.status, reason: verdict.reason, text };
      });
      const reasons = [...new Set(cells.map((c) => c.reason))].filter((r) => r !== '');
      return { mode, mq, label: `${MODE_LABELS[mode]}, ${MQ_LABELS[mq]}`, cells, reasons };
    }),
  );
}

export function supportMarkdown(): string {
  const head = `| | ${MILVUS_MINOR_VERSIONS.map((m) => `Milvus ${m}`).join(' | ')} |`;
  const rule = `|---|${MILVUS_MINOR_VERSIONS.map(() => '---').join('|')}|`;
  const rows = supportTableRows().map(
    (row) => `| ${row.label} | ${row.cells.map((c) => c.text).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}
