import { describe, expect, it } from 'vitest';
import { checkManifest } from './index.ts';

const manifest = (spec: string) =>
  `apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\nspec:\n${spec}`;
const codes = (text: string) => checkManifest(text).diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);

describe('aliases kubectl cannot resolve', () => {
  it('an alias with no anchor before it is an error at the alias', () => {
    expect(codes(manifest('  mode: *nothing\n'))).toContain('bad-alias@6:9');
  });

  it('an alias inside the node its anchor names is an error: the value would contain itself', () => {
    const result = checkManifest(manifest('  config: &c\n    again: *c\n'));
    expect(result.diagnostics[0]).toMatchObject({ code: 'bad-alias', severity: 'error', line: 7 });
    expect(result.diagnostics[0]?.message).toMatch(/contain itself/);
  });

  it('aliases to earlier anchors are fine', () => {
    const text = manifest(
      '  mode: standalone\n  components:\n    image: &img milvusdb/milvus:v2.5.16\n  config:\n    note: *img\n  dependencies:\n    msgStreamType: rocksmq\n',
    );
    expect(codes(text).filter((c) => c.startsWith('bad-alias'))).toEqual([]);
  });
});
