/**
 * The message-storage part of the milvus.yaml that Milvus receives, and what the operator did to
 * the user's `spec.config` on the way.
 *
 * Order, as in the operator (v1.3.8):
 * 1. apis/milvus.io/v1beta1/milvus_webhook.go `DefaultConf` -> `deleteUnsettableConf` removes
 *    `pulsar.address` and `pulsar.port` from spec.config.
 * 2. pkg/controllers/configmaps.go `updateConfigMap` merges spec.config, then per msgStreamType:
 *    Kafka writes `kafka.brokerList` (and, with `secretRef`, `kafka.saslUsername`/`saslPassword` read
 *    from the Secret) and deletes `pulsar` and `rocksmq`; Pulsar writes `pulsar.address`/`pulsar.port`
 *    split from `endpoint` (util.GetHostPort) and deletes `kafka` and `rocksmq`; RocksMQ deletes
 *    `pulsar` and `kafka`; Woodpecker deletes `pulsar`, `kafka` and `rocksmq` and, when external,
 *    writes `woodpecker.storage.type: service` and the quorum pools as JSON; NATS and custom delete
 *    nothing. For every type but custom it overwrites `mq.type` and `messageQueue`.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import { isRecord } from './operatorVersion.ts';
import type { Address, ConfigChange, MilvusConfigView, StorageType } from './types.ts';

type Obj = Record<string, unknown>;

const CONFIG: YamlPath = ['spec', 'config'];

/** spec.config.pulsar keys only the operator may set (from dependencies.pulsar.endpoint); defaulting removes them. */
export const OPERATOR_ONLY_PULSAR_KEYS = ['address', 'port'] as const;

/** The sections each storage deletes from the config. */
export const DELETED_SECTIONS: Record<StorageType, readonly string[]> = {
  kafka: ['pulsar', 'rocksmq'],
  pulsar: ['kafka', 'rocksmq'],
  rocksmq: ['pulsar', 'kafka'],
  woodpecker: ['pulsar', 'kafka', 'rocksmq'],
  natsmq: [],
  custom: [],
};

/** Keys Milvus reads from a section for every message storage, not just that section's own. */
const SHARED_KEYS: Record<string, Record<string, string>> = {
  pulsar: {
    // milvus-io/milvus#51095: Milvus reads pulsar.maxMessageSize as the split size of every message.
    maxMessageSize:
      'Milvus reads pulsar.maxMessageSize as the size at which it splits every message, whatever the message storage (milvus-io/milvus#51095): without it Milvus falls back to its default',
  },
};

export interface ConfigInputs {
  type: StorageType;
  /** spec.config (free-form milvus.yaml), as written. */
  config: Obj;
  /** The addresses the operator uses for the storage in effect. */
  addresses: readonly Address[];
  kafkaSecretRef: string;
  woodpeckerExternal: boolean;
  quorumBufferPools: unknown;
}

