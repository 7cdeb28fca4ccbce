import { describe, expect, it } from 'vitest';
import { summaryText } from './summaryText.ts';

describe('summary line', () => {
  it('counts errors and warnings with the right plural', () => {
    expect(summaryText({ error: 1, warning: 2, info: 0 })).toBe('1 error, 2 warnings');
    expect(summaryText({ error: 2, warning: 1, info: 0 })).toBe('2 errors, 1 warning');
    expect(summaryText({ error: 0, warning: 3, info: 0 })).toBe('0 errors, 3 warnings');
  });

  it('adds the info count when there is any', () => {
    expect(summaryText({ error: 1, warning: 0, info: 1 })).toBe('1 error, 0 warnings, 1 info note');
    expect(summaryText({ error: 1, warning: 1, info: 4 })).toBe('1 error, 1 warning, 4 info notes');
  });

  it('says the manifest is ready when nothing needs fixing', () => {
    expect(summaryText({ error: 0, warning: 0, info: 0 })).toBe('Ready to apply: no problems found');
    expect(summaryText({ error: 0, warning: 0, info: 2 })).toBe(
      'Ready to apply: no problems found (2 info notes)',
    );
  });

  it('says Helm values are ready for helm install, not for an apply', () => {
    expect(summaryText({ error: 0, warning: 0, info: 1 }, false, true)).toBe(
      'Ready for helm install: no problems found (1 info note)',
    );
    expect(summaryText({ error: 0, warning: 1, info: 0 }, false, true)).toBe('0 errors, 1 warning');
  });
});
