/**
 * The CEL for the change rules on UPDATE (change/rules.ts `admission`): the same facts as for the
 * object (admissionRules.ts objectVariables), read a second time from `oldObject`, and a few more
 * that only a change compares (3.0, the in-cluster release, the embedded storage's volume).
 *
 * The API server hands admission the stored object as `oldObject` (the live one, with what the
 * operator wrote back) and, as `object`, what the update makes of it (for `kubectl apply`, the
 * merge already done). On CREATE `oldObject` is null: every change rule then passes.
 */
import { objectVariables } from './admissionRules.ts';
import { matches, not } from './cel.ts';
import { BLANK, IMAGE_TAG_AT_LEAST_30, IMAGE_TAG_MINOR_30, VERSION_AT_LEAST_30 } from './patterns.ts';

/** How one side names its facts: `now('mq')` for the object, `was('mq')` for the old object. */
export type Side = (fact: string) => string;

const oldName = (fact: string) => `old${fact[0]!.toUpperCase()}${fact.slice(1)}`;

export const now: Side = (fact) => `variables.${fact}`;
export const was: Side = (fact) => `variables.${oldName(fact)}`;

/** The facts only a change compares, for one side. */
function changeFacts(side: Side, name: (fact: string) => string): { name: string; expression: string }[] {
  const facts: [string, string][] = [
    // resolve/operatorVersion.ts judgedVersion: the tag of the image that runs, else the operator's
    // reading (components.version first, else the image tag).
    [
      'believed30',
      `!${matches(side('versionLabel'), BLANK)} ? ${matches(side('versionLabel'), VERSION_AT_LEAST_30)} : ${matches(side('image'), IMAGE_TAG_AT_LEAST_30)}`,
    ],
    [
      'judged30',
      `${side('runTagged')} ? ${matches(side('runImage'), IMAGE_TAG_MINOR_30)} : ${side('believed30')}`,
    ],
    // change/view.ts persistenceOf: Woodpecker keeps its log on the pod only with storage type local.
    [
      'woodpeckerLocal',
      `has(${side('spec')}.config) && type(${side('spec')}.config) == map && has(${side('spec')}.config.woodpecker) && ` +
        `type(${side('spec')}.config.woodpecker) == map && has(${side('spec')}.config.woodpecker.storage) && ` +
        `type(${side('spec')}.config.woodpecker.storage) == map && has(${side('spec')}.config.woodpecker.storage.type) && ` +
        `${side('spec')}.config.woodpecker.storage.type == 'local'`,
    ],
    [
      'embedded',
      `${side('mq')} == 'rocksmq' || ${side('mq')} == 'natsmq' || (${side('mq')} == 'woodpecker' && ${side('woodpeckerLocal')})`,
    ],
    // The embedded storage's persistence block (spec.dependencies.<storage>.persistence), or {}.
    [
      'persistence',
      `${side('embedded')} && ${side('mq')} in ${side('deps')} && has(${side('deps')}[${side('mq')}].persistence) ? ${side('deps')}[${side('mq')}].persistence : {}`,
    ],
    [
      'claim',
      `has(${side('persistence')}.persistentVolumeClaim) ? ${side('persistence')}.persistentVolumeClaim : {}`,
    ],
    ['existingClaim', `has(${side('claim')}.existingClaim) ? ${side('claim')}.existingClaim : ''`],
    // resolve.ts helmReleases: the in-cluster Pulsar or Kafka of the storage in effect.
    [
      'inCluster',
      `${side('mq')} == 'pulsar' && !(has(${side('pulsar')}.external) && ${side('pulsar')}.external == true) ? ` +
        `(has(${side('pulsar')}.inCluster) ? ${side('pulsar')}.inCluster : {}) : ` +
        `(${side('mq')} == 'kafka' && !(has(${side('kafka')}.external) && ${side('kafka')}.external == true) ? ` +
        `(has(${side('kafka')}.inCluster) ? ${side('kafka')}.inCluster : {}) : null)`,
    ],
  ];
  return facts.map(([fact, expression]) => ({ name: name(fact), expression }));
}

