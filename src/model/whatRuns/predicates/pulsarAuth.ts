/**
 * Pulsar authentication without its parameters: Milvus passes `pulsar.authPlugin` and
 * `pulsar.authParams` to pulsar-client-go (pulsar/internal/auth/provider.go NewProvider), whose token
 * and OAuth2 providers fail without their parameters, so Milvus cannot open its Pulsar client. The
 * operator's readiness check does not notice: with an authPlugin it only dials the endpoint
 * (milvus-operator v1.3.8 pkg/external/pulsar.go GetCondition). YAML-free, so the
 * judge (whatRuns/judge.ts, for both front ends) and the wizard ask the same condition.
 */

/** Milvus's config values as text: an absent or empty value is not set. */
function setText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function pulsarAuthWithoutParams(authPlugin: unknown, authParams: unknown): boolean {
  return setText(authPlugin) !== '' && setText(authParams) === '' && !isNonEmptyMap(authParams);
}

function isNonEmptyMap(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

/** The message, the subject naming the input's key ("spec.config.pulsar.authPlugin", "externalPulsar.authPlugin"). */
export function pulsarAuthWithoutParamsMessage(
  pluginKey: string,
  paramsKey: string,
  plugin: unknown,
): string {
  return `${pluginKey} is ${setText(plugin)} but ${paramsKey} is empty: the plugin has no token or credentials to send, so Milvus cannot open its Pulsar client (the operator's readiness check only dials the endpoint when an authPlugin is set, so it does not tell you). Give ${paramsKey} (a token: token:<JWT> or file:<path>), or remove ${pluginKey}.`;
}
