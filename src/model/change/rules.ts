/**
 * What a change does to a running Milvus: one row per consequence, each a predicate over the
 * resolved views before and after `kubectl apply` (and of a fresh install of the new file), with
 * its code, severity, message, where it points in the new file, and the source it follows.
 *
 * `objectsAlone` marks the rules that the old and new objects alone decide, so that an admission
 * policy on UPDATE (CEL's `oldObject` against `object`) can hold them too; the others need the
 * user's file (what it names) and are only for this diff.
 */
import type { Fix, Severity, YamlPath } from '../findings/diagnostics.ts';
import { MODE_LABELS, MQ_LABELS, supportForVersion } from '../facts/support.ts';
import {
  STREAMING_SINCE,
  WAL_SWITCH_SINCE,
  atLeastMinor,
  compareVersions,
  formatVersion,
  type MilvusMinor,
  type MilvusVersion,
} from '../facts/versions.ts';
import { walSwitchVerdict } from './walSwitch.ts';
import {
  claimChanged,
  embeddedPvcDeletion,
  inClusterPulsar,
  now,
  onUpdate,
  persistenceOn,
  pulsarV3,
  releaseDeletes,
  releasePvcDeletion,
  supportedSwitch,
  unsupported,
  was,
} from '../operator/policy/updateCel.ts';
import type { ResolvedView, StorageInEffect } from './view.ts';
import { OPERATOR_ACCEPTS, OPERATOR_WORDS, type ChangeWords } from './words.ts';

export interface ChangeContext {
  /** What runs now: the live object, or the operator's defaults over the old file. */
  before: ResolvedView;
  /** What runs once NEW is applied: kubectl's merge into the live object, then the operator's defaults. */
  after: ResolvedView;
  /** What a fresh install of NEW would run. */
  fresh: ResolvedView;
  /** Who carries the change out, in words (default: the operator after kubectl apply). */
  words?: ChangeWords;
}

const wordsOf = (c: ChangeContext): ChangeWords => c.words ?? OPERATOR_WORDS;

/**
 * A change rule as the admission policy holds it on UPDATE: CEL over the old and the new object
 * (policy/updateCel.ts), and the message with what the policy can name (not the values, which the
 * diff names).
 */
export interface ChangeAdmission {
  /** Names the validation in tests and docs: unique. */
  id: string;
  severity: 'error' | 'warning';
  subject: string;
  message(subject: string): string;
  /** True when the change passes (always on CREATE). */
  expression: string;
}

export interface ChangeRule {
  code: string;
  source: string;
  objectsAlone: boolean;
  /** For the rules the objects alone decide: their validations in the admission policy. */
  admission: readonly ChangeAdmission[];
  applies(c: ChangeContext): boolean;
  severity(c: ChangeContext): Severity;
  message(c: ChangeContext): string;
  path(c: ChangeContext): YamlPath;
  /**
   * An edit of NEW that answers it, where one is clear (paths inside the resource). Never one that
   * is itself an error of the checker: fixesNeverErr.property.test.ts applies every one and checks.
   */
  fix?(c: ChangeContext): Fix | null;
}

const DEPS = ['spec', 'dependencies'];

export function storageLabel(type: StorageInEffect): string {
  return type === 'custom' ? 'a custom message storage' : MQ_LABELS[type];
}

function v(version: MilvusVersion): string {
  return formatVersion(version);
}

/** The older of the two versions: a switch runs on the Milvus that runs now, and must land on one that has it. */
function switchVersion(c: ChangeContext): MilvusVersion {
  return compareVersions(c.before.version, c.after.version) <= 0 ? c.before.version : c.after.version;
}

function lostWith(before: ResolvedView, words: ChangeWords): string {
  const s = before.storage;
  if (s === 'rocksmq' || s === 'natsmq')
    return `the ${storageLabel(s)} data on the Milvus pod (messages not yet flushed to object storage)`;
  if (s === 'woodpecker')
    return before.woodpeckerService
      ? 'the log in the Woodpecker service'
      : "Woodpecker's log (messages not yet flushed)";
  if (s === 'pulsar' || s === 'kafka') {
    const external = s === 'pulsar' ? before.pulsarExternal : before.kafkaExternal;
    // The topics are not deleted: Milvus loses what it has not flushed and its positions in them.
    return `its messages not yet flushed to object storage and its positions in the old topics (the topics themselves stay in the ${external ? 'external' : 'in-cluster'} ${storageLabel(s)}${
      external ? '' : words.inClusterLeftBehind
    })`;
  }
  return 'the messages in the custom storage';
}