export function milvusConfig(input: ConfigInputs): MilvusConfigView {
  const { type, config } = input;
  const changes: ConfigChange[] = [];
  const section = (name: string): Obj => (isRecord(config[name]) ? { ...(config[name] as Obj) } : {});
  const out: Obj = {};

  // 1. Defaulting removes what only the operator may set.
  const pulsar = section('pulsar');
  for (const key of OPERATOR_ONLY_PULSAR_KEYS) {
    if (!(key in pulsar)) continue;
    // Where the whole section goes anyway (step 3), that deletion says it once.
    if (type !== 'pulsar' && !DELETED_SECTIONS[type].includes('pulsar')) {
      changes.push({
        op: 'delete',
        key: `pulsar.${key}`,
        userValue: pulsar[key],
        userPath: [...CONFIG, 'pulsar', key],
        reason: `the operator's defaulting removes pulsar.${key} from spec.config (deleteUnsettableConf): only dependencies.pulsar.endpoint sets it`,
      });
    }
    delete pulsar[key];
  }

  // 2. Per storage: what the operator writes.
  const write = (key: string, value: unknown, reason: string, userValue?: unknown) => {
    const [head, ...rest] = key.split('.');
    const userPath = [...CONFIG, head!, ...rest];
    if (userValue !== undefined && !sameValue(userValue, value)) {
      changes.push({ op: 'overwrite', key, value, userValue, userPath, reason });
    } else {
      changes.push({ op: 'write', key, value, reason });
    }
  };
  if (type === 'kafka') {
    const kafka = section('kafka');
    const brokers = input.addresses.map((a) => a.raw);
    write('kafka.brokerList', brokers, 'from spec.dependencies.kafka.brokerList', kafka.brokerList);
    kafka.brokerList = brokers;
    if (input.kafkaSecretRef !== '') {
      const from = `from the username and password keys of Secret ${input.kafkaSecretRef}`;
      write('kafka.saslUsername', `<username in Secret ${input.kafkaSecretRef}>`, from, kafka.saslUsername);
      write('kafka.saslPassword', `<password in Secret ${input.kafkaSecretRef}>`, from, kafka.saslPassword);
      kafka.saslUsername = `<username in Secret ${input.kafkaSecretRef}>`;
      kafka.saslPassword = `<password in Secret ${input.kafkaSecretRef}>`;
    }
    out.kafka = kafka;
  } else if (type === 'pulsar') {
    const address = input.addresses[0];
    const original = section('pulsar');
    if (address) {
      const why = `split from dependencies.pulsar.endpoint${address.portFallback ? ': it has no port the operator can read, so it writes port 80' : ''}`;
      write('pulsar.address', address.host, why, original.address);
      write('pulsar.port', address.port, why, original.port);
      pulsar.address = address.host;
      pulsar.port = address.port;
    }
    out.pulsar = pulsar;
  } else if (type === 'rocksmq') {
    out.rocksmq = section('rocksmq');
  } else if (type === 'natsmq') {
    if (isRecord(config.natsmq)) out.natsmq = config.natsmq;
  } else if (type === 'woodpecker') {
    const woodpecker = structuredClonePlain(section('woodpecker'));
    if (input.woodpeckerExternal) {
      const storage = isRecord(woodpecker.storage) ? woodpecker.storage : {};
      write(
        'woodpecker.storage.type',
        'service',
        'the Woodpecker service mode (dependencies.woodpecker.external: true)',
        storage.type,
      );
      const pools = JSON.stringify(input.quorumBufferPools ?? []);
      const client = isRecord(woodpecker.client) ? woodpecker.client : {};
      const quorum = isRecord(client.quorum) ? client.quorum : {};
      write(
        'woodpecker.client.quorum.quorumBufferPools',
        pools,
        'dependencies.woodpecker.quorumBufferPools as JSON',
        quorum.quorumBufferPools,
      );
      woodpecker.storage = { ...storage, type: 'service' };
      woodpecker.client = { ...client, quorum: { ...quorum, quorumBufferPools: pools } };
    }
    if (Object.keys(woodpecker).length > 0) out.woodpecker = woodpecker;
  }

  // 3. The sections deleted for the storage in effect.
  for (const name of DELETED_SECTIONS[type]) {
    const user = config[name];
    if (user === undefined) continue;
    const shared = SHARED_KEYS[name] ?? {};
    const lostShared = isRecord(user) ? Object.keys(user).filter((k) => k in shared) : [];
    const keys = isRecord(user) ? Object.keys(user) : [];
    changes.push({
      op: 'delete',
      key: name,
      userValue: user,
      userPath: [...CONFIG, name],
      reason:
        `the operator deletes the ${name} section for msgStreamType ${type}` +
        (keys.length > 0 ? `, so Milvus never receives ${keys.map((k) => `${name}.${k}`).join(', ')}` : '') +
        (lostShared.length > 0 ? `. ${lostShared.map((k) => shared[k]).join('. ')}` : ''),
    });
  }

  // 4. mq.type and messageQueue name the storage for Milvus.
  if (type !== 'custom') {
    const mq = section('mq');
    write('mq.type', type, 'the operator always names the storage in effect', mq.type);
    write('messageQueue', type, 'the operator always names the storage in effect', config.messageQueue);
    out.mq = { ...mq, type };
    out.messageQueue = type;
  } else {
    if (isRecord(config.mq)) out.mq = config.mq;
    if (config.messageQueue !== undefined) out.messageQueue = config.messageQueue;
  }
  return { changes, messageStorage: orderKeys(out) };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false; // a BigInt or a cycle: not the operator's plain value
  }
}

/** A copy deep enough for the nested writes below (storage, client.quorum). */
function structuredClonePlain(o: Obj): Obj {
  const copy: Obj = { ...o };
  for (const key of ['storage', 'client']) if (isRecord(copy[key])) copy[key] = { ...(copy[key] as Obj) };
  return copy;
}

/** mq and messageQueue first, then the storage section: how a reader scans milvus.yaml. */
function orderKeys(o: Obj): Obj {
  const order = ['mq', 'messageQueue', 'pulsar', 'kafka', 'rocksmq', 'natsmq', 'woodpecker'];
  return Object.fromEntries(order.filter((k) => k in o).map((k) => [k, o[k]]));
}
