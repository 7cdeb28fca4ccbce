import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';

describe('embedded message storage without persistence', () => {
  it('RocksMQ without persistence: its data on the pod is lost on restart (info, with a fix)', () => {
    const text = milvus('dependencies:\n  msgStreamType: rocksmq');
    const [d] = withCode(check(text), 'no-persistence');
    expect(d).toMatchObject({ severity: 'info', line: 7 });
    expect(d!.message).toContain('lost on restart');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(withCode(check(fixed), 'no-persistence')).toEqual([]);
  });

  it('NATS without persistence gets the same note', () => {
    const text = milvus(
      'components:\n  image: milvusdb/milvus:v2.4.17\ndependencies:\n  msgStreamType: natsmq',
    );
    expect(withCode(check(text), 'no-persistence')).toHaveLength(1);
  });

  it('with persistence enabled there is nothing to say', () => {
    const text = milvus(
      'dependencies:\n  msgStreamType: rocksmq\n  rocksmq:\n    persistence:\n      enabled: true',
    );
    expect(withCode(check(text), 'no-persistence')).toEqual([]);
  });

  it('Woodpecker on local storage needs persistence too; on object storage it does not', () => {
    const local = milvus(
      'dependencies:\n  msgStreamType: woodpecker\nconfig:\n  woodpecker:\n    storage:\n      type: local',
    );
    expect(withCode(check(local), 'no-persistence')).toHaveLength(1);
    expect(withCode(check(milvus('dependencies:\n  msgStreamType: woodpecker')), 'no-persistence')).toEqual(
      [],
    );
  });
});
