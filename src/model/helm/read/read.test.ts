import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartVersion, NEWEST_CHART } from '../chart/versions.ts';
import { MergedValues } from './merge.ts';
import { readSetArgument, readValuesFile } from './sources.ts';
import { parseSet, typedValue } from './strvals.ts';

// Helm's strvals (helm.sh/helm/v3 pkg/strvals/parser.go) and coalesce (pkg/chartutil/coalesce.go).
describe('--set as Helm reads it', () => {
  it('types true/false, null and integers; keeps a leading zero and --set-string as text', () => {
    expect(typedValue('true', false)).toBe(true);
    expect(typedValue('FALSE', false)).toBe(false);
    expect(typedValue('null', false)).toBeNull();
    expect(typedValue('6650', false)).toBe(6650);
    expect(typedValue('0123', false)).toBe('0123');
    expect(typedValue('v2.6.15', false)).toBe('v2.6.15');
    expect(typedValue('false', true)).toBe('false');
  });

  it('splits at unescaped commas, reads list indices, {a,b} lists and escapes', () => {
    const r = parseSet('a.b=1,c[1].d=x,e={p,q},f=one\\,two,g\\.h=3');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.assignments.map((a) => [a.path, a.value])).toEqual([
      [['a', 'b'], 1],
      [['c', 1, 'd'], 'x'],
      [['e'], ['p', 'q']],
      [['f'], 'one,two'],
      [['g.h'], 3],
    ]);
    const values = readSetArgument('c[1].d=x').values;
    expect(values).toEqual({ c: [null, { d: 'x' }] });
  });

  it('refuses an assignment without "=" with its column', () => {
    const read = readSetArgument('cluster.enabled=false,pulsarv3.enabled');
    expect(read.values).toBeNull();
    expect(read.diagnostics[0]).toMatchObject({
      code: 'helm-set-syntax',
      line: 1,
      column: '--set '.length + 23,
    });
  });
});

describe('values merged as Helm merges them', () => {
  const chart = NEWEST_CHART;
  it('later files win, maps merge deeply, lists replace, --set comes last', () => {
    const a = readValuesFile(
      'a.yaml',
      'cluster:\n  enabled: false\nlist: [1, 2, 3]\npulsarv3:\n  enabled: true\n  name: p\n',
    );
    const b = readValuesFile('b.yaml', 'list: [9]\npulsarv3:\n  enabled: false\n');
    const set = readSetArgument('cluster.enabled=true');
    const v = new MergedValues([a, b, set], chart);
    expect(v.value(['pulsarv3'])).toEqual({ enabled: false, name: 'p' });
    expect(v.value(['list'])).toEqual([9]);
    expect(v.value(['cluster', 'enabled'])).toBe(true);
    expect(v.inputOf(['pulsarv3', 'name'])).toBe(0);
    expect(v.inputOf(['pulsarv3', 'enabled'])).toBe(1);
    expect(v.inputOf(['cluster', 'enabled'])).toBe(2);
  });

  it("null deletes a key, the chart's default included; an unset key takes the chart version's default", () => {
    const v = new MergedValues([readValuesFile('a.yaml', 'pulsarv3:\n  enabled: null\n')], chart);
    expect(v.get(['pulsarv3', 'enabled'])).toMatchObject({ from: 'deleted', value: undefined });
    expect(v.get(['standalone', 'messageQueue'])).toMatchObject({ from: 'default', value: 'woodpecker' });
    const old = new MergedValues([], chartVersion('4.2.20')!);
    expect(old.get(['pulsarv3', 'enabled'])).toMatchObject({ from: 'absent' });
  });

  it('reads `helm get values` output with its header, keeping lines', () => {
    const read = readValuesFile('get.txt', 'USER-SUPPLIED VALUES:\ncluster:\n  enabled: false\n');
    expect(read.header).toBe('USER-SUPPLIED VALUES');
    expect(read.values).toEqual({ cluster: { enabled: false } });
    expect(readValuesFile('all.txt', 'COMPUTED VALUES:\nkafka:\n  enabled: true\n').values).toEqual({
      kafka: { enabled: true },
    });
    expect(readValuesFile('none.txt', 'USER-SUPPLIED VALUES:\nnull\n').values).toEqual({});
  });

  it('names a file that is not a map, and YAML syntax errors, instead of crashing', () => {
    expect(readValuesFile('x', '- a\n- b\n').diagnostics[0]?.code).toBe('helm-values-not-a-map');
    expect(readValuesFile('x', 'a: [\n').values).toBeNull();
  });
});

describe('one values file alone', () => {
  it('merges and places every key as it would among several inputs (its values taken as they are, not copied)', () => {
    const dir = new URL('../../../../test/fixtures/helm/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const read = readValuesFile(name, readFileSync(new URL(name, dir), 'utf8'));
      if (!read.values) continue;
      const alone = new MergedValues([read], NEWEST_CHART);
      const among = new MergedValues([read, readValuesFile('empty.yaml', '')], NEWEST_CHART);
      const paths: (string | number)[][] = [['absent'], ['absent', 'deeper'], []];
      const walk = (value: unknown, path: (string | number)[]) => {
        paths.push(path);
        if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value))
            walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
        paths.push([...path, 'not-there']);
      };
      walk(read.values, []);
      for (const path of paths) {
        expect(alone.get(path), `${name}: ${path.join('.')}`).toEqual(among.get(path));
        expect(alone.inputOf(path), `${name}: ${path.join('.')}`).toBe(among.inputOf(path));
      }
    }
  });
});
