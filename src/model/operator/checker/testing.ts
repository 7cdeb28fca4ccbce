/**
 * Small helpers for the checker's tests: build a manifest around a spec, check it, pick out
 * diagnostics. (Kept beside the checker so every rule test reads the same way.)
 */
import type { Diagnostic } from '../../findings/diagnostics.ts';
import type { CheckOptions } from './context.ts';
import { checkManifest } from './runner.ts';

/** Removes the common indentation of a template literal, and its first and last blank lines. */
export function dedent(text: string): string {
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(Math.min(indent, l.length))).join('\n');
}

/**
 * A Milvus manifest with this spec (YAML, any indentation). The spec's first line is line 6:
 * apiVersion, kind, metadata, name and spec come first.
 */
export function milvus(spec: string, head: { apiVersion?: string; kind?: string } = {}): string {
  const body = dedent(spec)
    .split('\n')
    .map((l) => (l === '' ? l : `  ${l}`))
    .join('\n');
  return `apiVersion: ${head.apiVersion ?? 'milvus.io/v1beta1'}\nkind: ${head.kind ?? 'Milvus'}\nmetadata:\n  name: test\nspec:\n${body}\n`;
}

/**
 * Every manifest the rule tests checked without options, in order: the admission policy's tests
 * reuse them as a corpus (model/operator/policy/policyCorpus.test.ts).
 */
export const checkedTexts: string[] = [];

export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  if (Object.keys(options).length === 0) checkedTexts.push(text);
  return checkManifest(text, options).diagnostics;
}

export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.map((d) => d.code))].sort();
}
