// CODES.md (linked from the README) must list exactly the codes the checker can report.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('./', import.meta.url);

function sources(dir: URL): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sources(new URL(`${entry.name}/`, dir));
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts') || entry.name === 'testing.ts')
      return [];
    return [readFileSync(new URL(entry.name, dir), 'utf8')];
  });
}

describe('CODES.md', () => {
  it('documents every diagnostic code, and only those', () => {
    const used = new Set<string>();
    for (const text of [
      // Every stage reports codes: the parse layer (model/yaml), the checker, the diff (model/change), the
      // checks shared with the admission policy, the Helm front end and the judge on the seam's description.
      // (Not the wizard: its `code: 'custom'` is zod's issue code.)
      ...['findings', 'yaml', 'operator', 'change', 'helm', 'whatRuns'].flatMap((stage) =>
        sources(new URL(`../${stage}/`, DIR)),
      ),
    ]) {
      for (const m of text.matchAll(/code: '([a-z0-9-]+)'/g)) used.add(m[1]!);
      // parseStream's diagnostics take (lineCounter, severity, code, ...).
      for (const m of text.matchAll(/'(?:error|warning|info)',\s*'([a-z0-9-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/refuse\(\s*'([a-z0-9-]+)'/g)) used.add(m[1]!);
    }
    const documented = new Set(
      [...readFileSync(new URL('CODES.md', DIR), 'utf8').matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]!),
    );
    expect([...documented].sort()).toEqual([...used].sort());
  });
});
