/**
 * For the policy's tests: evaluate the generated policy with a real CEL evaluator (@bufbuild/cel),
 * on the object the API server would hand to admission (unknown fields pruned, nulls dropped, as
 * the Milvus CRD's structural schema does), and run the checker on that same object.
 */
import { CelScalar, celEnv, isCelError, mapType, parse, plan, run, type CelInput } from '@bufbuild/cel';
import { parseAllDocuments, stringify } from 'yaml';
import { checkManifest } from '../checker/index.ts';
import type { Diagnostic } from '../../findings/diagnostics.ts';
import { MILVUS_RESOURCES, acceptsNull, shapeOf } from '../manifest/index.ts';
import type * as z from 'zod';
import {
  ADMISSION_RULES,
  POLICY_CODES,
  OBJECT_VARIABLES,
  WARNING_CODES,
  WARNING_RULES,
} from './admissionRules.ts';
import { validationMessage } from './policy.ts';
import { UPDATE_CODES, UPDATE_RULES, UPDATE_VARIABLES } from './updateRules.ts';
import { changeContext, updateObjects } from '../../change/diff.ts';
import { CHANGE_RULES } from '../../change/rules.ts';

type Schema = z.core.$ZodType;

/** JSON-like data as CEL values: maps for objects, int for whole numbers (as Kubernetes reads JSON integers). */
export function toCel(value: unknown): CelInput {
  if (Array.isArray(value)) return value.map(toCel);
  if (value !== null && typeof value === 'object') {
    return new Map(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  }
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return value as CelInput;
}

export interface PolicyVerdict {
  /** The rules whose validation failed (a denial, or a warning under Warn), by id, code and policy. */
  failed: { id: string; code: string; severity: 'error' | 'warning' }[];
  /** Expressions that could not be evaluated (with failurePolicy Fail, these fail too). */
  errors: { id: string; error: string }[];
}

/**
 * What a ValidatingAdmissionPolicy's expressions see: `object` (dynamic: Kubernetes types it from
 * the CRD, the policy only relies on has() and the field types) and `variables`.
 */
export const POLICY_ENV = celEnv({
  variables: {
    object: CelScalar.DYN,
    oldObject: CelScalar.DYN,
    variables: mapType(CelScalar.STRING, CelScalar.DYN),
  },
});

/**
 * Parses one expression (throws at a syntax error). The evaluator does not export its type checker;
 * an unknown function or a wrong argument shows as an evaluation error, which the tests refuse.
 */
export function compile(expression: string) {
  return parse(expression);
}

function planned(expression: string) {
  return plan(POLICY_ENV, compile(expression));
}

interface CompiledPolicy {
  variables: { name: string; eval: ReturnType<typeof planned> }[];
  validations: {
    id: string;
    code: string;
    severity: 'error' | 'warning';
    eval: ReturnType<typeof planned>;
  }[];
}

/** A policy's variables and validations, compiled; the code is read from the message's `[code]`. */
export function compilePolicy(spec: {
  variables: readonly { name: string; expression: string }[];
  validations: readonly {
    expression: string;
    message: string;
    id?: string;
    severity?: 'error' | 'warning';
  }[];
}): CompiledPolicy {
  return {
    variables: spec.variables.map((v) => ({ name: v.name, eval: planned(v.expression) })),
    validations: spec.validations.map((v, i) => ({
      id: v.id ?? String(i),
      code: /^\[([a-z0-9-]+)\]/.exec(v.message)?.[1] ?? '',
      severity: v.severity ?? 'error',
      eval: planned(v.expression),
    })),
  };
}

const GENERATED = compilePolicy({
  variables: [...OBJECT_VARIABLES, ...UPDATE_VARIABLES],
  validations: [...ADMISSION_RULES, ...WARNING_RULES, ...UPDATE_RULES].map((r) => ({
    id: r.id,
    severity: r.severity === 'warning' ? ('warning' as const) : ('error' as const),
    expression: r.expression,
    message: validationMessage(r),
  })),
});

/**
 * Evaluates a policy (the generated one by default) on an object, as the API server would: on
 * CREATE (`oldObject` null), or on UPDATE of `oldObject`.
 */
export function evaluatePolicy(
  object: unknown,
  policy: CompiledPolicy = GENERATED,
  oldObject: unknown = null,
): PolicyVerdict {
  const variables = new Map<string, CelInput>();
  const bindings = { object: toCel(object), oldObject: toCel(oldObject), variables };
  const errors: PolicyVerdict['errors'] = [];
  for (const v of policy.variables) {
    const value = v.eval(bindings);
    if (isCelError(value)) errors.push({ id: `variables.${v.name}`, error: String(value.message) });
    else variables.set(v.name, value as CelInput);
  }
  const failed: PolicyVerdict['failed'] = [];
  for (const { id, code, severity, eval: evaluate } of policy.validations) {
    const result = evaluate(bindings);
    if (isCelError(result)) errors.push({ id, error: String(result.message) });
    else if (result !== true) failed.push({ id, code, severity });
  }
  return { failed, errors };
}

/** `run` for one expression in tests of single patterns. */
export function celValue(expression: string, bindings: Record<string, unknown>): unknown {
  return run(expression, Object.fromEntries(Object.entries(bindings).map(([k, v]) => [k, toCel(v)])));
}

/** Drops what the API server drops: keys the schema does not declare, and nulls where no null is allowed. */
export function prune(value: unknown, schema: Schema): unknown {
  const shape = shapeOf(schema);
  if (value === null) return acceptsNull(schema) ? null : undefined;
  switch (shape.kind) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) {
        const field = Object.hasOwn(shape.keys, key) ? shape.keys[key] : undefined;
        if (field === undefined) {
          if (shape.freeForm) out[key] = child;
          continue;
        }
        const kept = prune(child, field);
        if (kept !== undefined) out[key] = kept;
      }
      return out;
    }
    case 'array':
      return Array.isArray(value)
        ? value.map((v) => prune(v, shape.element)).filter((v) => v !== undefined)
        : value;
    case 'record':
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      return Object.fromEntries(
        Object.entries(value)
          .map(([k, v]) => [k, prune(v, shape.value)] as const)
          .filter(([, v]) => v !== undefined),
      );
    default:
      return value;
  }
}

