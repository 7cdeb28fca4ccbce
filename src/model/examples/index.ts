// Example manifests for the checker page's menu and for tests: the docs' own (with their mistakes)
// and a few correct ones.
import { DOCS_EXAMPLES } from './docsExamples.ts';
import { GOOD_EXAMPLES } from './goodExamples.ts';
import type { ManifestExample } from './types.ts';

export type { ExampleOrigin, ManifestExample } from './types.ts';
export { DOCS_EXAMPLES, GOOD_EXAMPLES };

export const ALL_EXAMPLES: readonly ManifestExample[] = [...DOCS_EXAMPLES, ...GOOD_EXAMPLES];

export function exampleById(id: string): ManifestExample | undefined {
  return ALL_EXAMPLES.find((e) => e.id === id);
}
