import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest.ts';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit', () => {
    expect(editDistance('resoureces', 'resources')).toBe(1);
    expect(editDistance('limit', 'limits')).toBe(1);
    expect(editDistance('extrenal', 'external')).toBe(1);
    expect(editDistance('brokers', 'brokerList')).toBe(3);
  });

  it('suggests the one close known name, case-insensitively', () => {
    expect(closestName('resoureces', ['requests', 'resources', 'replicaCount'])).toBe('resources');
    expect(closestName('MsgStreamType', ['msgStreamType', 'pulsar'])).toBe('msgStreamType');
    expect(closestName('limit', ['requests', 'limits'])).toBe('limits');
  });

  it('suggests nothing when nothing is close, when two names tie, or for very short names', () => {
    expect(closestName('zookeeper', ['pulsar', 'kafka'])).toBeNull();
    expect(closestName('abcd', ['abce', 'abcf'])).toBeNull();
    expect(closestName('cpu', ['gpu'])).toBeNull();
  });
});
