/**
 * The switch plan: for a message-storage switch Milvus supports (3.0 and later; Woodpecker and one
 * other storage, walSwitch.ts), the steps in the operator's terms, each with its manifest.
 *
 * The published procedure (Milvus docs "Switch Message Queue", switch-mq-type.md and its operator
 * pages): 1. render the target's access settings into Milvus's config without changing the MQ
 * type; 2. `POST http://<mixcoord>:9091/management/wal/alter {"target_wal_name": ...}`; 3. confirm
 * in the logs; the target must not hold topics of the same names.
 *
 * Under milvus-operator v1.3.8 the docs' operator pages work as written towards Woodpecker (the alter
 * call, then msgStreamType: woodpecker). Away from Woodpecker they name the target in one apply with
 * its address in spec.config; the operator instead installs an in-cluster target and deletes or
 * overwrites that address (DOMAIN section 8; deleteUnsettableConf, apis/milvus.io/v1beta1/
 * milvus_webhook.go), so the plan takes the external route the operator honours (awayFromWoodpecker).
 * Woodpecker to RocksMQ has no operator page: while msgStreamType is `woodpecker` the operator
 * deletes the `rocksmq` section of spec.config, and the plan says so.
 *
 * Every manifest a step shows is the one applied at that step (stepManifest.ts): cleaned of what the
 * operator and the API server wrote back, in-cluster addresses included.
 */
import { stringify } from 'yaml';
import type { DeploymentMode } from '../facts/support.ts';
import { walSwitchVerdict } from './walSwitch.ts';
import { storageLabel } from './rules.ts';
import { externalRoute, manifestToApply, type RoutedStorage } from './stepManifest.ts';
import { isObject, type Json, type ResolvedView, type StorageInEffect } from './view.ts';

/** The Milvus docs' switch pages: their warnings and the log line that confirms the switch. */
const DOCS_WARNINGS =
  'The Milvus docs mark this switch as pending release and as a high-risk operation: back up first (milvus-backup), and do it in a maintenance window.';
const NO_WAY_BACK = 'The docs add that switching back to a builtin (in-cluster) Pulsar is not possible.';
const CONFIRMATION = 'successfully updated mq.type configuration in etcd';

/** The volume the pod gets once msgStreamType is woodpecker: Woodpecker's own persistence, else an emptyDir. */
function woodpeckerVolume(file: Json): string {
  const spec = isObject(file.spec) ? file.spec : {};
  const deps = isObject(spec.dependencies) ? spec.dependencies : {};
  const wp = isObject(deps.woodpecker) ? deps.woodpecker : {};
  const persistence = isObject(wp.persistence) ? wp.persistence : {};
  return persistence.enabled === true ? "Woodpecker's own claim" : 'an emptyDir';
}

export interface SwitchStep {
  title: string;
  detail: string;
  /** The manifest to apply at this step, or a command to run. */
  manifest?: string;
  command?: string;
}

export interface SwitchPlan {
  from: StorageInEffect;
  to: StorageInEffect;
  /** The steps can be followed as written. */
  workable: boolean;
  /** Why the published procedure cannot work under the operator, when it cannot. */
  blocker: string | null;
  steps: SwitchStep[];
}

function mixcoord(view: ResolvedView): string {
  // pkg/controllers/components.go GetDeploymentName: <instance>-milvus-<component>.
  const component = view.mode === 'cluster' ? 'mixcoord' : 'standalone';
  return `${view.name}-milvus-${component}`;
}

function withConfig(file: Json, section: string, value: Json): Json {
  const copy = structuredClone(file);
  const spec = isObject(copy.spec) ? copy.spec : (copy.spec = {});
  const config = isObject(spec.config) ? spec.config : (spec.config = {});
  config[section] = { ...(isObject(config[section]) ? config[section] : {}), ...value };
  return copy;
}

function yaml(obj: Json): string {
  return stringify(obj, { lineWidth: 0 });
}

/**
 * @param oldFile the configuration in effect now, as a file (the last applied one, or OLD)
 * @param newFile the file with the target storage
 */
