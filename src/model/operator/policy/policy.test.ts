import { parse as parseCel } from '@bufbuild/cel';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ADMISSION_RULES, OBJECT_VARIABLES, WARNING_RULES } from './admissionRules.ts';
import { parseLabelSelector } from './labelSelector.ts';
import { admissionPolicy, admissionPolicyYaml, policyOptionProblems, validationMessage } from './policy.ts';
import { UPDATE_ERROR_RULES, UPDATE_RULES, UPDATE_VARIABLES, UPDATE_WARNING_RULES } from './updateRules.ts';

interface PolicyShape {
  kind: string;
  metadata: { name: string };
  spec: {
    failurePolicy: string;
    matchConstraints: {
      matchPolicy: string;
      resourceRules: { apiGroups: string[]; apiVersions: string[]; resources: string[] }[];
    };
    variables: { name: string; expression: string }[];
    validations: { expression: string; message: string; reason: string }[];
  };
}
interface BindingShape {
  kind: string;
  spec: { policyName: string; validationActions: string[]; matchResources?: { namespaceSelector: unknown } };
}

/** Every node of a parsed CEL expression, depth first (the parser's protobuf messages). */
function* nodes(expr: unknown): Generator<{ $typeName?: string; exprKind?: { case?: string } }> {
  if (expr === null || typeof expr !== 'object') return;
  const node = expr as { $typeName?: string; exprKind?: { case?: string } };
  if (node.$typeName === 'cel.expr.Expr') yield node;
  for (const value of Object.values(expr)) {
    if (Array.isArray(value)) for (const v of value) yield* nodes(v);
    else if (typeof value === 'object') yield* nodes(value);
  }
}

describe('the admission policy', () => {
  it('is a ValidatingAdmissionPolicy for milvus.io Milvus and MilvusCluster, and its binding, in one YAML file', () => {
    const docs = parseAllDocuments(admissionPolicyYaml());
    expect(Array.isArray(docs) && docs.every((d) => d.errors.length === 0)).toBe(true);
    const [policy, binding] = (docs as { toJS(): unknown }[]).map((d) => d.toJS()) as [
      PolicyShape,
      BindingShape,
    ];
    expect([policy.kind, binding.kind]).toEqual([
      'ValidatingAdmissionPolicy',
      'ValidatingAdmissionPolicyBinding',
    ]);
    expect(
      policy.spec.matchConstraints.resourceRules.map((r) => [r.apiGroups, r.apiVersions, r.resources]),
    ).toEqual([
      [['milvus.io'], ['v1beta1'], ['milvuses']],
      [['milvus.io'], ['v1alpha1'], ['milvusclusters']],
    ]);
    expect(policy.spec.matchConstraints.matchPolicy).toBe('Equivalent');
    expect(binding.spec).toEqual({ policyName: policy.metadata.name, validationActions: ['Warn'] });
  });

  it('gives each validation the checker code and message from the shared table', () => {
    const [policy, , warnings] = admissionPolicy() as [PolicyShape, BindingShape, PolicyShape];
    const validations = [...policy.spec.validations, ...warnings.spec.validations];
    const rules = [...ADMISSION_RULES, ...UPDATE_ERROR_RULES, ...WARNING_RULES, ...UPDATE_WARNING_RULES];
    expect(validations).toHaveLength(rules.length);
    validations.forEach((v, i) => {
      const rule = rules[i]!;
      expect(v.message).toBe(validationMessage(rule));
      expect(v.message.startsWith(`[${rule.code}] ${rule.subject}`)).toBe(true);
      // Kubernetes refuses a message with a line break.
      expect(v.message).not.toMatch(/[\r\n]/);
    });
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('takes the validation actions and the namespace selector', () => {
    const selector = parseLabelSelector('milvus-mq=enforce,env in (prod,stage),!legacy');
    expect(selector).toEqual({
      ok: true,
      selector: {
        matchLabels: { 'milvus-mq': 'enforce' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'stage'] },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      },
    });
    const [, binding] = admissionPolicy({
      validationActions: ['Deny', 'Audit'],
      namespaceSelector: selector.ok ? selector.selector : {},
    }) as [PolicyShape, BindingShape];
    expect(binding.spec.validationActions).toEqual(['Deny', 'Audit']);
    expect(binding.spec.matchResources).toEqual({
      namespaceSelector: selector.ok ? selector.selector : null,
    });
  });

  it('refuses options the API server would refuse, with the reason', () => {
    expect(policyOptionProblems({ validationActions: ['Deny', 'Warn'] })).toEqual([
      expect.stringContaining('Deny and Warn cannot be used together'),
    ]);
    expect(policyOptionProblems({ validationActions: [] })).toHaveLength(1);
    expect(policyOptionProblems({ name: 'Milvus MQ' })).toEqual([
      expect.stringContaining('not a Kubernetes object name'),
    ]);
    expect(parseLabelSelector('env=')).toMatchObject({ ok: true });
    expect(parseLabelSelector('env in ()')).toMatchObject({ ok: false });
    expect(parseLabelSelector('a,,b')).toMatchObject({ ok: false });
  });

  it('compiles every expression, with no loop: list items are read by index up to a bound, so the cost stays small', () => {
    for (const { expression } of [
      ...OBJECT_VARIABLES,
      ...UPDATE_VARIABLES,
      ...ADMISSION_RULES,
      ...WARNING_RULES,
      ...UPDATE_RULES,
    ]) {
      const parsed = parseCel(expression);
      const all = [...nodes(parsed.expr)];
      expect(all.filter((n) => n.exprKind?.case === 'comprehensionExpr')).toEqual([]);
      // The largest (seeds of the first pools, read by index) has a few hundred nodes.
      expect(all.length).toBeLessThan(1500);
    }
  });
});
