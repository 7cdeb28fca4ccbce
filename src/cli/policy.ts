/** `milvus-mq policy`: the checker's object-only checks as a Kubernetes ValidatingAdmissionPolicy. */
import { parseArgs } from 'node:util';
import { parseLabelSelector } from '../model/policy/labelSelector.ts';
import {
  VALIDATION_ACTIONS,
  admissionPolicyYaml,
  policyOptionProblems,
  type PolicyOptions,
  type ValidationAction,
} from '../model/policy/policy.ts';
import { POLICY_HELP } from './help.ts';
import { usageError } from './args.ts';
import { EXIT, writeOutput, type Io } from './io.ts';

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
  return usageError(io, 'policy', problem);
}
