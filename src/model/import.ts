/**
 * Manifest YAML -> wizard values, so that a manifest can be opened in the wizard. Reads the first
 * Milvus resource of a stream. Only the storage that will really run is read (as the operator
 * resolves it); the other storages keep the wizard's defaults, and whatever the wizard does not
 * model stays in the manifest, untouched by later edits (see `mergeIntoManifest`).
 */
import { parseStream } from './yaml/parseStream.ts';
import { toPlain } from './yaml/toPlain.ts';
import { Resolver } from './yaml/yamlNav.ts';
import { componentsPath, MILVUS_GROUP, rocksmqPersistenceBase } from './layout.ts';
import { resolve, type ResolvedMilvus } from './resolve/index.ts';
import { PULSAR_CHART_VERSIONS, clampMinor, operatorDefaultStorage, type MsgStreamType } from './support.ts';
import {
  KAFKA_SASL_MECHANISMS,
  KAFKA_SECURITY_PROTOCOLS,
  DELETION_POLICIES,
  WOODPECKER_STORAGE_TYPES,
  defaultValues,
  type WizardValues,
} from './values.ts';

export type ImportResult =
  | {
      ok: true;
      values: WizardValues;
      notes: string[];
      documentIndex: number;
      /** msgStreamType as the file writes it, when it is a value the wizard does not model ("foo"). */
      unknownMsgStreamType?: string;
    }
  | { ok: false; error: string; line?: number; column?: number };

/** Bounds the work on hostile input; the checker explains such input in detail. */
const MAX_IMPORT_CHARS = 2_000_000;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads typed values out of an untyped tree, noting every value of the wrong type. */
class Reader {
  readonly notes: string[] = [];
  constructor(private readonly root: Obj) {}

  get(path: string[]): unknown {
    let node: unknown = this.root;
    for (const key of path) {
      if (!isObj(node) || !Object.hasOwn(node, key)) return undefined;
      node = node[key];
    }
    return node;
  }

  private wrong(path: string[], expected: string): undefined {
    this.notes.push(`${path.join('.')} is not ${expected}; the wizard leaves it as it is.`);
    return undefined;
  }

  str(path: string[]): string {
    const v = this.get(path);
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    this.wrong(path, 'a string');
    return '';
  }

  bool(path: string[]): boolean | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    return this.wrong(path, 'true or false');
  }

  int(path: string[]): number | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
    if (typeof v === 'string' && /^\d+$/.test(v.trim()) && Number.isSafeInteger(Number(v))) return Number(v);
    return this.wrong(path, 'a whole number');
  }

  oneOf<T extends string>(path: string[], allowed: readonly T[]): T | undefined {
    const v = this.get(path);
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    return this.wrong(path, `one of ${allowed.join(', ')}`);
  }

  strings(path: string[]): string[] {
    const v = this.get(path);
    if (v === undefined || v === null) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    this.wrong(path, 'a list of strings');
    return [];
  }
}

export function importManifest(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: 'The manifest is too large to open in the wizard (over 2 MB).' };
  }
  // The checker's parse, with its bounds: size, binary data, nesting depth (the YAML library's
  // composer recurses), syntax, unresolvable aliases and alias bombs.
  let parsed;
  try {
    parsed = parseStream(text);
  } catch (e) {
    return { ok: false, error: `The YAML cannot be read: ${(e as Error).message}` };
  }
  const fatal = parsed.diagnostics.find((d) => d.severity === 'error');
  if (fatal) {
    return {
      ok: false,
      error: `Line ${fatal.line}: ${fatal.message}`,
      line: fatal.line,
      column: fatal.column,
    };
  }
  for (const { doc, index, aliasTargets } of parsed.documents) {
    let root: unknown;
    try {
      root = toPlain(new Resolver(doc, aliasTargets), doc.contents);
    } catch (e) {
      return { ok: false, error: `Document ${index + 1} cannot be read: ${(e as Error).message}` };
    }
    if (!isObj(root)) continue;
    const apiVersion = root.apiVersion;
    const kind = root.kind;
    if (typeof apiVersion !== 'string' || !apiVersion.startsWith(`${MILVUS_GROUP}/`)) continue;
    if (kind !== 'Milvus' && kind !== 'MilvusCluster') continue;
    return { ok: true, documentIndex: index, ...readValues(root, apiVersion, kind) };
  }
  return {
    ok: false,
    error: 'No Milvus resource (apiVersion milvus.io/..., kind Milvus or MilvusCluster) in this YAML.',
  };
}

