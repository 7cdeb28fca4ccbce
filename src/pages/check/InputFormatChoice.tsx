// What the check page reads the text as: "Auto" (as `milvus-mq check` decides: a YAML map with no
// apiVersion or kind and a key of the milvus-helm chart is Helm values), an operator manifest, or
// Helm values, with the chart version the values are judged against (the chart's facts, newest first).
import { useId } from 'react';
import type { InputFormat } from '../../checkWorker/workerProtocol.ts';
import { CHART_VERSIONS, NEWEST_CHART } from '../../model/helm/chart/versions.ts';

interface InputFormatChoiceProps {
  format: InputFormat;
  onFormatChange: (format: InputFormat) => void;
  chartVersion: string;
  onChartVersionChange: (version: string) => void;
  /** What the checker read the current text as (for Auto's note); null before a check. */
  readAs: 'manifest' | 'helm' | null;
}

const CHOICES: { value: InputFormat; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'manifest', label: 'Operator manifest' },
  { value: 'helm', label: 'Helm values' },
];

const NEWEST_FIRST = [...CHART_VERSIONS].reverse();

export function InputFormatChoice({
  format,
  onFormatChange,
  chartVersion,
  onChartVersionChange,
  readAs,
}: InputFormatChoiceProps) {
  const id = useId();
  const helm = format === 'helm' || (format === 'auto' && readAs === 'helm');
  return (
    <div className="input-format">
      <fieldset className="input-format-choice">
        <legend>Read the text as</legend>
        {CHOICES.map((c) => (
          <label key={c.value}>
            <input
              type="radio"
              name={`${id}-format`}
              value={c.value}
              checked={format === c.value}
              onChange={() => onFormatChange(c.value)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      {format === 'auto' && readAs && (
        <p className="input-format-note" role="status">
          {readAs === 'helm'
            ? 'Read as Helm values of the milvus-helm chart (a map with no apiVersion or kind, and keys of the chart).'
            : 'Read as an operator manifest.'}
        </p>
      )}
      {helm && (
        <div className="input-format-chart">
          <label htmlFor={`${id}-chart`}>Chart version</label>
          <select
            id={`${id}-chart`}
            value={chartVersion}
            onChange={(e) => onChartVersionChange(e.target.value)}
          >
            {NEWEST_FIRST.map((c) => (
              <option key={c.version} value={c.version}>
                {`${c.version} (Milvus ${c.appVersion}${c.version === NEWEST_CHART.version ? ', newest known' : ''})`}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
