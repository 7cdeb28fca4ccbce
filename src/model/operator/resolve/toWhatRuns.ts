/**
 * The operator front end's side of the seam: the resolution stage's view of a manifest
 * (../resolve/, milvus-operator v1.3.8) as the neutral description of what runs. Paths are the
 * manifest's, so a finding of the judge lands on the manifest's line.
 */
import type { ResolvedMilvus } from './types.ts';
import { MQ_LABELS } from '../../facts/support.ts';
import { isAddressStorage } from '../../findings/sharedChecks.ts';
import { formatPath } from '../../findings/diagnostics.ts';
import type { FactRef, WhatRuns } from '../../whatRuns/types.ts';

const DEPS = ['spec', 'dependencies'] as const;
const CONFIG = ['spec', 'config'] as const;
const KAFKA_PROTOCOL = [...CONFIG, 'kafka', 'securityProtocol'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export function describeOperator(r: ResolvedMilvus, secretRef = ''): WhatRuns {
  const s = r.storage;
  // A default the file does not write down: the words that chose it (spec.mode, else the kind).
  const storageAt: FactRef = s.explicit
    ? { path: [...DEPS, 'msgStreamType'], part: 'value' }
    : s.type !== 'custom' && s.blocks.includes(s.type)
      ? { path: [...DEPS, s.type] }
      : {
          path: r.mode === 'cluster' && r.form !== 'milviscluster-v1alpha1' ? ['spec', 'mode'] : ['kind'],
          part: 'value',
        };
  // The readiness check dials no broker at all (resolve.ts readiness): a broker's own place is held.
  const brokersHeld = r.readiness.held.some((h) => h.path.length === DEPS.length + 3);
  const mq = r.config.messageStorage;
  const kafka = isRecord(mq.kafka) ? mq.kafka : {};
  const woodpecker = isRecord(mq.woodpecker) ? mq.woodpecker : {};
  const woodpeckerStorage = isRecord(woodpecker.storage) ? woodpecker.storage : {};
  return {
    frontEnd: 'operator',
    mode: r.mode,
    modeAt:
      r.form === 'milvus-v1beta1'
        ? { path: ['spec', 'mode'], part: 'value' }
        : { path: ['kind'], part: 'value' },
    version: {
      version: r.judged.version,
      label: r.judged.label,
      origin: r.judged.origin,
      unnamed: r.judged.source === 'believed',
      at: r.believed.path ? { path: r.believed.path, part: 'value' } : null,
    },
    storage: {
      type: s.type,
      side: s.side,
      reason: s.reason,
      at: storageAt,
      chosen: s.explicit
        ? `msgStreamType is ${String(s.declared)}`
        : `${s.type === 'custom' ? 'A custom storage' : MQ_LABELS[s.type]} is what the operator picks`,
    },
    // An external Pulsar without an endpoint has no address: external-without-endpoint says so
    // (rules/externalEndpoints.ts). Each address is named by its place, and a fix may set it there.
    addresses: r.addresses.flatMap((a) =>
      isAddressStorage(a.storage) && !(a.storage === 'pulsar' && !a.inCluster && a.raw.trim() === '')
        ? [
            {
              storage: a.storage,
              raw: a.raw,
              inCluster: a.inCluster,
              label: a.path ? formatPath(a.path) : a.role,
              held: a.storage === 'kafka' && !a.inCluster && brokersHeld,
              at: a.path ? { path: a.path, settable: true } : null,
            },
          ]
        : [],
    ),
    kafka:
      s.type === 'kafka'
        ? {
            securityProtocol: text(kafka.securityProtocol),
            saslMechanisms: text(kafka.saslMechanisms),
            saslUsername: text(kafka.saslUsername),
            saslPassword: text(kafka.saslPassword),
            secretRef,
            secretField: true,
            // A missing setting shows on securityProtocol, which asks for it (rules/kafkaSecurity.ts).
            at: {
              protocol: { path: [...CONFIG, 'kafka', 'securityProtocol'] },
              mechanism: { path: [...CONFIG, 'kafka', 'saslMechanisms'], anchor: KAFKA_PROTOCOL },
              credentials: { path: [...DEPS, 'kafka', 'secretRef'], anchor: KAFKA_PROTOCOL },
              password: { path: [...CONFIG, 'kafka', 'saslPassword'], anchor: KAFKA_PROTOCOL },
            },
          }
        : null,
    woodpecker:
      s.type === 'woodpecker'
        ? {
            embedded: s.side !== 'external',
            storageType: text(woodpeckerStorage.type) || (s.side === 'external' ? 'service' : 'minio'),
            forceLocalStorage: woodpeckerStorage.forceLocalStorage,
            typeLabel: 'spec.config.woodpecker.storage.type',
            at:
              s.side === 'external'
                ? { path: [...DEPS, 'woodpecker', 'external'] }
                : { path: [...CONFIG, 'woodpecker', 'storage', 'type'], part: 'value', settable: true },
          }
        : null,
    config: mq,
    releases: r.helmReleases.map((h) => ({
      name: h.name,
      chart: `${h.chart} (${h.chartVersion})`,
      deployed: true, // the operator installs only the release of the storage in effect
      used: h.storage === s.type,
      at: { path: [...DEPS, h.storage] },
    })),
    // The operator's own rule (checker/rules/embeddedPersistence.ts) judges persistence with the
    // operator's defaults; the description leaves it to that rule until it reads from here.
    persistence: null,
  };
}