function readValues(root: Obj, apiVersion: string, kind: 'Milvus' | 'MilvusCluster') {
  const r = new Reader(root);
  const v = defaultValues();
  const notes = r.notes;

  v.apiVersion = apiVersion === `${MILVUS_GROUP}/v1beta1` ? 'v1beta1' : 'v1alpha1';
  if (v.apiVersion === 'v1beta1') {
    v.mode = r.oneOf(['spec', 'mode'], ['standalone', 'cluster'] as const) ?? 'standalone';
  } else {
    v.mode = kind === 'MilvusCluster' ? 'cluster' : 'standalone';
  }
  v.name = r.str(['metadata', 'name']);
  v.namespace = r.str(['metadata', 'namespace']);

  const components = componentsPath(v).map(String);
  v.image = r.str([...components, 'image']);
  // Version and storage as the checker sees them: one resolution stage, so the two cannot disagree.
  const resolved = resolve(root);
  v.milvusVersion = clampMinor(resolved.judged.version);
  if (resolved.judged.source === 'running' && resolved.running.every((run) => run.source === 'default')) {
    notes.push(`No image is set: the operator runs its default image, Milvus ${resolved.judged.label}.`);
  } else if (resolved.judged.source === 'believed') {
    notes.push(
      `The image "${v.image}" has no version tag; the operator reads it as Milvus ${resolved.judged.label}, and the wizard shows Milvus ${v.milvusVersion}.`,
    );
  }
  v.msgStreamType = storageFor(resolved, notes);
  const declared = resolved.storage.declared;
  const unknown =
    declared !== undefined && declared !== null && declared !== '' && declared !== v.msgStreamType;

  const read = READERS[v.msgStreamType];
  read(r, v);
  return { values: v, notes, ...(unknown ? { unknownMsgStreamType: String(declared) } : {}) };
}

function storageFor(resolved: ResolvedMilvus, notes: string[]): MsgStreamType {
  const { storage, mode } = resolved;
  if (storage.explicit && storage.type !== 'custom') return storage.type;
  const fallback = operatorDefaultStorage(mode, resolved.believed.atLeast26);
  if (!storage.explicit && !storage.invalid) {
    notes.push(`msgStreamType is not set: the operator resolves it to ${storage.type}.`);
    return storage.type as MsgStreamType;
  }
  notes.push(
    `msgStreamType "${String(storage.declared)}" is not one the wizard models; it shows ${fallback} and leaves the manifest's value alone.`,
  );
  return fallback;
}

const DEPS = ['spec', 'dependencies'];
const CONFIG = ['spec', 'config'];

function readPersistence(r: Reader, base: string[], target: WizardValues['rocksmq']['persistence']): void {
  const pvc = [...base, 'persistence', 'persistentVolumeClaim'];
  // Absent means off: that is the operator's default, not the wizard's.
  target.enabled = r.bool([...base, 'persistence', 'enabled']) ?? false;
  if (!target.enabled) return;
  target.pvcDeletion = r.bool([...base, 'persistence', 'pvcDeletion']) ?? false;
  target.existingClaim = r.str([...pvc, 'existingClaim']);
  target.storageClassName = r.str([...pvc, 'spec', 'storageClassName']);
  target.storageSize = r.str([...pvc, 'spec', 'resources', 'requests', 'storage']);
}

function readLifecycle(
  r: Reader,
  base: string[],
  target: { deletionPolicy?: string; pvcDeletion?: boolean },
): void {
  target.deletionPolicy = r.oneOf([...base, 'inCluster', 'deletionPolicy'], DELETION_POLICIES);
  target.pvcDeletion = r.bool([...base, 'inCluster', 'pvcDeletion']);
}