const UNREADABLE = new Set([
  'input-too-large',
  'binary-input',
  'control-character',
  'too-deep',
  'alias-bomb',
  'bad-alias',
]);

/** Codes for what the API server refuses before admission runs (the CRD's own validation). */
const REFUSED_BEFORE_ADMISSION = new Set(['wrong-type', 'invalid-value', 'missing-field', 'missing-name']);

/**
 * Whether the CRD's validation refuses what the checker reports: not under spec.config, which the
 * CRD keeps as written (x-kubernetes-preserve-unknown-fields), whatever the checker's schema says.
 */
function refusedBeforeAdmission(d: Diagnostic): boolean {
  return (
    d.severity === 'error' && REFUSED_BEFORE_ADMISSION.has(d.code) && !/^spec\.config(\.|$)/.test(d.path)
  );
}

export interface AdmissionCase {
  /** The object the policy sees. */
  object: Record<string, unknown>;
  /** The checker's errors on that same object, limited to the codes the error policy covers. */
  checkerErrors: Diagnostic[];
  /** Its warnings, limited to the codes the warning policy covers. */
  checkerWarnings: Diagnostic[];
}

/**
 * The documents of a YAML text that reach admission as they are: Milvus v1beta1 and MilvusCluster
 * resources the CRD accepts. A v1alpha1 Milvus reaches it only converted to v1beta1 (by the
 * operator's conversion webhook), so it is left out here.
 */
