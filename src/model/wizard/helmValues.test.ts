import { describe, expect, it } from 'vitest';
import { parseHelmValues } from './helmValues.ts';

describe('extra Helm values typed as YAML', () => {
  it('reads a map, and nothing as no values', () => {
    expect(parseHelmValues('heapOpts: "-Xmx1G"\npersistence:\n  size: 100Gi\n')).toEqual({
      ok: true,
      value: { heapOpts: '-Xmx1G', persistence: { size: '100Gi' } },
    });
    expect(parseHelmValues('  \n')).toEqual({ ok: true, value: {} });
  });

  it('names the line of a YAML error', () => {
    expect(parseHelmValues('a: 1\nb: [unclosed\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Line \d+: /),
    });
  });

  it('refuses a list or a scalar, and the replica count the wizard writes itself', () => {
    expect(parseHelmValues('- a\n- b\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/map of keys/),
    });
    expect(parseHelmValues('replicaCount: 3\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Replica count field/),
    });
  });
});
