// `milvus-mq diff` and a live kind: List through `check`, run in-process with files in memory.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { liveObjectOf, liveYaml, milvusManifest, milvusSpec } from '../model/testing/liveObject.ts';
import type { Io } from './io.ts';
import { main } from './main.ts';

function memoryIo(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readFile: (path) =>
      path in files
        ? Promise.resolve(files[path]!)
        : Promise.reject(Object.assign(new Error('x'), { code: 'ENOENT' })),
    writeFile: () => Promise.resolve(),
    readStdin: () => Promise.resolve(stdin),
    readFileBytes: (path) =>
      path in files
        ? Promise.resolve(new TextEncoder().encode(files[path]!))
        : Promise.reject(Object.assign(new Error('x'), { code: 'ENOENT' })),
    readStdinBytes: () => Promise.resolve(new TextEncoder().encode(stdin)),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const cluster = (image: string, msgStreamType: string) =>
  milvusManifest(milvusSpec('cluster', image, { msgStreamType }));

const files = {
  'live.yaml': liveYaml(cluster('milvusdb/milvus:v3.0.0', 'pulsar')),
  'live-26.yaml': liveYaml(cluster('milvusdb/milvus:v2.6.22', 'pulsar')),
  'woodpecker.yaml': stringify(cluster('milvusdb/milvus:v3.0.0', 'woodpecker')),
  'woodpecker-26.yaml': stringify(cluster('milvusdb/milvus:v2.6.22', 'woodpecker')),
  'same.yaml': stringify(cluster('milvusdb/milvus:v3.0.0', 'pulsar')),
};

describe('milvus-mq diff', () => {
  it('exits 0 with a warning and prints the switch plan for a supported 3.0 switch', async () => {
    const m = memoryIo(files);
    expect(await main(['diff', 'live.yaml', 'woodpecker.yaml'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^woodpecker\.yaml:\d+:\d+ warning storage-change /m);
    expect(m.out()).toContain('Switch plan for prod: pulsar -> woodpecker');
    expect(m.out()).toContain('{"target_wal_name": "woodpecker"}');
  });

  it('exits 1 on a change that loses data (before 3.0), and reads NEW from standard input', async () => {
    const m = memoryIo(files, files['woodpecker-26.yaml']);
    expect(await main(['diff', 'live-26.yaml', '-'], m.io)).toBe(1);
    expect(m.out()).toMatch(/^<stdin>:\d+:\d+ error storage-change .*cannot switch/m);
  });

  // The Milvus 3.0 docs' switch page: kubectl patch milvus prod --type merge -p '{"spec":...}'.
  it('--patch applies a JSON merge patch to the running object, as kubectl patch --type merge does', async () => {
    const m = memoryIo({
      ...files,
      'patch.json': '{"spec":{"dependencies":{"msgStreamType":"woodpecker"}}}',
    });
    expect(await main(['diff', '--patch', 'live.yaml', 'patch.json'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^patch\.json:\d+:\d+ warning storage-change /m);
    expect(m.out()).not.toContain('version-crossing');
    expect(m.out()).toContain('Switch plan for prod: pulsar -> woodpecker');
  });

  it('prints JSON with the plans', async () => {
    const m = memoryIo(files);
    expect(await main(['diff', '--format', 'json', 'live.yaml', 'woodpecker.yaml'], m.io)).toBe(0);
    const json = JSON.parse(m.out()) as {
      files: { diagnostics: { code: string }[] }[];
      plans: { to: string; steps: unknown[] }[];
    };
    expect(json.files[0]?.diagnostics.map((d) => d.code)).toContain('storage-change');
    expect(json.plans[0]).toMatchObject({ to: 'woodpecker', workable: true });
  });

  it('finds nothing between a live object and its own file', async () => {
    const m = memoryIo(files);
    expect(await main(['diff', 'live.yaml', 'same.yaml'], m.io)).toBe(0);
    expect(m.out().trim()).toBe('No problems found in 1 file (1 Milvus resource).');
  });

  it('--helm: running values that cannot be read are an error on OLD (it said "No problems found")', async () => {
    const m = memoryIo({ 'old.yaml': 'cluster:\n  enabled: [\n', 'new.yaml': 'cluster:\n  enabled: true\n' });
    expect(await main(['diff', '--helm', 'old.yaml', 'new.yaml'], m.io)).toBe(1);
    expect(m.out()).toMatch(/^old\.yaml:3:1 error yaml-syntax /m);
  });

  it('exits 2 on a missing file or a wrong command line', async () => {
    expect(await main(['diff', 'live.yaml', 'nope.yaml'], memoryIo(files).io)).toBe(2);
    expect(await main(['diff', 'live.yaml'], memoryIo(files).io)).toBe(2);
    expect(await main(['diff', '-', '-'], memoryIo(files).io)).toBe(2);
    const help = memoryIo(files);
    expect(await main(['diff', '--help'], help.io)).toBe(0);
    expect(help.out()).toContain('Usage: milvus-mq diff');
  });
});

describe('milvus-mq check on live objects', () => {
  it('accepts a kind: List as kubectl get milvus -A -o yaml prints it', async () => {
    const list = stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        liveObjectOf(cluster('milvusdb/milvus:v3.0.0', 'pulsar')),
        liveObjectOf({ ...cluster('milvusdb/milvus:v2.6.22', 'kafka'), metadata: { name: 'b' } }),
      ],
    });
    const m = memoryIo({ 'list.yaml': list });
    expect(await main(['check', 'list.yaml'], m.io)).toBe(0);
    expect(m.out()).toMatch(/in 1 file \(2 Milvus resources\)\.\n$/);
    expect(m.out()).not.toMatch(/ (error|warning) /);
  });
});

// --operator-version (model/operator/resolve/operatorReleases.ts): known releases only, said on standard error.
describe('--operator-version', () => {
  it('an unknown version is a usage error listing the known ones', async () => {
    const m = memoryIo(files);
    expect(await main(['check', '--operator-version', '1.4.0', 'same.yaml'], m.io)).toBe(2);
    expect(m.err()).toMatch(/Unknown operator version "1\.4\.0": known are v1\.3\.8, v1\.3\.9, v1\.3\.10/);
  });

  it('check and explain say which release they assume', async () => {
    const m = memoryIo(files);
    await main(['check', '--operator-version', '1.3.10', 'same.yaml'], m.io);
    expect(m.err()).toContain('Judged as milvus-operator v1.3.10');
    const e = memoryIo(files);
    await main(['explain', '--operator-version', 'v1.3.9', 'same.yaml'], e.io);
    expect(e.out()).toContain('Judged as milvus-operator v1.3.9');
  });
});

describe('diff --operator-version', () => {
  // A file without an image gets the release's default image (v1.3.8: 2.6.11; v1.3.10: 2.6.24, #538).
  it('the version the file would run follows the assumed release', async () => {
    const noImage = {
      ...cluster('x', 'pulsar'),
      spec: { mode: 'cluster', dependencies: { msgStreamType: 'pulsar' } },
    };
    const m = memoryIo({ ...files, 'no-image.yaml': stringify(noImage) });
    await main(['diff', 'live.yaml', 'no-image.yaml'], m.io);
    expect(m.out()).toMatch(/version-crossing The Milvus version changes from 3\.0\.0 to 2\.6\.11/);
    const later = memoryIo({ ...files, 'no-image.yaml': stringify(noImage) });
    await main(['diff', '--operator-version', '1.3.10', 'live.yaml', 'no-image.yaml'], later.io);
    expect(later.out()).toMatch(/version-crossing The Milvus version changes from 3\.0\.0 to 2\.6\.24/);
    const unknown = memoryIo(files);
    expect(await main(['diff', '--operator-version', '2', 'live.yaml', 'same.yaml'], unknown.io)).toBe(2);
  });
});
