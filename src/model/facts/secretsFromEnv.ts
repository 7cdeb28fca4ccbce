/**
 * Secrets the wizard never writes into a file: the command that applies or installs the file takes
 * them from an environment variable. Here, apart from the writers, because the storages' field
 * tables (the form's help, the operator's writer) and the Helm install command name the same one.
 */

/** Pulsar's authParams (the token): `--set-string` for Helm, envsubst for the operator's manifest. */
export const PULSAR_AUTH_PARAMS_ENV_VAR = 'PULSAR_AUTH_PARAMS';

/** What the operator's manifest holds in a secret's place: envsubst replaces it when applying. */
export function envReference(envVar: string): string {
  return `\${${envVar}}`;
}

/** The variable a value that is only such a reference names ("${PULSAR_AUTH_PARAMS}"), else null. */
export function envVarOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^\$\{([A-Z_][A-Z0-9_]*)\}$/.exec(value.trim())?.[1] ?? null;
}

/** A value that is only such a reference: a placeholder, not a secret. */
export function isEnvReference(value: unknown): boolean {
  return envVarOf(value) !== null;
}
