/**
 * The manifest checker: Milvus Operator manifests in, diagnostics (with fixes) out. Pure
 * TypeScript (no Node or DOM APIs): the CLI, the browser and a Web Worker all import it.
 */
export { checkManifest, resourcePlace, RULES, type CheckResult, type ResolvedResource } from './runner.ts';
export { applyFixes, safeFixes, type FixRequest } from '../../findings/fixes.ts';
export type { CheckOptions } from './context.ts';
export { LIMITS } from '../../yaml/limits.ts';
export { checkBytes } from './checkBytes.ts';
