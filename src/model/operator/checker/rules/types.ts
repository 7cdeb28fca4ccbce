import type { Diagnostic } from '../../../findings/diagnostics.ts';
import type { CheckContext } from '../context.ts';

/** One family of checks over one Milvus resource. */
export type Rule = (ctx: CheckContext) => Diagnostic[];