export function switchPlan(
  before: ResolvedView,
  after: ResolvedView,
  oldFile: Json,
  newFile: Json,
): SwitchPlan | null {
  if (before.storage === after.storage) return null;
  const version = before.version;
  const verdict = walSwitchVerdict(after.mode as DeploymentMode, before.storage, after.storage, version);
  if (verdict.kind !== 'supported') return null;
  const from = before.storage;
  const to = after.storage;
  // kubectl's current namespace when the resource names none.
  const nsFlag = before.namespace ? `-n ${before.namespace} ` : '';
  const deployment = mixcoord(before);
  const checkTarget =
    to === 'woodpecker'
      ? 'Woodpecker writes under its own root path in the object storage: make sure nothing is left there from an earlier try.'
      : `The target ${storageLabel(to)} must not hold topics of the same names as Milvus's channels.`;

  if (from === 'woodpecker' && (to === 'pulsar' || to === 'kafka'))
    return awayFromWoodpecker(before, after, newFile, to, { nsFlag, deployment });
  if (from === 'woodpecker') {
    const blocker = `The operator cannot render ${storageLabel(to)}'s settings while msgStreamType is woodpecker: it deletes the ${to} section of spec.config and overwrites mq.type on every reconcile. Step 1 of the published procedure therefore never reaches Milvus.`;
    return {
      from,
      to,
      workable: false,
      blocker,
      steps: [
        {
          title: `Step 1 cannot be done through the operator`,
          detail: `${blocker} Until the operator supports this switch, keep Woodpecker, or move the data with a backup and restore (milvus-backup) into a new Milvus that runs ${storageLabel(to)} from the start.`,
        },
      ],
    };
  }

  // The docs' operator pages switch Pulsar or Kafka without a settings step (Woodpecker on MinIO is
  // Milvus's default); their RocksMQ page writes woodpecker.storage.type first.
  const render: SwitchStep[] =
    from === 'rocksmq'
      ? [
          {
            title: `Render Woodpecker's settings without changing the message storage`,
            detail: `Keep msgStreamType: ${from}. While it is ${from}, the operator leaves spec.config.woodpecker alone, so Milvus receives these settings; mq.type stays ${from}. Apply: ${applyEffect(before)}.`,
            manifest: yaml(
              withConfig(manifestToApply(oldFile), 'woodpecker', { storage: { type: 'minio' } }),
            ),
          },
        ]
      : [];
  return {
    from,
    to,
    workable: true,
    blocker: null,
    steps: [
      {
        title: 'Check the target',
        detail: `${checkTarget} ${DOCS_WARNINGS}${from === 'pulsar' && !before.pulsarExternal ? ` ${NO_WAY_BACK}` : ''}`,
      },
      ...render,
      walStep(to, version, { nsFlag, deployment }),
      confirmStep(deployment, nsFlag),
      {
        title: `Make the resource say ${to}`,
        detail: `Only now set msgStreamType: ${to}: the operator then writes mq.type: ${to} and removes the ${from} settings from Milvus's config, which no longer uses them. Applying this before the alter call would start Milvus on an empty ${storageLabel(to)}.${from === 'rocksmq' ? ` Under the operator this also changes the pod's milvus-data volume from the RocksMQ claim to ${woodpeckerVolume(newFile)} (its persistence now comes from dependencies.woodpecker: apis/milvus.io/v1beta1/dependencies_types.go GetMilvusBuiltInMQ, pkg/controllers/deployments.go), which restarts the pod.` : ` Apply: ${applyEffect(before)}.`}`,
        manifest: yaml(manifestToApply(newFile)),
      },
      {
        title: `Clean up ${storageLabel(from)}`,
        detail:
          from === 'rocksmq'
            ? 'Once Milvus runs well on Woodpecker, back up and then delete the RocksMQ claim (the PVC the operator made for dependencies.rocksmq.persistence), which no pod mounts any more.'
            : before[from === 'pulsar' ? 'pulsarExternal' : 'kafkaExternal']
              ? `The external ${storageLabel(from)} is yours: remove Milvus's topics there when you no longer need them.`
              : `The operator does not uninstall the old in-cluster ${storageLabel(from)} (its Finalize only handles the storage in effect): once Milvus runs well on Woodpecker, remove the Helm release ${before.name}-${from} yourself.`,
      },
    ],
  };
}

/** What an apply does to the pods: updateConfigMapOnly is the operator's default (milvus_webhook.go). */
function applyEffect(view: ResolvedView): string {
  return view.configMapOnly
    ? "the operator rewrites Milvus's ConfigMap and the pods keep running (updateConfigMapOnly, its default)"
    : 'the operator rolls the pods (updateConfigMapOnly: false)';
}

interface Place {
  nsFlag: string;
  deployment: string;
}

function walStep(
  to: StorageInEffect,
  version: ResolvedView['version'],
  { nsFlag, deployment }: Place,
): SwitchStep {
  return {
    title: 'Switch the WAL',
    detail: `Call MixCoord's management API (port 9091) on the running Milvus ${version.major}.${version.minor}: forward the port, then post the target.`,
    command: `kubectl ${nsFlag}port-forward deploy/${deployment} 9091:9091 &\ncurl -X POST http://localhost:9091/management/wal/alter -H 'Content-Type: application/json' -d '{"target_wal_name": "${to}"}'`,
  };
}