export function admissionCases(text: string): AdmissionCase[] {
  // What the checker refuses to read (too deep, too large, an alias bomb, binary) kubectl cannot send.
  const original = checkManifest(text);
  if (original.truncated || original.diagnostics.some((d) => UNREADABLE.has(d.code))) return [];
  let docs;
  try {
    docs = parseAllDocuments(text);
  } catch {
    return [];
  }
  if (!Array.isArray(docs)) return [];
  const cases: AdmissionCase[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) continue;
    let js: unknown;
    try {
      js = doc.toJS({ maxAliasCount: 1000 });
    } catch {
      continue;
    }
    if (js === null || typeof js !== 'object' || Array.isArray(js)) continue;
    const { apiVersion, kind } = js as Record<string, unknown>;
    const resource = MILVUS_RESOURCES.find((r) => r.apiVersion === apiVersion && r.kind === kind);
    if (!resource || (resource.apiVersion === 'milvus.io/v1alpha1' && resource.kind === 'Milvus')) continue;
    const object = prune(js, resource.schema as Schema) as Record<string, unknown>;
    const checked = checkManifest(stringify(object)).diagnostics;
    const errors = checked.filter((d) => d.severity === 'error');
    if (errors.some(refusedBeforeAdmission)) continue;
    cases.push({
      object,
      checkerErrors: errors.filter((d) => POLICY_CODES.has(d.code)),
      checkerWarnings: checked.filter((d) => d.severity === 'warning' && WARNING_CODES.has(d.code)),
    });
  }
  return cases;
}

/** The codes, sorted and once each: how verdicts are compared. */
export function codesOf(items: readonly { code: string }[]): string[] {
  return [...new Set(items.map((i) => i.code))].sort();
}

/** The policy's verdict beside the checker's, per severity, for one case. */
export function compareWithChecker(c: AdmissionCase) {
  const verdict = evaluatePolicy(c.object);
  return {
    errors: verdict.errors,
    policy: {
      errors: codesOf(verdict.failed.filter((f) => f.severity === 'error')),
      warnings: codesOf(verdict.failed.filter((f) => f.severity === 'warning')),
    },
    checker: { errors: codesOf(c.checkerErrors), warnings: codesOf(c.checkerWarnings) },
  };
}

type Json = Record<string, unknown>;

/**
 * An object as the API server stores it and hands it to admission: pruned to the CRD's fields
 * (the status kept, as the status subresource keeps it), or null for one that never reaches
 * admission (a v1alpha1 Milvus, or one the CRD's own validation refuses).
 */
function asAdmitted(obj: Json): Json | null {
  const resource = MILVUS_RESOURCES.find((r) => r.apiVersion === obj.apiVersion && r.kind === obj.kind);
  if (!resource || (resource.apiVersion === 'milvus.io/v1alpha1' && resource.kind === 'Milvus')) return null;
  const pruned = prune(obj, resource.schema as Schema) as Json;
  if (obj.status !== undefined) pruned.status = structuredClone(obj.status);
  const refused = checkManifest(stringify(pruned)).diagnostics.some(refusedBeforeAdmission);
  return refused ? null : pruned;
}

export interface UpdateCase {
  oldObject: Json;
  object: Json;
  /** The change rules' verdict (change/rules.ts, the rules the objects alone decide) on these objects. */
  model: { errors: string[]; warnings: string[] };
}

/** An update of OLD by NEW as the API server sees it (`kubectl apply`'s merge done), or null. */
export function updateCase(oldObj: Json, newObj: Json): UpdateCase | null {
  const { live, original, merged } = updateObjects(oldObj, newObj);
  const oldObject = asAdmitted(live);
  const object = asAdmitted(merged);
  if (!oldObject || !object) return null;
  const context = changeContext(oldObject, original, object, newObj);
  const found = CHANGE_RULES.filter((r) => r.objectsAlone && r.applies(context)).map((r) => ({
    code: r.code,
    severity: r.severity(context),
  }));
  return {
    oldObject,
    object,
    model: {
      errors: codesOf(found.filter((f) => f.severity === 'error')),
      warnings: codesOf(found.filter((f) => f.severity === 'warning')),
    },
  };
}

/** The policy's update rules beside the model's change rules, for one update. */
export function compareUpdate(c: UpdateCase) {
  const verdict = evaluatePolicy(c.object, GENERATED, c.oldObject);
  const update = verdict.failed.filter((f) => UPDATE_CODES.has(f.code));
  return {
    errors: verdict.errors,
    policy: {
      errors: codesOf(update.filter((f) => f.severity === 'error')),
      warnings: codesOf(update.filter((f) => f.severity === 'warning')),
    },
    model: c.model,
  };
}
