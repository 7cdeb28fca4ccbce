/**
 * The rules about Milvus, as the seam's judge says them (../../../whatRuns/judge.ts): the manifest's
 * resolved view (../../resolve/toWhatRuns.ts) is the description, and each finding's place is a
 * path in the resource, which the checker's reporter turns into a line. Nothing about Milvus is
 * decided here: only which of the judge's families the operator's own rules still say in their
 * own words, and what only the operator knows (a default picked from another version).
 */
import { isScalar } from 'yaml';
import type { Diagnostic, Fix } from '../../../findings/diagnostics.ts';
import { MILVUS_JUDGEMENTS, reportOf, type JudgeFinding } from '../../../whatRuns/judge.ts';
import { describeOperator } from '../../resolve/toWhatRuns.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import { defaultedAcrossVersions } from './storageVsModeAndVersion.ts';
import type { Rule } from './types.ts';

/**
 * Families the operator's rules still word themselves, so the judge's finding would be a second one:
 * - woodpecker-service (rules/woodpecker.ts): the operator's error names its fields and offers to
 *   remove them (the admission policy's words), and its version finding is a warning only where the
 *   operator merely believes a version from an unreadable tag;
 * - embedded-persistence: the operator's no-persistence (rules/embeddedPersistence.ts) is an info
 *   with the operator's fix; the description leaves `persistence` null.
 */
const WORDED_BY_OPERATOR_RULES = new Set(['woodpecker-service', 'embedded-persistence']);

/**
 * A msgStreamType the CRD does not accept (schema.ts: invalid-value) is refused by the API server, so
 * no storage runs to be judged; the addresses of the operator's fallback still are.
 */
const WITHOUT_A_STORAGE = new Set(['address-shapes']);

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

export const milvusJudgementRule: Rule = (ctx) => {
  const description = describeOperator(ctx.resolved, text(ctx.value([...DEPENDENCIES, 'kafka', 'secretRef'])));
  const findings = MILVUS_JUDGEMENTS.filter(({ name }) =>
    ctx.storage.invalid ? WITHOUT_A_STORAGE.has(name) : !WORDED_BY_OPERATOR_RULES.has(name),
  ).flatMap(({ judge }) => judge(description));
  // The operator's default picked from the version it believes, refused on the version the pods
  // run: version-split (storageVsModeAndVersion.ts) says it once, naming both versions.
  const split = defaultedAcrossVersions(ctx);
  return findings
    .filter((f) => !(split && f.code === 'unsupported-storage'))
    .map((f) => toDiagnostic(ctx, f));
};

function toDiagnostic(ctx: CheckContext, f: JudgeFinding): Diagnostic {
  const fix = f.fix && writable(ctx, f.fix) ? f.fix : null;
  return ctx.report(reportOf(f, fix));
}

/** A fix sets a plain value: a place that holds a map or a list (aliases followed) is not one to overwrite. */
function writable(ctx: CheckContext, fix: Fix): boolean {
  return fix.edits.every((edit) => {
    if (edit.op !== 'set') return true;
    const node = ctx.node(edit.path);
    return node === null || isScalar(node);
  });
}
