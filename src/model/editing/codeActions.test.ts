import { describe, expect, it } from 'vitest';
import { check, dedent, withCode } from '../operator/checker/testing.ts';
import { applyFixes } from '../findings/fixes.ts';
import { applyReplacements } from './textDiff.ts';
import { allSafeFixes, quickFixesAt } from './codeActions.ts';

// The v2.3 docs' mistakes with comments around them: a fix must keep every other byte.
const TEXT = dedent(`
  # Search cluster, owned by the platform team.
  apiVersion: milvus.io/v1beta1
  kind: Milvus
  metadata:
    name: search   # do not rename
  spec:
    mode: cluster
    dependencies:
      msgStreamType: pulsar
      pulsar:
        # use the Pulsar the platform team runs
        external: true
        endpoints: # where that Pulsar listens
          - 10.0.12.7:6650
    config: {}
`);

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('quick fixes as text edits', () => {
  it('offers the finding on the cursor line its fix, preferred when safe, and applying it fixes only that', () => {
    const line = lineOf(TEXT, 'endpoints:');
    const actions = quickFixesAt(TEXT, check(TEXT), { line, endLine: line });
    expect(actions.length).toBeGreaterThan(0);
    const [action] = actions;
    expect(action!.diagnostics.map((d) => d.code)).toContain('misplaced-field');
    const after = applyReplacements(TEXT, action!.edits);
    expect(after).toContain('endpoint: 10.0.12.7:6650');
    expect(withCode(check(after), 'misplaced-field')).toEqual([]);
    // The same text the page's fix makes, and the lines before the first edit are untouched.
    expect(after).toBe(applyFixes(TEXT, [{ documentIndex: 0, fix: action!.diagnostics[0]!.fix! }]));
    expect(after.startsWith(TEXT.slice(0, action!.edits[0]!.start))).toBe(true);
    expect(after).toContain('    # use the Pulsar the platform team runs\n');
  });

  it('offers nothing on a line without a fixable finding', () => {
    const line = lineOf(TEXT, 'mode: cluster');
    expect(quickFixesAt(TEXT, check(TEXT), { line, endLine: line })).toEqual([]);
  });

  it('offers nothing when the fix would change nothing (it was applied already)', () => {
    const line = lineOf(TEXT, 'endpoints:');
    const [action] = quickFixesAt(TEXT, check(TEXT), { line, endLine: line });
    const fixed = applyReplacements(TEXT, action!.edits);
    expect(quickFixesAt(fixed, check(TEXT), { line, endLine: line })).toEqual([]);
  });

  it('puts every safe fix in one action that leaves no safe fix behind', () => {
    const all = allSafeFixes(TEXT, check(TEXT));
    expect(all).not.toBeNull();
    const after = applyReplacements(TEXT, all!.edits);
    expect(check(after).filter((d) => d.fix?.safe)).toEqual([]);
    expect(after).toContain('# Search cluster, owned by the platform team.');
  });
});
