/**
 * The operator's apply command when the manifest holds a secret's placeholder. Apart from output.ts,
 * which the first page loads: this reads the manifest's layout, which only the output actions (loaded
 * on demand) and the CLI need.
 */
import { envVarOf } from '../facts/secretsFromEnv.ts';
import { manifestEntries } from '../operator/write/layout.ts';
import { MANIFEST_FILE_NAME, kubectlApplyCommand } from './output.ts';
import type { WizardValues } from './values/valuesObject.ts';

/** The environment variables the manifest refers to in a secret's place (`${PULSAR_AUTH_PARAMS}`). */
export function manifestEnvSecrets(v: WizardValues): string[] {
  return manifestEntries(v).flatMap((e) => envVarOf(e.value) ?? []);
}

/**
 * The apply command for the wizard's manifest. A secret is never in the file: envsubst fills in its
 * environment variable (and only that one) on the way to kubectl, and `${VAR:?...}` stops the
 * command when it is not set instead of applying an empty token.
 */
export function operatorApplyCommand(v: WizardValues): string {
  const vars = manifestEnvSecrets(v);
  if (vars.length === 0) return kubectlApplyCommand(v.namespace);
  const ns = v.namespace.trim();
  const guards = vars.map((name) => `: "\${${name}:?set ${name} first}"`);
  const only = vars.map((name) => `\${${name}}`).join(' ');
  return [
    ...guards,
    `envsubst '${only}' < ${MANIFEST_FILE_NAME} | kubectl apply -f -${ns === '' ? '' : ` -n ${ns}`}`,
  ].join(' && \\\n  ');
}
