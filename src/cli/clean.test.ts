// `milvus-mq clean`: a live object made ready to apply again, run in-process on real files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { liveObjectOf, liveYaml, milvusManifest, milvusSpec } from '../model/testing/liveObject.ts';
import { main } from './main.ts';
import { capturingIo } from './testing.ts';

const file = milvusManifest(milvusSpec('cluster', 'milvusdb/milvus:v2.5.16', { msgStreamType: 'kafka' }));
const live = liveYaml(file);

describe('milvus-mq clean', () => {
  it('reads standard input, prints the file the user applied, and says on standard error what went and why', async () => {
    const m = capturingIo(live);
    expect(await main(['clean'], m.io)).toBe(0);
    expect(parse(m.out())).toEqual(file);
    expect(m.err()).toMatch(
      /^Milvus\/prod: removed \d+ fields; the last-applied annotation told which fields you set\.$/m,
    );
    expect(m.err()).toContain('removed status (1): status');
    expect(m.err()).toMatch(/removed operator defaults \(\d+\): spec\.components\.imageUpdateMode/);
  });

  it('writes -o FILE and warns when a kept msgStreamType decides the storage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-clean-'));
    const unnamed = liveObjectOf({ ...file, spec: { components: { image: 'milvusdb/milvus:v2.5.16' } } }) as {
      spec: { components: Record<string, unknown> };
    };
    unnamed.spec.components.image = 'milvusdb/milvus:v2.6.11'; // upgraded since: a fresh install gets Woodpecker
    writeFileSync(join(dir, 'live.yaml'), stringify(unnamed));
    const m = capturingIo();
    expect(await main(['clean', '-o', join(dir, 'clean.yaml'), join(dir, 'live.yaml')], m.io)).toBe(0);
    expect(m.out()).toBe('');
    expect(readFileSync(join(dir, 'clean.yaml'), 'utf8')).toContain('msgStreamType: rocksmq');
    expect(m.err()).toMatch(
      /warning kept spec\.dependencies\.msgStreamType: Kept rocksmq\..*Woodpecker instead of RocksMQ/,
    );
  });

  it('exits 1 with the place of a YAML error, 2 for a missing file or two files', async () => {
    const bad = capturingIo('kind: Milvus\nspec: [\n');
    expect(await main(['clean', '-'], bad.io)).toBe(1);
    expect(bad.err()).toMatch(/^<stdin>:\d+:\d+ /);
    expect(bad.out()).toBe('');
    const missing = capturingIo();
    expect(await main(['clean', '/nonexistent/live.yaml'], missing.io)).toBe(2);
    expect(missing.err()).toContain('cannot read /nonexistent/live.yaml: no such file');
    expect(await main(['clean', 'a.yaml', 'b.yaml'], capturingIo().io)).toBe(2);
  });
});
