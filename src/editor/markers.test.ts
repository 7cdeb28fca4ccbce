import { describe, expect, it } from 'vitest';
import { MARKER_OWNER, MARKER_SEVERITY, toMarkerData } from './markers.ts';

const yaml =
  'apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  dependencies:\n    msgStreamType: rocksmq\n';

describe('toMarkerData', () => {
  it('underlines from the column to the end of the line when the checker gives no end', () => {
    const [m] = toMarkerData([{ severity: 'error', message: 'bad', line: 5, column: 5 }], yaml);
    expect(m).toMatchObject({ startLineNumber: 5, startColumn: 5, endLineNumber: 5, endColumn: 27 });
  });

  it('keeps an explicit range and the rule code', () => {
    const [m] = toMarkerData(
      [{ severity: 'warning', message: 'w', line: 4, column: 3, endLine: 5, endColumn: 18, code: 'mq-typo' }],
      yaml,
    );
    expect(m).toEqual({
      severity: MARKER_SEVERITY.warning,
      message: 'w',
      startLineNumber: 4,
      startColumn: 3,
      endLineNumber: 5,
      endColumn: 18,
      code: 'mq-typo',
      source: MARKER_OWNER,
    });
  });

  it('maps error, warning and info to Monaco severities', () => {
    const severities = toMarkerData(
      [
        { severity: 'error', message: '', line: 1, column: 1 },
        { severity: 'warning', message: '', line: 1, column: 1 },
        { severity: 'info', message: '', line: 1, column: 1 },
      ],
      yaml,
    ).map((m) => m.severity);
    expect(severities).toEqual([8, 4, 2]);
  });

  it('still shows a marker that points past the end of a text the user has since shortened', () => {
    const [m] = toMarkerData([{ severity: 'error', message: 'gone', line: 40, column: 90 }], 'a: 1\nbb: 2');
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 6, endLineNumber: 2, endColumn: 6 });
  });

  it('treats zero, negative and fractional positions as the start of the document', () => {
    const [m] = toMarkerData([{ severity: 'info', message: 'x', line: 0, column: -3.5 }], 'a: 1');
    expect(m).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 5 });
  });

  it('never produces a range that ends before it starts', () => {
    const [m] = toMarkerData(
      [{ severity: 'error', message: 'x', line: 2, column: 3, endLine: 1, endColumn: 1 }],
      'a\nbcd',
    );
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 3, endLineNumber: 2, endColumn: 4 });
  });

  it('counts lines the same way for CRLF text', () => {
    const [m] = toMarkerData([{ severity: 'error', message: 'x', line: 2, column: 1 }], 'a: 1\r\nbb: 2\r\n');
    expect(m).toMatchObject({ startLineNumber: 2, endColumn: 6 });
  });

  it('gives an empty document a marker on its only line', () => {
    const [m] = toMarkerData([{ severity: 'error', message: 'empty', line: 3, column: 2 }], '');
    expect(m).toMatchObject({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 1 });
  });
});
