import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeAnchors, findCodesFile, headingSlug } from './codesLink.ts';

describe('codeDescription links', () => {
  it('slugs a heading as GitHub does: lower case, punctuation and backticks dropped, spaces to hyphens', () => {
    expect(headingSlug('Resource kind (`rules/resourceKind.ts`)')).toBe('resource-kind-rulesresourcekindts');
    expect(headingSlug('Helm values (`milvus-mq check --helm`, `src/model/helm/`)')).toBe(
      'helm-values-milvus-mq-check---helm-srcmodelhelm',
    );
  });

  it('anchors a code at the heading above its first row; a repeated heading gets -1', () => {
    const anchors = codeAnchors(
      '# Codes\n\n## Input\n\n| code | x |\n| --- | --- |\n| `a-code` | error |\n\n## Input\n\n| `b-code` | info |\n| `a-code` | again |\n',
    );
    expect(anchors.get('a-code')).toBe('input');
    expect(anchors.get('b-code')).toBe('input-1');
    expect(anchors.get('c-code')).toBeUndefined();
  });

  it('finds CODES.md from the sources’ place and from the bundle’s (dist/cli/chunks/, with dist/cli/CODES.md beside it)', () => {
    expect(findCodesFile()).toMatch(/src[\\/]model[\\/]findings[\\/]CODES\.md$/);
    const root = mkdtempSync(join(tmpdir(), 'milvus-mq-codes-'));
    mkdirSync(join(root, 'dist', 'cli', 'chunks'), { recursive: true });
    writeFileSync(join(root, 'dist', 'cli', 'CODES.md'), '# Codes\n');
    expect(findCodesFile(join(root, 'dist', 'cli', 'chunks'))).toBe(join(root, 'dist', 'cli', 'CODES.md'));
    expect(findCodesFile(join(root, 'dist', 'cli'))).toBe(join(root, 'dist', 'cli', 'CODES.md'));
  });
});