function confirmStep(deployment: string, nsFlag: string): SwitchStep {
  return {
    title: 'Confirm in the logs',
    detail: `The Milvus docs' confirmation: ${deployment}'s log says "${CONFIRMATION}". Go on only once it does.`,
    command: `kubectl ${nsFlag}logs deploy/${deployment} | grep '${CONFIRMATION}'`,
  };
}

/**
 * Woodpecker to Pulsar or Kafka, as the docs' operator pages do it (switch-pulsar-woodpecker.md,
 * switch-kafka-woodpecker.md): one apply names the target and its address, then the alter call.
 * The docs' manifest puts the address in spec.config and leaves dependencies.<target> in-cluster;
 * under milvus-operator v1.3.8 that installs a new, empty in-cluster Pulsar or Kafka and points
 * Milvus at it: setDefaultMsgStreamConfigs (apis/milvus.io/v1beta1/milvus_webhook.go) writes the
 * in-cluster address and, for an existing resource, chartVersion pulsar-v2; ReconcilePulsar and
 * ReconcileKafka (pkg/controllers/dependencies.go) install the release; deleteUnsettableConf drops
 * spec.config.pulsar.address and port, and configmaps.go writes kafka.brokerList over the config's.
 * The docs support only an external target; the plan shows that route (stepManifest.ts).
 */
function awayFromWoodpecker(
  before: ResolvedView,
  after: ResolvedView,
  newFile: Json,
  to: RoutedStorage,
  place: Place,
): SwitchPlan {
  const label = storageLabel(to);
  const external = to === 'pulsar' ? after.pulsarExternal : after.kafkaExternal;
  const route = externalRoute(newFile, to);
  const addressField = to === 'pulsar' ? 'endpoint' : 'brokerList';
  const blocker = external
    ? null
    : `This file leaves ${label} in the cluster (dependencies.${to}.external is not true), as the docs' operator manifest does: for this existing Milvus the operator then installs a new, empty in-cluster ${label}${
        to === 'pulsar'
          ? ` with the ${after.pulsarChart === 'pulsar-v3' ? 'Pulsar 3 chart (chartVersion pulsar-v3)' : 'Pulsar 2 chart (the chartVersion pulsar-v2 it writes for an existing resource)'}`
          : ''
      } as the Helm release ${before.name}-${to}, points Milvus at it and ${
        to === 'pulsar'
          ? 'deletes spec.config.pulsar.address and port (deleteUnsettableConf)'
          : 'writes its address over spec.config.kafka.brokerList'
      }. The docs support Woodpecker to an external ${label} only: the steps below take that route, with the address under dependencies.${to}.${addressField}.`;
  const ns = place.nsFlag;
  return {
    from: 'woodpecker',
    to,
    workable: external,
    blocker,
    steps: [
      {
        title: 'Check the target',
        detail: `The target ${label} must not hold topics of the same names as Milvus's channels (clean up what an earlier switch left). ${DOCS_WARNINGS}`,
      },
      {
        title: `Point Milvus at the external ${label}`,
        detail: `Apply this: msgStreamType: ${to} with dependencies.${to}.external: true and the ${addressField}${route.placeholder ? ` (replace the placeholder with your ${label}'s address)` : ''}. The operator writes ${to === 'pulsar' ? 'pulsar.address and pulsar.port' : 'kafka.brokerList'} into Milvus's config from it (pkg/controllers/configmaps.go) and installs nothing; Milvus keeps writing to Woodpecker until the alter call (mq.type is fixed in etcd, milvus-io/milvus#50217). ${
          before.configMapOnly
            ? `The docs then wait for the pods to restart with the new config; with updateConfigMapOnly (the operator's default) the operator only rewrites the ConfigMap, so restart the Milvus pods yourself (kubectl ${ns}rollout restart on ${before.name}'s deployments) and wait until they are ready.`
            : 'The operator rolls the pods (updateConfigMapOnly: false): wait until they are ready.'
        }`,
        manifest: yaml(route.manifest),
      },
      walStep(to, before.version, place),
      confirmStep(place.deployment, ns),
      {
        title: 'Clean up Woodpecker',
        detail:
          "Optional, once Milvus runs well on the new storage (and before any later switch back): delete Woodpecker's log in the object storage (under <rootPath>/wp/, typically files/wp/) and its metadata in etcd (the woodpecker key prefix).",
      },
    ],
  };
}
