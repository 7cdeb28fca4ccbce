/**
 * The seam between the front ends and the judge: what runs, whatever the input was. A front end
 * (the operator's manifest: ../operator/resolve/toWhatRuns.ts; Helm values: ../helm/resolve/) reads
 * its input into a `WhatRuns`; the rules about Milvus (judge.ts) read only this. Every fact that a
 * finding can be about carries `at`: a place in the front end's own input, which that front end
 * turns into a line (a manifest path, a values key, a `--set` argument). Plain data.
 */
import type { YamlPath } from '../findings/diagnostics.ts';
import type { DeploymentMode, MsgStreamType } from '../facts/support.ts';
import type { MilvusVersion } from '../facts/versions.ts';

/** Where a fact comes from in the front end's input; null where nothing was written (a default). */
export interface FactRef {
  path: YamlPath;
  /** Point at the key (default) or at its value. */
  part?: 'key' | 'value';
  /**
   * The place holds exactly this fact as one value of its own, so a fix may set it there (a
   * manifest's `brokerList[1]`); unset where the value shares its place (Helm's comma-separated
   * `externalKafka.brokerList`) or lives inside a text (`extraConfigFiles.user.yaml`).
   */
  settable?: boolean;
  /**
   * Where a finding shows, when that is not `path` itself: a setting that is missing shows on the
   * key that asks for it (a manifest's securityProtocol for its missing saslMechanisms).
   */
  anchor?: YamlPath;
}

export type FrontEnd = 'operator' | 'helm';

export interface WhatRunsVersion {
  /** Concrete, for the support table (a stand-in where no number is known). */
  version: MilvusVersion;
  /** "2.6.15", "2.6 or later". */
  label: string;
  /**
   * The input names no version (an image tag such as `master-<date>-<commit>`): `version` is the
   * front end's reading, which picks defaults only, so whether Milvus has a storage is unknown.
   */
  unnamed?: boolean;
  /** Where it was read, in words: "image.all.tag: v2.6.15", "the chart's appVersion (5.0.19: 2.6.15)". */
  origin: string;
  at: FactRef | null;
}

export interface WhatRunsStorage {
  type: MsgStreamType | 'custom';
  side: 'embedded' | 'in-cluster' | 'external' | 'custom';
  /** Why this storage, in words. */
  reason: string;
  /** The key that decided it (what a finding about the storage points at). */
  at: FactRef | null;
  /** How a person names that choice in the input: "msgStreamType is natsmq", "standalone.messageQueue is natsmq". */
  chosen: string;
}

export interface WhatRunsAddress {
  storage: 'pulsar' | 'kafka' | 'woodpecker';
  /** As written (external) or as the front end wires it (in-cluster). */
  raw: string;
  /** The front end wires it itself (an in-cluster release): no shape rule applies. */
  inCluster: boolean;
  /** How the input names it, for messages: "externalPulsar.host:port". */
  label: string;
  /**
   * No other address of the storage can be dialled either, so the front end's readiness check holds
   * Milvus back (the operator's Kafka check passes when one broker answers): a scheme is an error.
   */
  held?: boolean;
  at: FactRef | null;
}

export interface WhatRunsKafkaSecurity {
  securityProtocol: string;
  saslMechanisms: string;
  saslUsername: string;
  saslPassword: string;
  /** A Secret that holds the credentials (operator: spec.dependencies.kafka.secretRef); '' when none. */
  secretRef: string;
  /**
   * The input can name such a Secret (a manifest's spec.dependencies.kafka.secretRef): the findings
   * then say the predicate's words (whatRuns/predicates/kafkaSasl.ts), which name the manifest's
   * keys and that Secret, as the wizard's form and the admission policy do. False where the input
   * has no such field (the chart's values), whose findings name no key.
   */
  secretField: boolean;
  /** Where each is set (or would be set); `password` where it differs from `credentials`. */
  at: {
    protocol: FactRef | null;
    mechanism: FactRef | null;
    credentials: FactRef | null;
    password?: FactRef | null;
  };
}

export interface WhatRunsWoodpecker {
  /** Inside the Milvus pods (true) or as its own service. */
  embedded: boolean;
  /** woodpecker.storage.type as Milvus receives it: minio, local, service. */
  storageType: string;
  /** woodpecker.storage.forceLocalStorage as Milvus receives it (undefined when not set). */
  forceLocalStorage: unknown;
  /** How the input names woodpecker.storage.type, for messages: "spec.config.woodpecker.storage.type". */
  typeLabel: string;
  at: FactRef | null;
}

export interface WhatRunsRelease {
  /** The Helm release or subchart: "pulsarv3", "<name>-pulsar". */
  name: string;
  /** What it is, for a reader: "Apache Pulsar 3.3.0 (subchart pulsar, alias pulsarv3)". */
  chart: string;
  deployed: boolean;
  /** Milvus sends its messages there. */
  used: boolean;
  at: FactRef | null;
}

export interface WhatRunsPersistence {
  /** The embedded storage's data survives a restart of the pod. */
  enabled: boolean;
  /** "a PersistentVolumeClaim of 50Gi at /var/lib/milvus", "an emptyDir". */
  where: string;
  at: FactRef | null;
}

export interface WhatRuns {
  frontEnd: FrontEnd;
  mode: DeploymentMode;
  modeAt: FactRef | null;
  version: WhatRunsVersion;
  storage: WhatRunsStorage;
  addresses: WhatRunsAddress[];
  /** Kafka's client security, when Milvus is on Kafka; null otherwise. */
  kafka: WhatRunsKafkaSecurity | null;
  /** Woodpecker's mode, when Milvus is on Woodpecker; null otherwise. */
  woodpecker: WhatRunsWoodpecker | null;
  /** The message-storage part of the milvus.yaml Milvus receives (mq, messageQueue, the storage sections). */
  config: Record<string, unknown>;
  releases: WhatRunsRelease[];
  /** The local data of an embedded storage in standalone (RocksMQ, NATS, local Woodpecker); null when none. */
  persistence: WhatRunsPersistence | null;
}
