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

// The rules agree on local Woodpecker in cluster mode (woodpeckerCluster.ts): Milvus panics at start
// without forceLocalStorage (validateWALName in Milvus's streaming util), and the operator mounts
// the one claim into every pod (operator issue #444; pkg/controllers/deployments.go, pvc.go).
describe('local Woodpecker in cluster mode: no advice another rule calls wrong', () => {
  const cluster = (config: string, deps = '') =>
    milvus(
      `mode: cluster\ncomponents:\n  image: milvusdb/milvus:v2.6.22\ndependencies:\n  msgStreamType: woodpecker${deps}\nconfig:\n  woodpecker:\n    storage:\n${config}`,
    );
  const codes = (text: string) => check(text).map((d) => d.code);

  it('refused without forceLocalStorage: the error alone, no persistence advice', () => {
    const text = cluster('      type: local');
    expect(codes(text)).toContain('woodpecker-local-in-cluster');
    expect(codes(text)).not.toContain('no-persistence');
  });

  it('with forceLocalStorage: the advice asks for a ReadWriteMany claim, and its fix leaves nothing for the cluster rule to call wrong', () => {
    const text = cluster('      type: local\n      forceLocalStorage: true');
    const [d] = withCode(check(text), 'no-persistence');
    expect(d?.message).toContain('ReadWriteMany');
    expect(codes(text)).not.toContain('woodpecker-local-in-cluster');
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(codes(fixed)).not.toContain('no-persistence');
    expect(codes(fixed)).not.toContain('woodpecker-persistence-cluster');
  });

  it('the plain persistence fix (ReadWriteOnce by default) is what the cluster rule warns about', () => {
    const text = cluster(
      '      type: local\n      forceLocalStorage: true',
      '\n  woodpecker:\n    persistence:\n      enabled: true',
    );
    expect(codes(text)).toContain('woodpecker-persistence-cluster');
    expect(codes(text)).not.toContain('no-persistence');
  });

  it('every combination: never both the advice to enable persistence and a finding against it', () => {
    for (const force of ['', '\n      forceLocalStorage: true'])
      for (const persistence of ['', '\n  woodpecker:\n    persistence:\n      enabled: true'])
        for (const mode of ['cluster', 'standalone']) {
          const text = cluster(`      type: local${force}`, persistence).replace(
            'mode: cluster',
            `mode: ${mode}`,
          );
          const found = codes(text);
          if (found.includes('no-persistence')) {
            expect(found).not.toContain('woodpecker-local-in-cluster');
            expect(found).not.toContain('woodpecker-persistence-cluster');
          }
        }
  });

  it('standalone keeps the plain advice', () => {
    const text = cluster('      type: local').replace('mode: cluster', 'mode: standalone');
    const [d] = withCode(check(text), 'no-persistence');
    expect(d?.message).not.toContain('ReadWriteMany');
  });
});
