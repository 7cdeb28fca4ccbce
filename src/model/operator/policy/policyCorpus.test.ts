// The checker's corpus through the admission policy, evaluated by a real CEL evaluator: the rule
// tests' manifests (collected by running those tests here again), the examples, the fixtures and
// the hostile corpus. For every Milvus resource that reaches admission, the policy fails exactly the
// checks whose codes the checker reports as errors on the same object.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedTexts } from '../checker/testing.ts';
import { ALL_EXAMPLES } from '../../examples/index.ts';
import { admissionCases, compareWithChecker } from './testing.ts';

// Runs the rule tests again (they register in this file), filling checkedTexts.
import.meta.glob('../checker/rules/*.test.ts', { eager: true });

/**
 * The YAML files of a folder. Files over 32 KB are left out: in the hostile corpus they test the
 * parser's limits (deep nesting, a 200 KB line, 1,000 unknown keys that take the checker seconds),
 * not a message-storage rule.
 */
function yamlFiles(dir: URL): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return yamlFiles(new URL(`${entry.name}/`, dir));
    const text = /\.ya?ml$/.test(entry.name) ? readFileSync(new URL(entry.name, dir), 'utf8') : '';
    return text !== '' && text.length <= 32_768 ? [text] : [];
  });
}

const ROOT = new URL('../../../../', import.meta.url);

describe('the admission policy on the checker corpus', () => {
  it('denies exactly what the checker finds an error in, and warns where it warns, with the same codes', () => {
    const corpus = [
      ...checkedTexts,
      ...ALL_EXAMPLES.map((e) => e.yaml),
      ...yamlFiles(new URL('test/fixtures/', ROOT)),
      ...yamlFiles(new URL('test/hostile/cases/', ROOT)),
    ];
    expect(checkedTexts.length).toBeGreaterThan(100);
    let denied = 0;
    let allowed = 0;
    const mismatches: unknown[] = [];
    for (const text of corpus) {
      for (const c of admissionCases(text)) {
        const { errors, policy, checker } = compareWithChecker(c);
        if (errors.length > 0 || JSON.stringify(policy) !== JSON.stringify(checker)) {
          mismatches.push({ object: c.object, errors, policy, checker });
        }
        if (policy.errors.length > 0) denied++;
        else allowed++;
      }
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    // Both verdicts occur often enough to mean something.
    expect(denied).toBeGreaterThan(20);
    expect(allowed).toBeGreaterThan(50);
  }, 120_000);
});