/** The variables the change rules read, after the object's own (admissionRules.ts OBJECT_VARIABLES). */
export const UPDATE_VARIABLES: readonly { name: string; expression: string }[] = [
  { name: 'old', expression: 'oldObject != null ? oldObject : {}' },
  ...objectVariables('variables.old', oldName),
  ...changeFacts(now, (fact) => fact),
  ...changeFacts(was, oldName),
];

/** A change rule's validation: passes on CREATE, and on UPDATE unless the bad case holds. */
export function onUpdate(...conditions: string[]): string {
  return `oldObject == null || ${not(...conditions)}`;
}

export const isMq = (side: Side, ...storages: string[]) =>
  `(${storages.map((s) => `${side('mq')} == '${s}'`).join(' || ')})`;

/** support.ts: the storage in effect does not run on this mode and (judged) version. */
export const unsupported = (side: Side) =>
  `((${side('cluster')} && ${isMq(side, 'rocksmq', 'natsmq')}) || (!${side('cluster')} && ${isMq(side, 'natsmq')} && ${side('judged26')}) || (${isMq(side, 'woodpecker')} && !${side('judged26')}))`;

/**
 * change/walSwitch.ts walSwitchVerdict "supported": both versions 3.0 or later, and Woodpecker with
 * its partner in the new mode (RocksMQ standalone; Pulsar or Kafka in a cluster).
 */
export const supportedSwitch =
  `(${was('judged30')} && ${now('judged30')} && ` +
  `(${now('cluster')} ? (${isMq(was, 'woodpecker')} && ${isMq(now, 'pulsar', 'kafka')}) || (${isMq(now, 'woodpecker')} && ${isMq(was, 'pulsar', 'kafka')}) ` +
  `: (${isMq(was, 'woodpecker')} && ${isMq(now, 'rocksmq')}) || (${isMq(now, 'woodpecker')} && ${isMq(was, 'rocksmq')})))`;

/** The in-cluster Pulsar's chart is pulsar-v3 (anything else installs the Pulsar 2 chart; unset on a resource that ran: pulsar-v2). */
export const pulsarV3 = (side: Side) =>
  `(has(${side('pulsar')}.inCluster) && has(${side('pulsar')}.inCluster.chartVersion) && ${side('pulsar')}.inCluster.chartVersion == 'pulsar-v3')`;

export const inClusterPulsar = (side: Side) =>
  `(${isMq(side, 'pulsar')} && !(has(${side('pulsar')}.external) && ${side('pulsar')}.external == true))`;

export const persistenceOn = (side: Side) =>
  `(has(${side('persistence')}.enabled) && ${side('persistence')}.enabled == true)`;

/** change/view.ts persistenceOf `claim`: the existing claim's name when set, else the PVC spec. */
export const claimChanged =
  `(${was('existingClaim')} != '' || ${now('existingClaim')} != '' ? ${was('existingClaim')} != ${now('existingClaim')} : ` +
  `(has(${was('claim')}.spec) ? ${was('claim')}.spec : null) != (has(${now('claim')}.spec) ? ${now('claim')}.spec : null))`;

/** change/view.ts deletionPolicy and releasePvcDeletion, of the in-cluster release. */
export const releaseDeletes = (side: Side) =>
  `(${side('inCluster')} != null && has(${side('inCluster')}.deletionPolicy) && ${side('inCluster')}.deletionPolicy == 'Delete')`;
export const releasePvcDeletion = (side: Side) =>
  `(${side('inCluster')} != null && has(${side('inCluster')}.pvcDeletion) && ${side('inCluster')}.pvcDeletion == true)`;
export const embeddedPvcDeletion = (side: Side) =>
  `(has(${side('persistence')}.pvcDeletion) && ${side('persistence')}.pvcDeletion == true)`;