// No #50217 here: the switch verdict's summary names it once.
const LOST_POSITIONS =
  'Milvus keeps its channel positions for the old storage in etcd; after such a change collections may no longer load (milvus-io/milvus#26002, closed as by design).';

function unsupportedReason(view: ResolvedView): string | null {
  if (view.storage === 'custom') return null;
  const verdict = supportForVersion(view.mode, view.storage, view.version);
  return verdict.status === 'unsupported' ? verdict.reason : null;
}

function isSupported(view: ResolvedView): boolean {
  return unsupportedReason(view) === null;
}

export function crosses(c: ChangeContext, minor: MilvusMinor): 'up' | 'down' | null {
  const was = atLeastMinor(c.before.version, minor);
  const now = atLeastMinor(c.after.version, minor);
  return was === now ? null : now ? 'up' : 'down';
}

const STORAGE_CHANGE_SUBJECT = 'The message storage in effect (msgStreamType) changes on a running Milvus';

export const CHANGE_RULES: readonly ChangeRule[] = [
  {
    code: 'storage-change',
    source:
      'Milvus docs switch-mq-type.md (the switch: 3.0+, Woodpecker and one other); milvus-io/milvus#50217, #26002; milvus-operator v1.3.8 ValidateUpdate compares nothing',
    objectsAlone: true,
    applies: (c) => c.before.storage !== c.after.storage,
    severity: (c) =>
      walSwitchVerdict(c.after.mode, c.before.storage, c.after.storage, switchVersion(c)).kind === 'supported'
        ? 'warning'
        : 'error',
    message: (c) => {
      const from = storageLabel(c.before.storage);
      const to = storageLabel(c.after.storage);
      const verdict = walSwitchVerdict(c.after.mode, c.before.storage, c.after.storage, switchVersion(c));
      const words = wordsOf(c);
      const head = `This changes the message storage of a running Milvus from ${from} to ${to}. ${words.accepts}: ${words.whenApplied(c.after, c.after.storage)}.`;
      if (verdict.kind === 'supported')
        return `${head} ${verdict.summary} ${words.notDirectly}, or Milvus loses ${lostWith(c.before, words)}.`;
      return `${head} ${verdict.summary} ${words.carryingOutLoses} ${lostWith(c.before, words)}. ${LOST_POSITIONS}`;
    },
    path: () => [...DEPS, 'msgStreamType'],
    fix: (c) =>
      c.before.storage !== 'custom' &&
      walSwitchVerdict(c.after.mode, c.before.storage, c.after.storage, switchVersion(c)).kind !==
        'supported' &&
      supportForVersion(c.after.mode, c.before.storage, c.after.version).status !== 'unsupported'
        ? {
            title: `Keep msgStreamType: ${c.before.storage}, the storage that runs now`,
            safe: false,
            edits: [{ op: 'set', path: [...DEPS, 'msgStreamType'], value: c.before.storage }],
          }
        : null,
    admission: [
      {
        id: 'storage-change',
        severity: 'error',
        subject: STORAGE_CHANGE_SUBJECT,
        message: (s) =>
          `${s}: ${OPERATOR_ACCEPTS}; with updateConfigMapOnly (the operator's default) it rewrites Milvus's ConfigMap at once and the pods take the new storage at their next restart. Milvus cannot switch this pair while it keeps its data: before ${WAL_SWITCH_SINCE.major}.${WAL_SWITCH_SINCE.minor} there is no switch at all, and from then on only between Woodpecker and one other storage (Milvus docs, switch-mq-type.md). Applying it loses the old storage's unflushed data and Milvus's positions in it; from ${STREAMING_SINCE} on mq.type is fixed once chosen (milvus-io/milvus#50217). ${LOST_POSITIONS}`,
        expression: onUpdate(`${was('mq')} != ${now('mq')}`, `!${supportedSwitch}`),
      },
      {
        id: 'storage-switch',
        severity: 'warning',
        subject: STORAGE_CHANGE_SUBJECT,
        message: (s) =>
          `${s}: Milvus can switch this pair with the switch procedure (Milvus docs, switch-mq-type.md), but not by this update alone. Follow the switch plan (milvus-mq diff prints it): switch first, then change msgStreamType, or Milvus loses the old storage's data.`,
        expression: onUpdate(`${was('mq')} != ${now('mq')}`, supportedSwitch),
      },
    ],
  },
  {
    code: 'storage-kept-by-apply',
    source:
      'kubectl apply three-way merge with last-applied-configuration; milvus-operator v1.3.8 Default() written back by pkg/controllers/milvus_controller.go',
    objectsAlone: false,
    applies: (c) => !c.fresh.storageNamed && c.after.storage !== c.fresh.storage,
    severity: () => 'warning',
    message: (c) => {
      const kept = `This file names no msgStreamType, so kubectl apply keeps the live one, ${c.after.storage}: the operator wrote it into the resource when it was created (the last applied configuration does not have it). A fresh install of this file would get ${storageLabel(c.fresh.storage)} (${MODE_LABELS[c.fresh.mode].toLowerCase()} mode, Milvus ${v(c.fresh.version)}).`;
      const cannotRun = unsupportedReason(c.after);
      // Writing the kept storage down would write an error (RocksMQ in cluster mode, say); writing
      // the fresh install's storage would change the storage of a Milvus that keeps its data.
      if (cannotRun !== null) {
        return `${kept} Writing msgStreamType: ${c.after.storage} would not help: ${cannotRun} No edit of this file alone is safe: the data in ${storageLabel(c.after.storage)} does not move to another storage, so keep what runs now, or move the data first.`;
      }
      return `${kept} Write msgStreamType: ${c.after.storage} to keep what runs, and say so.`;
    },
    path: () => [...DEPS],
    fix: (c) =>
      isSupported(c.after) && c.after.storage !== 'custom'
        ? {
            title: `Write msgStreamType: ${c.after.storage} (what runs now)`,
            safe: true,
            edits: [{ op: 'set', path: [...DEPS, 'msgStreamType'], value: c.after.storage }],
          }
        : null,
    admission: [],
  },
  {
    code: 'mode-change-storage',
    source:
      'support.ts (RocksMQ and NATS are embedded in one process); milvus-operator v1.3.8 accepts the change',
    objectsAlone: true,
    applies: (c) => c.before.mode !== c.after.mode && !isSupported(c.after),
    severity: () => 'error',
    message: (c) =>
      `This turns a ${c.before.mode} Milvus into a ${c.after.mode}, but the message storage in effect stays ${storageLabel(c.after.storage)}${c.fresh.storageNamed ? '' : ' (kubectl apply keeps the live msgStreamType, because this file names none)'}: ${unsupportedReason(c.after) ?? ''} Choose a storage for ${c.after.mode} mode, and move to it before the mode changes: the data in ${storageLabel(c.before.storage)} does not move.`,
    path: () => ['spec', 'mode'],
    admission: [
      {
        id: 'mode-change-storage',
        severity: 'error',
        subject: 'The deployment mode changes',
        message: (s) =>
          `${s}, but the message storage in effect does not run in the new mode (RocksMQ and NATS are embedded in one Milvus process). Choose a storage for the new mode, and move to it before the mode changes: the data in the old storage does not move.`,
        expression: onUpdate(`${was('cluster')} != ${now('cluster')}`, unsupported(now)),
      },
    ],
  },
  {
    code: 'version-crossing',
    source:
      'milvus-operator v1.3.8 IsVersionGreaterThan2_6 (streaming node, standalone default); Milvus release notes and docs (NATS removed in 2.6; 3.0 keeps the storage; mqtype-overview.md)',
    objectsAlone: true,
    applies: (c) => crosses(c, STREAMING_SINCE) !== null || crosses(c, '3.0') !== null,
    severity: (c) => (isSupported(c.before) && !isSupported(c.after) ? 'error' : 'info'),
    message: (c) => {
      const words = wordsOf(c);
      const parts: string[] = [];
      const up26 = crosses(c, STREAMING_SINCE);
      if (up26 === 'up') {
        if (c.after.mode === 'cluster') parts.push(words.streamingNode);
        const keeps = words.keepsStorage(c.after);
        if (keeps) parts.push(keeps);
        parts.push(`NATS is gone (Milvus ${STREAMING_SINCE} refuses natsmq)`);
        parts.push('mq.type is fixed once chosen (milvus-io/milvus#50217)');
      } else if (up26 === 'down') {
        parts.push(`going back below ${STREAMING_SINCE} removes the streaming node and Woodpecker`);
      }
      const up30 = crosses(c, '3.0');
      if (up30 === 'up') {
        parts.push(
          'Milvus 3.0 must keep its current message storage through the upgrade; a switch is possible afterwards, with the switch procedure',
        );
        const whole = words.upgrade30;
        if (whole) parts.push(whole);
        if (c.after.mode === 'cluster') parts.push(words.cluster30);
      } else if (up30 === 'down') {
        parts.push(
          `going back below ${WAL_SWITCH_SINCE.major}.${WAL_SWITCH_SINCE.minor} loses the message-storage switch`,
        );
      }
      const reason = unsupportedReason(c.after);
      const unsupported =
        reason === null ? '' : ` ${storageLabel(c.after.storage)} does not run there: ${reason}`;
      return `The Milvus version changes from ${v(c.before.version)} to ${v(c.after.version)}: ${parts.join('; ')}.${unsupported}`;
    },
    path: (c) =>
      c.after.apiVersion === 'milvus.io/v1alpha1' && c.after.kind === 'Milvus'
        ? ['spec', 'image']
        : ['spec', 'components', 'image'],
    // Only the error: the policy holds errors and warnings, and the crossing itself is an info.
    admission: [
      {
        id: 'version-crossing',
        severity: 'error',
        subject: 'The Milvus version crosses 2.6 or 3.0',
        message: (s) =>
          `${s}, and the message storage in effect, which runs on the old version, does not run on the new one (NATS is gone from 2.6 on; Woodpecker arrived in 2.6). Move to a storage the new version runs before the upgrade.`,
        expression: onUpdate(
          `(${was('judged26')} != ${now('judged26')} || ${was('judged30')} != ${now('judged30')})`,
          `!${unsupported(was)}`,
          unsupported(now),
        ),
      },
    ],
  },
  {
    code: 'persistence-change',
    source:
      'milvus-operator v1.3.8 persistence of the embedded storage (a PVC per instance); RocksMQ/NATS/Woodpecker-local keep their data on it',
    objectsAlone: true,
    applies: (c) => {
      const was = c.before.persistence;
      const now = c.after.persistence;
      if (!was || !now || c.before.storage !== c.after.storage || !was.enabled) return false;
      return !now.enabled || was.claim !== now.claim;
    },
    severity: () => 'error',
    message: (c) => {
      const now = c.after.persistence!;
      const what = now.enabled
        ? 'changes the volume claim it keeps its data on'
        : 'turns its persistence off';
      return `This ${what} for ${storageLabel(c.after.storage)}, whose data lives on that volume: Milvus starts on ${now.enabled ? 'another, empty volume' : 'the pod filesystem, lost on every restart'}, and the messages on the old volume are lost to it.`;
    },
    path: (c) => [...DEPS, c.after.storage, 'persistence'],
    admission: [
      {
        id: 'persistence-change',
        severity: 'error',
        subject:
          'The persistence of the embedded message storage (RocksMQ, NATS, or Woodpecker on local storage)',
        message: (s) =>
          `${s} is turned off or moves to another volume claim: Milvus starts on the pod filesystem or an empty volume, and the messages on the old volume are lost to it.`,
        expression: onUpdate(
          was('embedded'),
          now('embedded'),
          `${was('mq')} == ${now('mq')}`,
          persistenceOn(was),
          `(!${persistenceOn(now)} || ${claimChanged})`,
        ),
      },
    ],
  },
  {
    code: 'pulsar-chart-change',
    source:
      'milvus-operator v1.3.8: chartVersion pulsar-v3 installs the Pulsar 3 chart, anything else the Pulsar 2 chart 2.7.8',
    objectsAlone: true,
    applies: (c) =>
      c.before.pulsarChart !== null &&
      c.after.pulsarChart !== null &&
      c.before.pulsarChart !== c.after.pulsarChart,
    severity: () => 'error',
    message: (c) =>
      `The in-cluster Pulsar moves from ${c.before.pulsarChart} to ${c.after.pulsarChart}: the operator installs the other chart, a new Pulsar without the topics Milvus reads, and the old one's data does not move. Keep chartVersion: ${c.before.pulsarChart}.`,
    path: () => [...DEPS, 'pulsar', 'inCluster', 'chartVersion'],
    fix: (c) =>
      c.before.pulsarChart
        ? {
            title: `Keep chartVersion: ${c.before.pulsarChart}, the Pulsar that runs now`,
            safe: false,
            edits: [
              {
                op: 'set',
                path: [...DEPS, 'pulsar', 'inCluster', 'chartVersion'],
                value: c.before.pulsarChart,
              },
            ],
          }
        : null,
    admission: [
      {
        id: 'pulsar-chart-change',
        severity: 'error',
        subject: 'spec.dependencies.pulsar.inCluster.chartVersion',
        message: (s) =>
          `${s} moves the in-cluster Pulsar between pulsar-v2 and pulsar-v3: the operator installs the other chart, a new Pulsar without the topics Milvus reads, and the old one's data does not move. Keep the chartVersion it runs (unset on a resource that already ran means pulsar-v2).`,
        expression: onUpdate(
          inClusterPulsar(was),
          inClusterPulsar(now),
          `${pulsarV3(was)} != ${pulsarV3(now)}`,
        ),
      },
    ],
  },
  {
    code: 'deletes-storage-data',
    source:
      'milvus-operator v1.3.8 pkg/controllers/milvus.go Finalize: deletionPolicy Delete uninstalls the release, pvcDeletion deletes its volumes',
    objectsAlone: true,
    applies: (c) =>
      (c.after.deletionPolicy === 'Delete' && c.before.deletionPolicy !== 'Delete') ||
      (c.after.releasePvcDeletion && !c.before.releasePvcDeletion) ||
      (c.after.persistence?.pvcDeletion === true && c.before.persistence?.pvcDeletion !== true),
    severity: () => 'warning',
    message: (c) => {
      const what =
        c.after.persistence?.pvcDeletion === true
          ? `deletes the ${storageLabel(c.after.storage)} data volume`
          : `uninstalls the in-cluster ${storageLabel(c.after.storage)}${c.after.releasePvcDeletion ? ' and deletes its volumes' : ''}`;
      return `With this change, deleting this Milvus resource (as a delete-and-recreate migration does) ${what}: the message storage's data goes with it. Keep deletionPolicy: Retain and pvcDeletion: false until the data is no longer needed.`;
    },
    path: (c) =>
      c.after.persistence?.pvcDeletion === true
        ? [...DEPS, c.after.storage, 'persistence', 'pvcDeletion']
        : [
            ...DEPS,
            c.after.storage,
            'inCluster',
            c.after.releasePvcDeletion && !c.before.releasePvcDeletion ? 'pvcDeletion' : 'deletionPolicy',
          ],
    admission: [
      {
        id: 'deletes-storage-data',
        severity: 'warning',
        subject: 'deletionPolicy: Delete or pvcDeletion: true',
        message: (s) =>
          `${s} is newly set for the message storage: deleting this Milvus resource (as a delete-and-recreate migration does) then deletes the storage's data. Keep deletionPolicy: Retain and pvcDeletion: false until the data is no longer needed.`,
        expression: onUpdate(
          `((${releaseDeletes(now)} && !${releaseDeletes(was)}) || (${releasePvcDeletion(now)} && !${releasePvcDeletion(was)}) || ` +
            `(${embeddedPvcDeletion(now)} && !${embeddedPvcDeletion(was)}))`,
        ),
      },
    ],
  },
];
