// The client's settings as check's flags (settings.ts): read as check reads them, and a wrong one
// is named and left out while the others still apply.
import { describe, expect, it } from 'vitest';
import { checkOptionsOf, readSettings } from './settings.ts';

describe('language server settings', () => {
  it('reads the settings flat or under milvus-mq, trimmed', () => {
    expect(readSettings({ 'milvus-mq': { milvusVersion: ' 2.5 ', operatorVersion: 'v1.3.10' } })).toEqual({
      milvusVersion: '2.5',
      operatorVersion: 'v1.3.10',
    });
    expect(readSettings({ operatorVersion: '1.3.9', webhook: true })).toEqual({
      operatorVersion: '1.3.9',
      webhook: true,
    });
    expect(readSettings(null)).toEqual({});
  });

  it('an unknown operatorVersion is named by its setting, and the milvusVersion still applies', () => {
    const { options, problem } = checkOptionsOf({ milvusVersion: '2.5', operatorVersion: '1.4.0' });
    expect(options).toEqual({ milvusVersion: '2.5' });
    expect(problem).toMatch(/^operatorVersion: Unknown operator version "1\.4\.0": known are v1\.3\.8/);
  });

  it('a wrong milvusVersion is named by its setting, and the operatorVersion still applies', () => {
    const { options, problem } = checkOptionsOf({ milvusVersion: 'latest', operatorVersion: '1.3.10', webhook: true });
    expect(options).toEqual({ operatorVersion: '1.3.10', webhook: true });
    expect(problem).toBe('milvusVersion must be a version such as 2.5 or 2.5.16, not "latest"');
  });
});
