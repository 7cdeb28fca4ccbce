import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/findings/diagnostics.ts';
import { toEditorMarker } from './toEditorMarker.ts';

const finding: Diagnostic = {
  severity: 'warning',
  code: 'mq-typo',
  message: 'msgStreamTyp is not a field',
  path: 'spec.dependencies.msgStreamTyp',
  line: 5,
  column: 5,
  documentIndex: 0,
};

describe('a checker finding as an editor marker', () => {
  it('keeps what the editor underlines and says: severity, message, place and rule code', () => {
    expect(toEditorMarker(finding)).toEqual({
      severity: 'warning',
      message: 'msgStreamTyp is not a field',
      line: 5,
      column: 5,
      code: 'mq-typo',
    });
  });

  it('keeps an end only when the checker gives one', () => {
    expect(toEditorMarker({ ...finding, endLine: 5, endColumn: 18 })).toMatchObject({
      endLine: 5,
      endColumn: 18,
    });
    expect(toEditorMarker(finding)).not.toHaveProperty('endLine');
  });
});
