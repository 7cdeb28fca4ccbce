/**
 * The admission policy: a ValidatingAdmissionPolicy (admissionregistration.k8s.io/v1, GA in
 * Kubernetes 1.30) holding every check of ADMISSION_RULES as CEL, and on UPDATE the change rules of
 * updateRules.ts, and its binding. Plain objects
 * and YAML text; no Node APIs, so the CLI and the pages write the same file.
 */
import { stringify } from 'yaml';
import { ADMISSION_RULES, OBJECT_VARIABLES, WARNING_RULES, type AdmissionRule } from './admissionRules.ts';
import { UPDATE_ERROR_RULES, UPDATE_VARIABLES, UPDATE_WARNING_RULES } from './updateRules.ts';
import type { LabelSelector } from './labelSelector.ts';

import { DEFAULT_POLICY_NAME, POLICY_FILE_NAME, type ValidationAction } from './names.ts';

export { DEFAULT_POLICY_NAME, POLICY_FILE_NAME, VALIDATION_ACTIONS, type ValidationAction } from './names.ts';

export interface PolicyOptions {
  /** metadata.name of the policy and of its binding. */
  name?: string;
  /** What a failed validation does; Warn by default. */
  validationActions?: readonly ValidationAction[];
  /** Only Milvus resources in namespaces with these labels; every namespace when absent. */
  namespaceSelector?: LabelSelector;
}

/** "[code] message": kubectl shows the message, the code finds it in the README and the CLI. */
export function validationMessage(rule: AdmissionRule): string {
  return `[${rule.code}] ${rule.message(rule.subject)}`;
}

/** Problems with the options, in words (empty when they are fine). */
export function policyOptionProblems(options: PolicyOptions): string[] {
  const actions = options.validationActions ?? ['Warn'];
  const problems: string[] = [];
  if (actions.length === 0) problems.push('give at least one validation action (Deny, Warn or Audit)');
  if (new Set(actions).size !== actions.length) problems.push('a validation action is named twice');
  if (actions.includes('Deny') && actions.includes('Warn'))
    problems.push(
      'Deny and Warn cannot be used together (the API server refuses the binding): Deny already tells the user why',
    );
  const name = options.name ?? DEFAULT_POLICY_NAME;
  if (!/^[a-z0-9]([-a-z0-9.]{0,242}[a-z0-9])?$/.test(name))
    problems.push(`"${name}" is not a Kubernetes object name (lower-case letters, digits, '-' and '.')`);
  return problems;
}

/**
 * The warnings' actions: those of the errors with Deny turned into Warn, since every validation of
 * a policy takes its binding's actions and a warning must never refuse a resource.
 */
export function warningActions(actions: readonly ValidationAction[]): ValidationAction[] {
  return [...new Set(actions.map((a) => (a === 'Deny' ? 'Warn' : a)))];
}

function policyObject(name: string, rules: readonly AdmissionRule[]): object {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name },
    spec: {
      // An expression that cannot be evaluated counts as a failed validation, handled by the
      // binding's validationActions (so with Warn it only warns).
      failurePolicy: 'Fail',
      matchConstraints: {
        // Equivalent: a milvus.io/v1alpha1 Milvus reaches the policy converted to v1beta1.
        matchPolicy: 'Equivalent',
        resourceRules: [
          {
            apiGroups: ['milvus.io'],
            apiVersions: ['v1beta1'],
            operations: ['CREATE', 'UPDATE'],
            resources: ['milvuses'],
          },
          {
            apiGroups: ['milvus.io'],
            apiVersions: ['v1alpha1'],
            operations: ['CREATE', 'UPDATE'],
            resources: ['milvusclusters'],
          },
        ],
      },
      // The object's facts, then the old object's (null on CREATE) for the change rules.
      variables: [...OBJECT_VARIABLES, ...UPDATE_VARIABLES].map((v) => ({
        name: v.name,
        expression: v.expression,
      })),
      validations: rules.map((rule) => ({
        expression: rule.expression,
        message: validationMessage(rule),
        reason: 'Invalid',
      })),
    },
  };
}

function bindingObject(name: string, actions: readonly ValidationAction[], selector?: LabelSelector): object {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name },
    spec: {
      policyName: name,
      validationActions: [...actions],
      ...(selector && Object.keys(selector).length > 0
        ? { matchResources: { namespaceSelector: selector } }
        : {}),
    },
  };
}

/**
 * The errors' policy and binding, then the warnings' (named `<name>-warnings`), which warn (or
 * audit) whatever the errors do.
 */
export function admissionPolicy(options: PolicyOptions = {}): object[] {
  const name = options.name ?? DEFAULT_POLICY_NAME;
  const actions = options.validationActions ?? ['Warn'];
  const warnings = `${name}-warnings`;
  return [
    policyObject(name, [...ADMISSION_RULES, ...UPDATE_ERROR_RULES]),
    bindingObject(name, actions, options.namespaceSelector),
    policyObject(warnings, [...WARNING_RULES, ...UPDATE_WARNING_RULES]),
    bindingObject(warnings, warningActions(actions), options.namespaceSelector),
  ];
}

const HEADER = `# Milvus message-storage checks as a Kubernetes ValidatingAdmissionPolicy (Kubernetes 1.30+),
# written by milvus-mq. Apply with: kubectl apply -f ${POLICY_FILE_NAME}
# The API server drops fields the Milvus CRD does not declare before admission, so a misplaced
# field never reaches this policy: run milvus-mq check in CI for those. The second policy holds the
# warnings: they warn (or audit), never refuse. On UPDATE both also compare the stored object
# (oldObject) with the updated one, for the changes milvus-mq diff reports from the objects alone.
`;

/** The policies and their bindings as one YAML file (four documents). */
export function admissionPolicyYaml(options: PolicyOptions = {}): string {
  return `${HEADER}${admissionPolicy(options)
    .map((doc) => stringify(doc, { lineWidth: 0 }))
    .join('---\n')}`;
}
