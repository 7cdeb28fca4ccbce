/**
 * `host:port` as the operator reads it: Pulsar's `endpoint`, Kafka's `brokerList`, Woodpecker's
 * `seeds`. The operator prepends `pulsar://` itself, and a missing port means port 80 for Pulsar,
 * a failed dial for a Woodpecker seed and 9092 for a Kafka broker, so both are worth naming.
 */

export type EndpointProblem =
  | { kind: 'empty'; message: string }
  | { kind: 'scheme'; message: string; withoutScheme: string }
  | { kind: 'no-port'; message: string }
  | { kind: 'bad-port'; message: string }
  | { kind: 'format'; message: string };

export type EndpointCheck = { ok: true; host: string; port: number } | ({ ok: false } & EndpointProblem);

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?)$/i;

export function checkHostPort(raw: string, what = 'The address'): EndpointCheck {
  const value = raw.trim();
  if (value === '') return { ok: false, kind: 'empty', message: `${what} is empty: give host:port.` };
  const scheme = SCHEME.exec(value);
  if (scheme) {
    return {
      ok: false,
      kind: 'scheme',
      message: `${what} "${value}" has a scheme (${scheme[1]}://): write only host:port, the operator adds the scheme itself.`,
      withoutScheme: value.slice(scheme[0].length).replace(/\/+$/, ''),
    };
  }
  const colon = value.lastIndexOf(':');
  const bracketEnd = value.lastIndexOf(']');
  if (colon === -1 || colon < bracketEnd) {
    if (!HOST.test(value))
      return { ok: false, kind: 'format', message: `${what} "${value}" is not host:port.` };
    return {
      ok: false,
      kind: 'no-port',
      // What a missing port leads to depends on the storage: callers word it (findings/sharedChecks.ts ADDRESS_WHY).
      message: `${what} "${value}" has no port.`,
    };
  }
  const host = value.slice(0, colon);
  const portText = value.slice(colon + 1);
  if (!HOST.test(host)) return { ok: false, kind: 'format', message: `${what} "${value}" is not host:port.` };
  if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    return {
      ok: false,
      kind: 'bad-port',
      message: `${what} "${value}" has port "${portText}": use a number from 1 to 65535.`,
    };
  }
  return { ok: true, host, port: Number(portText) };
}
