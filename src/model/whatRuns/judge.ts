/**
 * The rules about Milvus, judged once on the description of what runs (types.ts), whichever front
 * end produced it: the storage against mode and version (support.ts), Woodpecker's mode, Kafka SASL
 * without what it needs (whatRuns/predicates/kafkaSasl.ts), the shape of an external address
 * (whatRuns/predicates/addresses.ts), an embedded storage's data without persistence. Each finding
 * points at a fact's `at`; the front end turns that into a line and, for a fix, into its own edit.
 * The conditions and reasons come from their one home (support.ts, the predicates); only the words
 * that name the input come from the description.
 */
import type { FixEdit, Severity } from '../findings/diagnostics.ts';
import type { ReportInput } from '../findings/reporter.ts';
import { addressFinding } from './predicates/addresses.ts';
import { kafkaSaslFindings } from './predicates/kafkaSasl.ts';
import { pulsarAuthWithoutParams, pulsarAuthWithoutParamsMessage } from './predicates/pulsarAuth.ts';
import { woodpeckerLocalRefused } from './predicates/woodpeckerLocal.ts';
import { WOODPECKER_LOCAL_IN_CLUSTER_CHECK } from '../findings/sharedChecks.ts';
import { judgeStorage } from '../findings/storageJudgement.ts';
import { MODE_LABELS, MQ_LABELS, SUPPORT_NOTES, clampMinor } from '../facts/support.ts';
import { woodpeckerServiceRefusal } from './predicates/woodpeckerService.ts';
import type { FactRef, WhatRuns } from './types.ts';

export interface JudgeFinding {
  severity: Severity;
  code: string;
  message: string;
  at: FactRef | null;
  /** Edits in the front end's own paths (the `at` paths of the description). */
  fix?: { title: string; safe: boolean; edits: FixEdit[] };
}

/**
 * A finding as each front end's reporter places it: at its fact's path (a missing key on the key
 * that asks for it), with the fix the front end can apply (null: none, where it cannot write that
 * place).
 */
export function reportOf(f: JudgeFinding, fix: JudgeFinding['fix'] | null = f.fix): ReportInput {
  return {
    severity: f.severity,
    code: f.code,
    message: f.message,
    path: f.at?.path ?? [],
    ...(f.at?.part ? { part: f.at.part } : {}),
    ...(f.at?.anchor ? { anchor: f.at.anchor } : {}),
    ...(fix ? { fix } : {}),
  };
}

type Judgement = (d: WhatRuns) => JudgeFinding[];

function onWhat(d: WhatRuns): string {
  return `in ${MODE_LABELS[d.mode].toLowerCase()} mode on Milvus ${d.version.label} (${d.version.origin})`;
}

/**
 * RocksMQ or NATS in cluster, NATS on 2.6 and later, Woodpecker before 2.6 (the support table's
 * reasons), judged as findings/storageJudgement.ts judges them for "What will run" too: on a version
 * the input does not name, a storage that some versions have is unknown, never refused.
 */
const storageSupport: Judgement = (d) => {
  const { storage } = d;
  if (storage.type === 'custom') return [];
  const judgement = judgeStorage(d.mode, storage.type, {
    version: d.version.version,
    label: d.version.label,
    source: d.version.unnamed ? 'believed' : 'running',
  });
  const { verdict } = judgement;
  const out: JudgeFinding[] = [];
  if (judgement.outcome === 'version-unknown')
    out.push({
      severity: 'warning',
      code: 'storage-version-unknown',
      message: `${storage.chosen} in ${MODE_LABELS[d.mode].toLowerCase()} mode, but ${judgement.unknownBecause}. Use an image whose tag names the version, or check with --milvus-version.`,
      at: storage.at,
    });
  else if (judgement.outcome === 'refused')
    out.push({
      severity: 'error',
      code: 'unsupported-storage',
      message: `${storage.chosen} ${onWhat(d)}: ${verdict.reason}`,
      at: storage.at,
    });
  else if (verdict.status === 'deprecated')
    out.push({
      severity: 'warning',
      code: 'deprecated-storage',
      message: `${storage.chosen} ${onWhat(d)}: ${verdict.reason}`,
      at: storage.at,
    });
  // The docs' advice on NATS goes with every NATS, refused or not: who moves it to a version or
  // mode that runs it still meets it.
  if (storage.type === 'natsmq')
    out.push({
      severity: 'info',
      code: 'nats-experimental',
      message: `${storage.chosen}: ${SUPPORT_NOTES.natsExperimental}`,
      at: storage.at,
    });
  return out;
};

/** Woodpecker as a service: cluster only, from the version the support table names. */
const woodpeckerService: Judgement = (d) => {
  const w = d.woodpecker;
  if (!w || d.storage.type !== 'woodpecker' || w.embedded) return [];
  const refusal = woodpeckerServiceRefusal(d.mode, clampMinor(d.version.version), d.version.unnamed === true);
  if (!refusal) return [];
  return [
    {
      severity: refusal.severity,
      code: refusal.code,
      message: `Woodpecker runs as its own service ${onWhat(d)}: ${refusal.reason}`,
      at: w.at,
    },
  ];
};

