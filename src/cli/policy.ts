/** `milvus-mq policy`: the checker's object-only checks as a Kubernetes ValidatingAdmissionPolicy. */
import { parseLabelSelector } from '../model/operator/policy/labelSelector.ts';
import {
  VALIDATION_ACTIONS,
  admissionPolicyYaml,
  policyOptionProblems,
  type PolicyOptions,
  type ValidationAction,
} from '../model/operator/policy/policy.ts';
import { POLICY_HELP } from './help.ts';
import { commandLine, usageError } from './args.ts';
import { writeOutput, type Io } from './io.ts';

export async function runPolicy(args: string[], io: Io): Promise<number> {
  const parsed = commandLine(
    io,
    'policy',
    POLICY_HELP,
    args,
    {
      'validation-actions': { type: 'string' },
      'namespace-selector': { type: 'string' },
      name: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    false,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
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
  return usageError(io, 'policy', problem);
}
