import { useId } from 'react';
import {
  MEASURED_MQS,
  MEASURED_ROWS,
  MEASUREMENT_SOURCE,
  formatQuantity,
  toMB,
  type MeasuredMq,
  type MeasuredRow,
  type Measurement,
} from '../../model/decision/measurements.ts';
import { MQ_LABELS } from '../../model/facts/support.ts';
import { SideScroller } from '../shared/SideScroller.tsx';

interface Column {
  header: string;
  /** Comparable number: lower is better for every column. */
  score: (m: Measurement) => number;
  text: (m: Measurement) => string;
}

const COLUMNS: Column[] = [
  { header: 'Time per op (s)', score: (m) => m.secondsPerOp, text: (m) => String(m.secondsPerOp) },
  { header: 'Memory', score: (m) => toMB(m.memory), text: (m) => formatQuantity(m.memory) },
  { header: 'CPU total', score: (m) => m.cpuTotal, text: (m) => String(m.cpuTotal) },
  { header: 'Disk used', score: (m) => toMB(m.storage), text: (m) => formatQuantity(m.storage) },
];

function isLower(row: MeasuredRow, mq: MeasuredMq, column: Column): boolean {
  const other: MeasuredMq = mq === 'natsmq' ? 'rocksmq' : 'natsmq';
  return column.score(row.results[mq]) < column.score(row.results[other]);
}

export function MeasuredTable({ nearest, userSizeLabel }: { nearest: MeasuredRow; userSizeLabel: string }) {
  const captionId = useId();
  return (
    <>
      {/* The table's name, outside the scroller: a <caption> is as wide as the table and would be
          cut off at the scroller's edge on a phone. */}
      <p id={captionId} className="table-caption">
        RocksMQ and NATS by packet size, as measured ({MEASUREMENT_SOURCE.setup}). Lower is better in every
        column; the better value of each pair is in bold.
      </p>
      {/* Scrolls sideways on a phone, with a shadow at the edge where more columns are. */}
      <SideScroller className="measured-table-wrap" label="Measured data, scrollable">
        <table className="measured-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Message storage</th>
              {COLUMNS.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          {MEASURED_ROWS.map((row) => {
            const isNearest = row === nearest;
            return (
              <tbody
                key={row.packetSizeKB}
                className={isNearest ? 'is-nearest' : undefined}
                data-nearest={isNearest || undefined}
              >
                {MEASURED_MQS.map((mq, index) => (
                  <tr key={mq}>
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={MEASURED_MQS.length}>
                        {row.packetSizeLabel} × {row.packets.toLocaleString('en-US')}
                        {isNearest && <span className="nearest-badge">nearest to your {userSizeLabel}</span>}
                      </th>
                    )}
                    <td>{MQ_LABELS[mq]}</td>
                    {COLUMNS.map((column) => (
                      <td key={column.header} className="num">
                        {isLower(row, mq, column) ? (
                          <strong>
                            {column.text(row.results[mq])}
                            <span className="visually-hidden"> (better)</span>
                          </strong>
                        ) : (
                          column.text(row.results[mq])
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </SideScroller>
    </>
  );
}
