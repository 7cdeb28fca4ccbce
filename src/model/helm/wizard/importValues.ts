/**
 * A values.yaml of the milvus-helm chart -> the wizard's values, through the Helm front end's own
 * reading and resolution (../check.ts: what the chart renders, as the seam's description). The
 * reader of the wizard's Helm target, as import.ts is the operator's: only what runs is read (mode,
 * version, storage and side, its addresses and Kafka's client security); the rest keeps `base`.
 * A password is never read back.
 */
import type { ImportResult } from '../../operator/wizard/import.ts';
import {
  KAFKA_SASL_MECHANISMS,
  KAFKA_SECURITY_PROTOCOLS,
  MSG_STREAM_TYPES,
  type MsgStreamType,
} from '../../facts/operatorEnums.ts';
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { minorOf } from '../../facts/versions.ts';
import { checkHelm } from '../check.ts';
import { chartForMilvus } from '../write/chartChoice.ts';

const isStorage = (t: string): t is MsgStreamType => (MSG_STREAM_TYPES as readonly string[]).includes(t);

export function importHelmValues(text: string, base: WizardValues): ImportResult {
  const chart = chartForMilvus(base.milvusVersion).chart;
  const result = checkHelm([{ kind: 'file', name: 'values.yaml', text }], {
    chartVersion: chart.version,
    release: base.name,
  });
  const resolved = result.resolved;
  if (!resolved) {
    const first = result.reports[0]?.diagnostics.find((d) => d.severity === 'error');
    return {
      ok: false,
      error: first?.message ?? 'The values cannot be read.',
      line: first?.line,
      column: first?.column,
    };
  }
  const w = resolved.whatRuns;
  const v: WizardValues = structuredClone(base);
  v.target = 'helm';
  v.mode = w.mode;
  const minor = minorOf(w.version.version);
  if (minor) v.milvusVersion = minor;
  const tag = resolved.values.value(['image', 'all', 'tag']);
  const repository = resolved.values.value(['image', 'all', 'repository']);
  if (typeof tag === 'string' && tag !== '' && typeof repository === 'string')
    v.image = `${repository}:${tag}`;
  const notes: string[] = [];
  if (!isStorage(w.storage.type)) {
    notes.push(`The message storage is ${w.storage.type}: the wizard keeps ${v.msgStreamType}.`);
    return { ok: true, values: v, notes, documentIndex: 0 };
  }
  v.msgStreamType = w.storage.type;
  // The addresses as Milvus receives them: the message-storage part of its milvus.yaml.
  const section = (key: string): Record<string, unknown> => {
    const found = resolved.config[key];
    return typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : {};
  };
  const asText = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');
  if (v.msgStreamType === 'pulsar') {
    v.pulsar.external = w.storage.side === 'external';
    const { address, port, tenant, namespace } = section('pulsar');
    if (v.pulsar.external && asText(address) !== '')
      v.pulsar.endpoint = asText(port) === '' ? asText(address) : `${asText(address)}:${asText(port)}`;
    // Milvus's defaults (the chart writes them too) read back as empty, as the form leaves them.
    if (v.pulsar.external) {
      v.pulsar.tenant = asText(tenant) === 'public' ? '' : asText(tenant);
      v.pulsar.namespace = asText(namespace) === 'default' ? '' : asText(namespace);
    }
  }
  if (v.msgStreamType === 'kafka') {
    v.kafka.external = w.storage.side === 'external';
    const brokers = asText(section('kafka').brokerList);
    if (v.kafka.external && brokers !== '')
      v.kafka.brokerList = brokers
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean);
    const k = w.kafka;
    if (k && v.kafka.external) {
      const known = <T extends string>(value: string, allowed: readonly T[]) =>
        (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
      v.kafka.securityProtocol = known(k.securityProtocol, KAFKA_SECURITY_PROTOCOLS);
      v.kafka.saslMechanisms = known(k.saslMechanisms, KAFKA_SASL_MECHANISMS);
      v.kafka.saslUsername = k.saslUsername;
    }
  }
  if (v.msgStreamType === 'woodpecker' && w.woodpecker) {
    v.woodpecker.external = !w.woodpecker.embedded;
    const type = w.woodpecker.storageType;
    if (type === 'minio' || type === 'local') v.woodpecker.storageType = type;
  }
  return { ok: true, values: v, notes, documentIndex: 0 };
}