/** Embedded Woodpecker on local storage in a cluster (the predicate the wizard asks too). */
const woodpeckerLocal: Judgement = (d) => {
  const w = d.woodpecker;
  if (!w || d.storage.type !== 'woodpecker' || !w.embedded) return [];
  if (!woodpeckerLocalRefused(d.mode, w.storageType, w.forceLocalStorage)) return [];
  return [
    {
      severity: WOODPECKER_LOCAL_IN_CLUSTER_CHECK.severity,
      code: WOODPECKER_LOCAL_IN_CLUSTER_CHECK.code,
      message: WOODPECKER_LOCAL_IN_CLUSTER_CHECK.message(w.typeLabel),
      at: w.at,
      ...(w.at?.settable
        ? {
            fix: {
              title: 'Set woodpecker.storage.type: minio',
              safe: false,
              edits: [{ op: 'set' as const, path: w.at.path, value: 'minio' }],
            },
          }
        : {}),
    },
  ];
};

/** SASL without a mechanism or credentials (the predicate the operator's rule and the wizard ask). */
const kafkaSasl: Judgement = (d) => {
  const k = d.kafka;
  if (!k || d.storage.type !== 'kafka') return [];
  return kafkaSaslFindings({
    protocol: k.securityProtocol,
    mechanism: k.saslMechanisms,
    username: k.saslUsername,
    password: k.saslPassword,
    secretRef: k.secretRef,
  }).map((f) => ({
    severity: f.severity,
    code: f.code,
    message: k.secretField
      ? f.message
      : f.key === 'saslMechanisms'
        ? `The Kafka security protocol is ${k.securityProtocol.toUpperCase()} but no SASL mechanism is set: Milvus cannot authenticate to Kafka and fails to connect. Set the mechanism to PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.`
        : `The Kafka security protocol is ${k.securityProtocol.toUpperCase()} but the SASL ${f.key === 'saslPassword' ? 'password is' : 'username and password are'} not set: Milvus cannot authenticate to Kafka. Set them, or use PLAINTEXT for a broker without SASL.`,
    at:
      f.key === 'saslMechanisms'
        ? k.at.mechanism
        : ((f.key === 'saslPassword' ? k.at.password : undefined) ?? k.at.credentials ?? k.at.protocol),
  }));
};

/** An authPlugin without authParams in the pulsar section Milvus receives (predicates/pulsarAuth.ts). */
const pulsarAuth: Judgement = (d) => {
  const section = d.config.pulsar;
  if (d.storage.type !== 'pulsar' || typeof section !== 'object' || section === null) return [];
  const { authPlugin, authParams } = section as Record<string, unknown>;
  if (!pulsarAuthWithoutParams(authPlugin, authParams)) return [];
  // The keys as each front end's input names them (config.tpl renders externalPulsar's into milvus.yaml).
  const base = d.frontEnd === 'helm' ? ['externalPulsar'] : ['spec', 'config', 'pulsar'];
  const names = {
    plugin: [...base, 'authPlugin'].join('.'),
    params: [...base, 'authParams'].join('.'),
    at: { path: [...base, 'authPlugin'], part: 'value' as const },
  };
  return [
    {
      severity: 'warning',
      code: 'pulsar-auth-without-params',
      message: pulsarAuthWithoutParamsMessage(names.plugin, names.params, authPlugin),
      at: names.at,
    },
  ];
};

/** An address Milvus dials that the user wrote: host:port, no scheme, a real port. */
const addressShapes: Judgement = (d) =>
  d.addresses.flatMap((a) => {
    if (a.inCluster) return [];
    const finding = addressFinding(a.storage, a.raw, a.label, a.held);
    if (!finding) return [];
    const { fix, ...rest } = finding;
    return [
      {
        ...rest,
        at: a.at ? { ...a.at, part: 'value' as const } : null,
        // The address written right, where the input holds this address alone.
        ...(fix && a.at?.settable
          ? {
              fix: {
                title: fix.title,
                safe: fix.safe,
                edits: [{ op: 'set' as const, path: a.at.path, value: fix.value }],
              },
            }
          : {}),
      },
    ];
  });

/** The data of RocksMQ, NATS or local Woodpecker on the pod, and no volume that survives it. */
const embeddedPersistence: Judgement = (d) => {
  const p = d.persistence;
  if (!p || p.enabled) return [];
  return [
    {
      severity: 'warning',
      code: 'no-persistence',
      message: `${MQ_LABELS[d.storage.type === 'custom' ? 'rocksmq' : d.storage.type]} keeps its data on the Milvus pod, and the pod's volume is ${p.where}: messages not yet flushed are lost when the pod restarts. Enable persistence.`,
      at: p.at,
    },
  ];
};

/** Every rule about Milvus, in the order their findings read best. */
export const MILVUS_JUDGEMENTS: readonly { name: string; judge: Judgement }[] = [
  { name: 'storage-support', judge: storageSupport },
  { name: 'woodpecker-service', judge: woodpeckerService },
  { name: 'woodpecker-local', judge: woodpeckerLocal },
  { name: 'kafka-sasl', judge: kafkaSasl },
  { name: 'pulsar-auth', judge: pulsarAuth },
  { name: 'address-shapes', judge: addressShapes },
  { name: 'embedded-persistence', judge: embeddedPersistence },
];

export function judgeMilvus(d: WhatRuns): JudgeFinding[] {
  return MILVUS_JUDGEMENTS.flatMap(({ judge }) => judge(d));
}

/** The families whose errors mean Milvus refuses what it is given when it starts. */
const REFUSED_AT_START = new Set(['storage-support', 'woodpecker-service', 'woodpecker-local']);

/**
 * Why Milvus fails at start with this description, or null: the first error of the families above,
 * so that "What will run" (both front ends' explain) says what check reports.
 */
export function failsAtStart(d: WhatRuns): JudgeFinding | null {
  for (const { name, judge } of MILVUS_JUDGEMENTS) {
    if (!REFUSED_AT_START.has(name)) continue;
    const error = judge(d).find((f) => f.severity === 'error');
    if (error) return error;
  }
  return null;
}
