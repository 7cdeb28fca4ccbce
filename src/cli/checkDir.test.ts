// `milvus-mq check DIR` as kubeconform walks a tree, and the kind: List item named in each finding,
// run in-process on a real folder (walk.ts, io.ts's node listing).
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { liveObjectOf } from '../model/testing/liveObject.ts';
import { main } from './main.ts';
import { capturingIo } from './testing.ts';

const milvus = (name: string, mode: string, msgStreamType: string) => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name },
  spec: { mode, components: { image: 'milvusdb/milvus:v2.5.16' }, dependencies: { msgStreamType } },
});
const good = stringify(milvus('good', 'standalone', 'rocksmq'));
const bad = stringify(milvus('bad', 'cluster', 'rocksmq'));

/** A tree with YAML at several depths, files that are not YAML, and folders to pass over. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'milvus-mq-dir-'));
  mkdirSync(join(root, 'b/deep'), { recursive: true });
  mkdirSync(join(root, 'node_modules/pkg'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'z.yml'), good);
  writeFileSync(join(root, 'a.yaml'), good);
  writeFileSync(join(root, 'b/deep/c.yaml'), bad);
  writeFileSync(join(root, 'b/readme.md'), bad);
  writeFileSync(join(root, 'node_modules/pkg/x.yaml'), bad);
  writeFileSync(join(root, '.git/y.yaml'), bad);
  return root;
}

describe('milvus-mq check DIR', () => {
  it('checks every *.yaml and *.yml under the folder, sorted, passing over node_modules and dot-folders', async () => {
    const root = tree();
    const m = capturingIo();
    expect(await main(['check', '--format', 'json', root], m.io)).toBe(1);
    const files = (JSON.parse(m.out()) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual([join(root, 'a.yaml'), join(root, 'b/deep/c.yaml'), join(root, 'z.yml')]);
    expect(m.err()).toBe('');
  });

  it('prints each finding with its file under the folder, and exits 0 when the tree is clean', async () => {
    const root = tree();
    const m = capturingIo();
    expect(await main(['check', root], m.io)).toBe(1);
    expect(m.out()).toMatch(
      new RegExp(`^${join(root, 'b/deep/c.yaml')}:\\d+:\\d+ error unsupported-storage `, 'm'),
    );
    expect(m.out()).toContain('in 3 files (3 Milvus resources).');
    const clean = mkdtempSync(join(tmpdir(), 'milvus-mq-clean-'));
    writeFileSync(join(clean, 'only.yaml'), good);
    const ok = capturingIo();
    expect(await main(['check', clean], ok.io)).toBe(0);
    expect(ok.out()).toMatch(/^0 errors, 0 warnings, 1 info in 1 file \(1 Milvus resource\)\.$/m);
  });

  it('survives a symlink loop and walks a linked folder once', async () => {
    const root = tree();
    symlinkSync(root, join(root, 'b/loop'));
    symlinkSync(join(root, 'b'), join(root, 'again'));
    symlinkSync(join(root, 'missing.yaml'), join(root, 'broken.yaml'));
    const m = capturingIo();
    expect(await main(['check', '--format', 'json', root], m.io)).toBe(2);
    const files = (JSON.parse(m.out()) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual([join(root, 'a.yaml'), join(root, 'again/deep/c.yaml'), join(root, 'z.yml')]);
    expect(m.err()).toContain(`cannot read ${join(root, 'broken.yaml')}: no such file`);
  });

  it('refuses a folder without any YAML file (exit 2), so a mistyped path never passes CI', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'milvus-mq-empty-'));
    writeFileSync(join(empty, 'notes.txt'), 'hello');
    const m = capturingIo();
    expect(await main(['check', empty], m.io)).toBe(2);
    expect(m.err()).toContain(`cannot read ${empty}: a directory without any *.yaml or *.yml file`);
  });
});

describe('milvus-mq check on a kind: List', () => {
  const list = stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      liveObjectOf(milvus('one', 'standalone', 'rocksmq')),
      liveObjectOf(milvus('two', 'standalone', 'rocksmq')),
      milvus('three', 'cluster', 'rocksmq'),
    ],
  });

  it('names the item of each finding in text, counting from 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-list-'));
    writeFileSync(join(dir, 'list.yaml'), list);
    const m = capturingIo();
    expect(await main(['check', join(dir, 'list.yaml')], m.io)).toBe(1);
    expect(m.out()).toMatch(/^\S+list\.yaml:\d+:\d+ \(item 3\) error unsupported-storage /m);
    expect(m.out()).not.toMatch(/\(item [12]\) error/);
  });

  it('carries the item in JSON as its index in items, as the path does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-list-'));
    writeFileSync(join(dir, 'list.yaml'), list);
    const m = capturingIo();
    await main(['check', '--format', 'json', join(dir, 'list.yaml')], m.io);
    const [file] = (
      JSON.parse(m.out()) as { files: { diagnostics: { code: string; item?: number; path: string }[] }[] }
    ).files;
    const error = file!.diagnostics.find((d) => d.code === 'unsupported-storage');
    expect(error?.item).toBe(2);
    expect(error?.path.startsWith('items[2].')).toBe(true);
  });

  it('gives no item to a finding in a plain document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-one-'));
    writeFileSync(join(dir, 'one.yaml'), bad);
    const m = capturingIo();
    await main(['check', '--format', 'json', join(dir, 'one.yaml')], m.io);
    expect(m.out()).not.toContain('"item"');
    const text = capturingIo();
    await main(['check', join(dir, 'one.yaml')], text.io);
    expect(text.out()).not.toContain('(item');
  });
});