const READERS: Record<MsgStreamType, (r: Reader, v: WizardValues) => void> = {
  rocksmq(r, v) {
    readPersistence(r, rocksmqPersistenceBase(v).map(String), v.rocksmq.persistence);
    v.rocksmq.retentionTimeInMinutes = r.int([...CONFIG, 'rocksmq', 'retentionTimeInMinutes']);
    v.rocksmq.retentionSizeInMB = r.int([...CONFIG, 'rocksmq', 'retentionSizeInMB']);
  },
  natsmq(r, v) {
    readPersistence(r, [...DEPS, 'natsmq'], v.natsmq.persistence);
    const s = [...CONFIG, 'natsmq', 'server'];
    const server = v.natsmq.server;
    server.port = r.int([...s, 'port']);
    server.storeDir = r.str([...s, 'storeDir']);
    server.maxFileStore = r.int([...s, 'maxFileStore']);
    server.maxPayload = r.int([...s, 'maxPayload']);
    server.maxPending = r.int([...s, 'maxPending']);
    server.initializeTimeout = r.int([...s, 'initializeTimeout']);
    server.monitor.trace = r.bool([...s, 'monitor', 'trace']);
    server.monitor.debug = r.bool([...s, 'monitor', 'debug']);
    server.monitor.logTime = r.bool([...s, 'monitor', 'logTime']);
    server.monitor.logFile = r.str([...s, 'monitor', 'logFile']);
    server.monitor.logSizeLimit = r.int([...s, 'monitor', 'logSizeLimit']);
    server.retention.maxAge = r.int([...s, 'retention', 'maxAge']);
    server.retention.maxBytes = r.int([...s, 'retention', 'maxBytes']);
    server.retention.maxMsgs = r.int([...s, 'retention', 'maxMsgs']);
  },
  pulsar(r, v) {
    const base = [...DEPS, 'pulsar'];
    const p = v.pulsar;
    p.external = r.bool([...base, 'external']) ?? false;
    if (p.external) {
      p.endpoint = r.str([...base, 'endpoint']);
      return;
    }
    const c = p.inCluster;
    const values = [...base, 'inCluster', 'values'];
    const res = [...values, 'bookkeeper', 'resources'];
    const broker = [...values, 'broker', 'configData'];
    c.chartVersion = r.oneOf([...base, 'inCluster', 'chartVersion'], PULSAR_CHART_VERSIONS);
    readLifecycle(r, base, c);
    c.autorecovery = r.bool([...values, 'components', 'autorecovery']);
    c.zookeeperReplicas = r.int([...values, 'zookeeper', 'replicaCount']);
    c.bookkeeperReplicas = r.int([...values, 'bookkeeper', 'replicaCount']);
    c.brokerReplicas = r.int([...values, 'broker', 'replicaCount']);
    c.proxyReplicas = r.int([...values, 'proxy', 'replicaCount']);
    c.bookkeeperResources.limitsCpu = r.str([...res, 'limits', 'cpu']);
    c.bookkeeperResources.limitsMemory = r.str([...res, 'limits', 'memory']);
    c.bookkeeperResources.requestsCpu = r.str([...res, 'requests', 'cpu']);
    c.bookkeeperResources.requestsMemory = r.str([...res, 'requests', 'memory']);
    c.autoSkipNonRecoverableData = r.bool([...broker, 'autoSkipNonRecoverableData']);
    c.ensembleSize = r.int([...broker, 'managedLedgerDefaultEnsembleSize']);
    c.writeQuorum = r.int([...broker, 'managedLedgerDefaultWriteQuorum']);
    c.ackQuorum = r.int([...broker, 'managedLedgerDefaultAckQuorum']);
  },
  kafka(r, v) {
    const base = [...DEPS, 'kafka'];
    const config = [...CONFIG, 'kafka'];
    const k = v.kafka;
    k.external = r.bool([...base, 'external']) ?? false;
    if (k.external) {
      k.brokerList = r.strings([...base, 'brokerList']);
    } else {
      readLifecycle(r, base, k.inCluster);
      k.inCluster.replicaCount = r.int([...base, 'inCluster', 'values', 'replicaCount']);
      const values = r.get([...base, 'inCluster', 'values']);
      k.inCluster.extraValues = isObj(values)
        ? Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'replicaCount'))
        : {};
    }
    k.secretRef = r.str([...base, 'secretRef']);
    k.securityProtocol = r.oneOf([...config, 'securityProtocol'], KAFKA_SECURITY_PROTOCOLS);
    k.saslMechanisms = r.oneOf([...config, 'saslMechanisms'], KAFKA_SASL_MECHANISMS);
    k.saslUsername = r.str([...config, 'saslUsername']);
    k.saslPassword = r.str([...config, 'saslPassword']);
    k.tls.enabled = r.bool([...config, 'ssl', 'enabled']);
    k.tls.tlsCert = r.str([...config, 'ssl', 'tlsCert']);
    k.tls.tlsKey = r.str([...config, 'ssl', 'tlsKey']);
    k.tls.tlsCaCert = r.str([...config, 'ssl', 'tlsCaCert']);
    k.tls.tlsKeyPassword = r.str([...config, 'ssl', 'tlsKeyPassword']);
  },
  woodpecker(r, v) {
    const base = [...DEPS, 'woodpecker'];
    const w = v.woodpecker;
    w.external = r.bool([...base, 'external']) ?? false;
    const pools = r.get([...base, 'quorumBufferPools']);
    if (w.external && Array.isArray(pools)) {
      w.quorumBufferPools = pools.filter(isObj).map((pool) => ({
        name: typeof pool.name === 'string' ? pool.name : '',
        seeds: Array.isArray(pool.seeds) ? pool.seeds.filter((s): s is string => typeof s === 'string') : [],
      }));
    }
    if (!w.external)
      w.storageType = r.oneOf([...CONFIG, 'woodpecker', 'storage', 'type'], WOODPECKER_STORAGE_TYPES);
  },
};
