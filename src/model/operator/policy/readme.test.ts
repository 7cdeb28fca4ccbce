// The README's "Enforce in the cluster" names every error code: what the policy checks, or why it
// stays in the CLI. A new error code must be placed in one of the two.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_CODES, WARNING_CODES } from './admissionRules.ts';
import { UPDATE_CODES } from './updateRules.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('README: Enforce in the cluster', () => {
  const readme = read('../../../../README.md');
  const section = readme.slice(
    readme.indexOf('## Enforce in the cluster'),
    readme.indexOf('## What it knows'),
  );
  const named = new Set([...section.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1]!));

  it('names every code the policy checks', () => {
    expect([...POLICY_CODES, ...WARNING_CODES, ...UPDATE_CODES].filter((code) => !named.has(code))).toEqual(
      [],
    );
  });

  it('names every error code of the checker, checked or left to the CLI with the reason', () => {
    const errors = [...read('../../findings/CODES.md').matchAll(/^\| `([a-z0-9-]+)`\s*\| error/gm)].map(
      (m) => m[1]!,
    );
    expect(errors.length).toBeGreaterThan(20);
    expect(errors.filter((code) => !named.has(code))).toEqual([]);
  });
});
