/** `milvus-mq policy`: the checker's object-only checks as a Kubernetes ValidatingAdmissionPolicy. */
import { parseArgs } from 'node:util';
import { parseLabelSelector } from '../model/policy/labelSelector.ts';
import {
  DEFAULT_POLICY_NAME,
  POLICY_FILE_NAME,
  VALIDATION_ACTIONS,
  admissionPolicyYaml,
  policyOptionProblems,
  type PolicyOptions,
  type ValidationAction,
} from '../model/policy/policy.ts';
import { EXIT, writeOutput, type Io } from './io.ts';

export const POLICY_HELP = `Usage: milvus-mq policy [--validation-actions A[,A]] [--namespace-selector SELECTOR]
                        [--name NAME] [-o FILE]

Writes a ValidatingAdmissionPolicy and its ValidatingAdmissionPolicyBinding
(admissionregistration.k8s.io/v1, Kubernetes 1.30 or later) for milvus.io Milvus and MilvusCluster:
every check the checker can decide from the resource alone, in CEL, each with the checker's code
and message. Apply it with kubectl apply -f ${POLICY_FILE_NAME}.
The API server drops fields the CRD does not declare before admission, so misplaced fields never
reach the policy: keep milvus-mq check in CI for those.

Options:
  --validation-actions A[,A]   what a failed check does: Warn (default: the request goes through,
                               kubectl prints a warning), Deny (the request is refused), Audit
                               (recorded in the audit log). Deny and Warn exclude each other.
  --namespace-selector SEL     only in namespaces whose labels match SEL, a label selector as
                               kubectl takes it: env=prod,tier in (a,b),!legacy (default: all)
  --name NAME                  name of the policy and its binding (default ${DEFAULT_POLICY_NAME})
  -o, --output FILE            write to FILE instead of standard output
  -h, --help                   show this help

Exit status:
  0  written
  2  the command line is wrong, or FILE cannot be written
`;

export async function runPolicy(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        'validation-actions': { type: 'string' },
        'namespace-selector': { type: 'string' },
        name: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    io.out(POLICY_HELP);
    return EXIT.ok;
  }
  const options: PolicyOptions = {};
  if (values.name !== undefined) options.name = values.name;
  if (values['validation-actions'] !== undefined) {
    const names = values['validation-actions'].split(',').map((a) => a.trim());
    const unknown = names.filter((a) => !(VALIDATION_ACTIONS as readonly string[]).includes(a));
    if (unknown.length > 0)
      return usage(
        io,
        `--validation-actions takes ${VALIDATION_ACTIONS.join(', ')}, not "${unknown.join(', ')}"`,
      );
    options.validationActions = names as ValidationAction[];
  }
  if (values['namespace-selector'] !== undefined) {
    const selector = parseLabelSelector(values['namespace-selector']);
    if (!selector.ok) return usage(io, `--namespace-selector: ${selector.message}`);
    options.namespaceSelector = selector.selector;
  }
  const problems = policyOptionProblems(options);
  if (problems.length > 0) return usage(io, problems.join('; '));
  return writeOutput(io, 'policy', values.output, admissionPolicyYaml(options));
}

function usage(io: Io, problem: string): number {
  io.err(`milvus-mq policy: ${problem}\nRun milvus-mq policy --help for the options.\n`);
  return EXIT.usage;
}
