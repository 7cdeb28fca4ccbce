import { useId } from 'react';
import './supportMatrix.css';
import { SideScroller } from '../../../shared/SideScroller.tsx';
import { supportTableRows } from '../../../../model/facts/supportTable.ts';
import type { DeploymentMode } from '../../../../model/facts/support.ts';
import { MILVUS_MINOR_VERSIONS, type MilvusMinor } from '../../../../model/facts/versions.ts';

const ROWS = supportTableRows();

/**
 * Every mode x storage x version at a glance, rendered from the support matrix; the row of the
 * chosen mode and the column of the chosen version stand out; the last column says why.
 */
export function SupportMatrixTable({
  mode,
  milvusVersion,
}: {
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
}) {
  const captionId = useId();
  return (
    <details className="support-matrix">
      <summary>Which storage runs where (all modes and versions)</summary>
      {/* The table's name outside the scroller: a <caption> is as wide as the table, cut off on a phone. */}
      <p id={captionId} className="table-caption">
        Message storage support by deployment mode and Milvus version
      </p>
      {/* Scrolls sideways on a phone, with a shadow at the edge where more columns are. */}
      <SideScroller className="support-matrix-wrap" label="Support table, scrollable">
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">Mode, storage</th>
              {MILVUS_MINOR_VERSIONS.map((minor) => (
                <th key={minor} scope="col" className={minor === milvusVersion ? 'is-current' : undefined}>
                  Milvus {minor}
                </th>
              ))}
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={`${row.mode}-${row.mq}`} className={row.mode === mode ? 'is-current-mode' : undefined}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.minor}
                    className={`support-${cell.status}${cell.minor === milvusVersion ? ' is-current' : ''}`}
                  >
                    {cell.text}
                  </td>
                ))}
                <td className="support-reason">{row.reasons.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </SideScroller>
    </details>
  );
}
