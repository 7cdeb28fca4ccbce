import {
  MEASURED_MQS,
  MEASURED_ROWS,
  toMB,
  type MeasuredMq,
  type MeasuredRow,
  type Measurement,
} from '../../model/decision/measurements.ts';
import { formatPacketSize } from '../../model/decision/packetSize.ts';
import { CROSSOVER_KB } from '../../model/decision/recommend.ts';
import { MQ_LABELS } from '../../model/facts/support.ts';
import { niceTicks, powersOfTwoKB, xForKB, yForValue, type Box } from './chartScale.ts';

interface Metric {
  title: string;
  /** Unit after each value in labels and in the summary. */
  unit: string;
  value: (m: Measurement) => number;
  format: (n: number) => string;
}

const METRICS: Metric[] = [
  { title: 'Time per operation', unit: 's', value: (m) => m.secondsPerOp, format: (n) => String(n) },
  {
    title: 'Memory',
    unit: 'GB',
    value: (m) => toMB(m.memory) / 1024,
    format: (n) => String(Number(n.toFixed(2))),
  },
];

/** Colour plus line style plus marker shape, so the two series differ without colour too. */
const SERIES_STYLE: Record<MeasuredMq, { className: string; dash?: string }> = {
  rocksmq: { className: 'series-rocksmq' },
  natsmq: { className: 'series-natsmq', dash: '6 4' },
};

const BOX: Box = { width: 360, height: 230, left: 44, right: 64, top: 22, bottom: 40 };
const X_LABELS = [1, CROSSOVER_KB, 1024, 16 * 1024];

function summary(metric: Metric, nearest: MeasuredRow, userKB: number): string {
  const series = MEASURED_MQS.map(
    (mq) =>
      `${MQ_LABELS[mq]}: ` +
      MEASURED_ROWS.map(
        (row) => `${metric.format(metric.value(row.results[mq]))} ${metric.unit} at ${row.packetSizeLabel}`,
      ).join(', '),
  );
  return (
    `${metric.title} by packet size, log scale, lower is better. ${series.join('. ')}. ` +
    `Highlighted: the ${nearest.packetSizeLabel} test, nearest to your packet size of ${formatPacketSize(userKB)}.`
  );
}

function Marker({ mq, x, y, big }: { mq: MeasuredMq; x: number; y: number; big: boolean }) {
  const r = big ? 5.5 : 3.5;
  return mq === 'natsmq' ? (
    <circle cx={x} cy={y} r={r} className={`marker ${big ? 'marker-nearest' : ''}`} />
  ) : (
    <rect
      x={x - r}
      y={y - r}
      width={2 * r}
      height={2 * r}
      className={`marker ${big ? 'marker-nearest' : ''}`}
    />
  );
}

function Panel({ metric, nearest, userKB }: { metric: Metric; nearest: MeasuredRow; userKB: number }) {
  const values = MEASURED_ROWS.flatMap((row) => MEASURED_MQS.map((mq) => metric.value(row.results[mq])));
  const ticks = niceTicks(Math.max(...values));
  const yMax = ticks.at(-1) ?? 1;
  const x = (kb: number) => xForKB(BOX, kb);
  const y = (v: number) => yForValue(BOX, v, yMax);
  const plotBottom = BOX.height - BOX.bottom;
  const plotRight = BOX.width - BOX.right;
  const last = MEASURED_ROWS.at(-1);

  return (
    <div className="chart-panel">
      <h3 className="chart-title">
        {metric.title} ({metric.unit})
      </h3>
      <svg
        className="measured-chart"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={summary(metric, nearest, userKB)}
      >
        {powersOfTwoKB().map((kb) => (
          <line key={kb} x1={x(kb)} x2={x(kb)} y1={BOX.top} y2={plotBottom} className="grid-minor" />
        ))}
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={BOX.left} x2={plotRight} y1={y(tick)} y2={y(tick)} className="grid" />
            <text
              x={BOX.left - 6}
              y={y(tick)}
              className="axis-label"
              textAnchor="end"
              dominantBaseline="middle"
            >
              {tick}
            </text>
          </g>
        ))}
        {X_LABELS.map((kb) => (
          <text key={kb} x={x(kb)} y={plotBottom + 16} className="axis-label" textAnchor="middle">
            {formatPacketSize(kb)}
          </text>
        ))}
        <text
          x={(BOX.left + plotRight) / 2}
          y={BOX.height - 4}
          className="axis-label axis-name"
          textAnchor="middle"
        >
          packet size (log scale)
        </text>

        <rect
          x={x(nearest.packetSizeKB) - 11}
          y={BOX.top}
          width={22}
          height={plotBottom - BOX.top}
          className="nearest-band"
        />
        <line
          x1={x(CROSSOVER_KB)}
          x2={x(CROSSOVER_KB)}
          y1={BOX.top}
          y2={plotBottom}
          className="crossover-line"
        />

        {MEASURED_MQS.map((mq) => (
          <g key={mq} className={SERIES_STYLE[mq].className}>
            <polyline
              fill="none"
              strokeDasharray={SERIES_STYLE[mq].dash}
              points={MEASURED_ROWS.map(
                (row) => `${x(row.packetSizeKB)},${y(metric.value(row.results[mq]))}`,
              ).join(' ')}
            />
            {MEASURED_ROWS.map((row) => (
              <Marker
                key={row.packetSizeKB}
                mq={mq}
                x={x(row.packetSizeKB)}
                y={y(metric.value(row.results[mq]))}
                big={row === nearest}
              />
            ))}
            {last && (
              <text
                x={x(last.packetSizeKB) + 9}
                y={y(metric.value(last.results[mq]))}
                dominantBaseline="middle"
                className="series-label"
              >
                {MQ_LABELS[mq]}
              </text>
            )}
          </g>
        ))}

        <line x1={x(userKB)} x2={x(userKB)} y1={BOX.top - 4} y2={plotBottom} className="user-line" />
        <text
          x={x(userKB)}
          y={BOX.top - 6}
          className="user-label"
          textAnchor={x(userKB) > plotRight - 30 ? 'end' : x(userKB) < BOX.left + 30 ? 'start' : 'middle'}
        >
          you: {formatPacketSize(userKB)}
        </text>
      </svg>
    </div>
  );
}

export function MeasuredCharts({ nearest, userKB }: { nearest: MeasuredRow; userKB: number }) {
  return (
    <figure className="measured-charts">
      <div className="measured-charts-panels">
        {METRICS.map((metric) => (
          <Panel key={metric.title} metric={metric} nearest={nearest} userKB={userKB} />
        ))}
      </div>
      <figcaption>
        <span className="legend-item series-rocksmq">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" />
            <rect x="10" y="1" width="8" height="8" className="marker" />
          </svg>
          RocksMQ
        </span>
        <span className="legend-item series-natsmq">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" strokeDasharray="6 4" />
            <circle cx="14" cy="5" r="4" className="marker" />
          </svg>
          NATS
        </span>
        <span className="legend-item">
          <span className="legend-swatch nearest-swatch" aria-hidden="true" /> nearest measured test
        </span>
        <span className="legend-item">
          <span className="legend-swatch crossover-swatch" aria-hidden="true" /> 64 KB, the docs&apos;
          crossover
        </span>
      </figcaption>
    </figure>
  );
}
