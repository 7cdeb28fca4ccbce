/**
 * The form's help under the Helm target. A field's description names the place the operator's
 * manifest gives its value (`spec.config.pulsar.tenant: ...`, `values.zookeeper.replicaCount.`,
 * `(persistentVolumeClaim.existingClaim)`); on Helm the value goes where places.ts moves it, so the
 * help names that place instead: a key of values.yaml, milvus.yaml's key inside
 * `extraConfigFiles.user.yaml`, or the install command's environment variable. Where the
 * description says what the operator does, the field's `helm` help is the text
 * (wizard/fieldMeta.ts describeFieldFor).
 */
import { writeFields } from '../../storages/fieldTable.ts';
import { storageOf } from '../../storages/index.ts';
import type { Entry } from '../../storages/descriptor.ts';
import { describeFieldFor } from '../../wizard/fieldMeta.ts';
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { chartForMilvus } from './chartChoice.ts';
import { helmPlaceOf, pulsarSubchart, type HelmPlace } from './places.ts';
import type { ChartVersionFacts } from '../chart/index.ts';
import { legendKey, type SettingsLegend } from './settingsLegends.ts';

/** The manifest's place as the help may name it: its last two or more keys, longest first. */
function manifestNames(entry: Entry): string[] {
  const keys = entry.path.map(String);
  const names: string[] = [];
  for (let from = 0; from <= keys.length - 2; from++) names.push(keys.slice(from).join('.'));
  return names;
}

/** The help with the manifest's place replaced by the chart's, or the chart's place added. */
function helpAt(text: string, entry: Entry, place: HelmPlace): string {
  if (place.kind === 'env')
    return `Never in values.yaml: the install command passes it with --set-string ${place.secret.key} from $${place.secret.envVar}.`;
  if (place.kind !== 'values' && place.kind !== 'userYaml') return text;
  const key = place.path.join('.');
  const named = place.kind === 'values' ? key : `${key} (in extraConfigFiles.user.yaml)`;
  const manifestName = manifestNames(entry).find((name) => text.includes(name));
  if (manifestName) return text.replace(manifestName, named);
  return `${text} In ${place.kind === 'values' ? 'values.yaml' : 'extraConfigFiles.user.yaml'}: ${key}.`;
}

const USER_YAML = 'in extraConfigFiles.user.yaml';

/**
 * The settings step's group legends (steps/settings/*.tsx) name the manifest's place of their
 * fields; on Helm, the chart's, as places.ts moves them: the subchart for an in-cluster release,
 * externalKafka for an external Kafka's SASL, user.yaml for Milvus's own settings.
 */
function helmLegends(v: WizardValues, chart: ChartVersionFacts): [string, string][] {
  const subchart = v.msgStreamType === 'pulsar' ? pulsarSubchart(v, chart) : v.msgStreamType;
  const legends: Record<SettingsLegend, string> = {
    release: `Release (${subchart} subchart)`,
    replicas: `Replicas (${subchart}.*.replicaCount)`,
    bookkeeperResources: `BookKeeper resources (${subchart}.bookkeeper.resources)`,
    broker: `Broker (${subchart}.broker.configData)`,
    kafkaClient: `Client (kafka, ${USER_YAML})`,
    kafkaSecurity: v.kafka.external ? 'Security (externalKafka)' : `Security (kafka, ${USER_YAML})`,
    natsServer: `Server (natsmq.server, ${USER_YAML})`,
    rocksmqRetention: `Retention (rocksmq, ${USER_YAML})`,
  };
  return Object.entries(legends).map(([legend, text]) => [legendKey(legend as SettingsLegend), text]);
}

/**
 * The Helm help of each field the chosen storage writes (form path -> text), and the settings'
 * group legends (legendKey). Fields not in it use describeFieldFor(path, 'helm').
 */
export function helmFieldHelp(v: WizardValues): ReadonlyMap<string, string> {
  const chart = chartForMilvus(v.milvusVersion).chart;
  const mq = v.msgStreamType;
  const help = new Map<string, string>(helmLegends(v, chart));
  for (const entry of writeFields(storageOf(mq), v[mq], { apiVersion: 'v1beta1', mode: v.mode })) {
    const field = entry.field.join('.');
    const text = describeFieldFor(field, 'helm');
    if (text) help.set(field, helpAt(text, entry, helmPlaceOf(entry, v, chart)));
  }
  return help;
}
