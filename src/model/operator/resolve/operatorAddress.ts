/**
 * An address as the operator splits it: pkg/util/util.go `GetHostPort` calls Go's
 * `net.SplitHostPort` and falls back to the whole text and port 80 when that fails or the port is
 * not a number.
 */

export interface OperatorHostPort {
  host: string;
  port: number;
  /** Port 80 is the operator's fallback, not a port read from the text. */
  fallback: boolean;
}

export function operatorHostPort(endpoint: string): OperatorHostPort {
  const split = goSplitHostPort(endpoint);
  if (!split) return { host: endpoint, port: 80, fallback: true };
  // strconv.Atoi: optional sign, decimal digits.
  if (!/^[+-]?\d+$/.test(split.port)) return { host: split.host, port: 80, fallback: true };
  return { host: split.host, port: Number(split.port), fallback: false };
}

/** Go's net.SplitHostPort: null where it returns an error. */
export function goSplitHostPort(s: string): { host: string; port: string } | null {
  const i = s.lastIndexOf(':');
  if (i < 0) return null; // missing port in address
  let host: string;
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    if (end < 0 || end + 1 !== i) return null;
    host = s.slice(1, end);
  } else {
    host = s.slice(0, i);
    if (host.includes(':')) return null; // too many colons in address
  }
  if (host.includes('[') || host.includes(']')) return null;
  const port = s.slice(i + 1);
  if (port.includes('[') || port.includes(']')) return null;
  return { host, port };
}

/** Go's net.Dial("tcp", addr) refuses the address before any connection (no port, a scheme, ...). */
export function dialRefuses(addr: string): boolean {
  const split = goSplitHostPort(addr);
  if (!split) return true;
  // Ports are numbers or service names; a service name cannot contain '/' (a path after a scheme).
  return split.port === '' || split.port.includes('/');
}

/**
 * pkg/external/kafka.go CheckKafka passes when one broker answers: the readiness check holds Milvus
 * back only when no broker in a non-empty list can even be dialled.
 */
export function noBrokerDialled(brokers: readonly string[]): boolean {
  return brokers.length > 0 && brokers.every(kafkaDialRefuses);
}

/**
 * How the operator's Kafka client (segmentio/kafka-go v0.4.39, dialer.go splitHostPort) reads a
 * broker: when net.SplitHostPort fails it dials the whole text at port 9092, so a host without a
 * port is dialled at 9092 (as Milvus's own Kafka client, librdkafka, does); a text holding a ':'
 * that does not split (a scheme) becomes "[text]:9092", which no dial reaches.
 */
export function kafkaDialRefuses(addr: string): boolean {
  if (!goSplitHostPort(addr)) return addr.includes(':');
  return dialRefuses(addr);
}
