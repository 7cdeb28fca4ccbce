// What kubectl reads differently from `yaml`: the verdicts of issue "every hostile input answered".
import { describe, expect, it } from 'vitest';
import { applyFixes, checkBytes, checkManifest, safeFixes } from '../operator/checker/index.ts';

const head = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: my-release\nspec:\n';
const codes = (text: string) => checkManifest(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('reading as kubectl reads', () => {
  it('refuses invalid UTF-8 inside a value, at the byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${head}  mode: st`), 0xff, 0x0a]);
    const result = checkBytes(bytes);
    expect(result.diagnostics).toMatchObject([
      { code: 'invalid-utf8', severity: 'error', line: 6, column: 11 },
    ]);
  });

  it('decodes UTF-16 with a BOM and checks it, instead of calling it binary data', () => {
    const text = `${head}  mode: standalone\n`;
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    const result = checkBytes(bytes);
    expect(result.milvusResources).toBe(1);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('binary-input');
  });

  it('reads old-Mac CR line endings as line breaks', () => {
    const text = `${head}  mode: cluster\n  dependencies:\n    msgStreamType: pulsar\n`.replace(/\n/g, '\r');
    const result = checkManifest(text);
    expect(result.milvusResources).toBe(1);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses a merge key over scalars, as Go YAML does', () => {
    expect(codes(`${head}  config:\n    <<: [1, 2]\n`)).toContain('7:9 bad-merge');
    expect(codes(`${head}  config:\n    <<: 1\n`)).toContain('7:9 bad-merge');
    expect(codes(`base: &b {a: 1}\n${head}  config:\n    <<: *b\n`)).not.toContainEqual(
      expect.stringMatching(/bad-merge/),
    );
  });

  it('warns that a leading-zero port is octal to kubectl', () => {
    const text = `${head}  config:\n    natsmq:\n      server:\n        port: 04222\n`;
    const found = checkManifest(text).diagnostics.find((d) => d.code === 'yaml11-octal');
    expect(found).toMatchObject({ severity: 'warning', line: 9, column: 15 });
    expect(found?.message).toMatch(/octal number 2194, not 4222/);
  });
});

describe('invisible characters', () => {
  it('names a no-break space in the indentation and its column, with a safe fix', () => {
    const text = `${head}  mode: cluster\n  config:\n\u00a0\u00a0\u00a0 a: 1\n    b: 2\n`;
    const found = checkManifest(text).diagnostics.find((d) => d.code === 'invisible-character');
    expect(found).toMatchObject({ line: 8, column: 1 });
    expect(found?.message).toMatch(/no-break space \(U\+00A0\)/);
    expect(found?.fix?.safe).toBe(true);
    const fixed = applyFixes(text, safeFixes(checkManifest(text).diagnostics));
    expect(fixed).toContain('\n    a: 1\n');
    expect(fixed).not.toContain('\u00a0');
  });

  it('names a zero-width space that breaks the syntax, and removing it parses', () => {
    const text = `${head}\u200b  mode: cluster\n  config: {}\n`;
    const diagnostics = checkManifest(text).diagnostics;
    const found = diagnostics.find((d) => d.code === 'invisible-character');
    expect(found).toMatchObject({ severity: 'error', line: 6, column: 1 });
    expect(found?.message).toMatch(/zero-width space \(U\+200B\)/);
    expect(diagnostics.map((d) => d.code)).toContain('yaml-syntax');
    const fixed = applyFixes(text, safeFixes(diagnostics));
    expect(checkManifest(fixed).diagnostics.map((d) => d.code)).not.toContain('yaml-syntax');
  });

  it('names a byte-order mark in the middle of a stream', () => {
    const text = `${head}  mode: cluster\n\ufeff---\n${head}  mode: cluster\n`;
    expect(codes(text)).toContainEqual(expect.stringMatching(/^7:1 invisible-character/));
  });
});
