/**
 * What an editor says about a field of a Milvus resource: its description, the default the
 * operator applies, and the version facts that apply to this resource; and what completion
 * offers at a place. Read from the manifest's zod schema (its `.meta()` descriptions, through the
 * one zod walker, manifest/introspect.ts) and the support rules (support.ts), so hover and
 * completion say what the checker and the wizard say.
 */
import type { YamlPath } from '../findings/diagnostics.ts';
import {
  descriptionOf,
  enumValues,
  expectedText,
  knownKeys,
  metaOf,
  schemaAt,
} from '../operator/manifest/introspect.ts';
import { MILVUS_RESOURCES } from '../operator/manifest/schema.ts';
import { MSG_STREAM_TYPES, PULSAR_CHART_VERSIONS, type DeploymentMode } from '../facts/operatorEnums.ts';
import type { ResourceForm } from '../operator/resolve/index.ts';
import {
  MQ_LABELS,
  PULSAR_CHARTS,
  clampMinor,
  isSelectable,
  operatorDefaultMsgStream,
  pulsarChartFor,
  supportForVersion,
  woodpeckerServiceVerdict,
  type SupportVerdict,
} from '../facts/support.ts';
import { ASSUMED_OPERATOR, type MilvusVersion } from '../facts/versions.ts';

type Schema = Parameters<typeof schemaAt>[0];

/** The resource the cursor is in, as the checker resolved it (absent when it could not). */
export interface ResourceFacts {
  form: ResourceForm;
  mode: DeploymentMode;
  /** The version support is judged against, and how to say it ("2.6.11", "below 2.6"). */
  version: MilvusVersion;
  versionLabel: string;
}

export interface FieldHelp {
  /** The field's place, e.g. `spec.dependencies.msgStreamType`. */
  path: string;
  description?: string;
  /** What the value must be, in words ("one of pulsar, kafka ..."). */
  expected: string;
  /** The value in effect when the field is not written. */
  defaultValue?: string;
  /** The version facts that apply to this resource. */
  facts: string[];
}

const FORM_SCHEMA: Record<ResourceForm, Schema> = {
  'milvus-v1beta1': MILVUS_RESOURCES[0].schema,
  'milvus-v1alpha1': MILVUS_RESOURCES[1].schema,
  'milviscluster-v1alpha1': MILVUS_RESOURCES[2].schema,
};

function schemaOf(facts: ResourceFacts | undefined): Schema {
  return FORM_SCHEMA[facts?.form ?? 'milvus-v1beta1'];
}

const endsWith = (path: YamlPath, tail: readonly string[]) =>
  path.length >= tail.length && tail.every((part, i) => path[path.length - tail.length + i] === part);

const MSG_STREAM_TYPE = ['dependencies', 'msgStreamType'];
const PULSAR_CHART = ['dependencies', 'pulsar', 'inCluster', 'chartVersion'];
const WOODPECKER_EXTERNAL = ['dependencies', 'woodpecker', 'external'];

export const STATUS_WORDS: Record<SupportVerdict['status'], string> = {
  supported: 'supported',
  experimental: 'experimental',
  deprecated: 'deprecated',
  unsupported: 'not supported',
};

export function verdictLine(what: string, verdict: SupportVerdict): string {
  return `${what}: ${STATUS_WORDS[verdict.status]}${verdict.reason ? `. ${verdict.reason}` : ''}`;
}

/** The facts of this resource's mode and version that a field's value depends on. */
function versionFacts(path: YamlPath, facts: ResourceFacts): string[] {
  const where = `${facts.mode}, Milvus ${facts.versionLabel}`;
  if (endsWith(path, MSG_STREAM_TYPE))
    return MSG_STREAM_TYPES.map((mq) =>
      verdictLine(`${MQ_LABELS[mq]} (${mq}) in ${where}`, supportForVersion(facts.mode, mq, facts.version)),
    );
  if (endsWith(path, PULSAR_CHART)) {
    const chart = pulsarChartFor(clampMinor(facts.version));
    return [`For Milvus ${facts.versionLabel}: ${chart} (${PULSAR_CHARTS[chart]}).`];
  }
  if (endsWith(path, WOODPECKER_EXTERNAL))
    return [
      verdictLine(
        `Woodpecker as a service in ${where}`,
        woodpeckerServiceVerdict(facts.mode, clampMinor(facts.version)),
      ),
    ];
  return [];
}

function defaultOf(path: YamlPath, schema: Schema, facts: ResourceFacts | undefined): string | undefined {
  if (facts && endsWith(path, MSG_STREAM_TYPE)) {
    const mq = operatorDefaultMsgStream(facts.mode, facts.version);
    return `${mq} (the operator's default for ${facts.mode}, Milvus ${facts.versionLabel})`;
  }
  const value = metaOf(schema).default;
  return value === undefined ? undefined : String(value);
}

/** A place in a document: a key path, and the resource it is in. */
export interface FieldPlace {
  path: YamlPath;
  facts?: ResourceFacts | undefined;
  /** The path starts with a `kind: List` item's place (`items`, n), which the schema does not know. */
  inList?: boolean;
}

/** The path within the resource, and the schema there (the resource's own at the top). */
function locateField({ path, facts, inList }: FieldPlace): { own: YamlPath; schema: Schema | undefined } {
  const own = inList && path[0] === 'items' && typeof path[1] === 'number' ? path.slice(2) : path;
  return { own, schema: own.length === 0 ? schemaOf(facts) : schemaAt(schemaOf(facts), own) };
}

export function display(path: YamlPath): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Help for the field at `path` (a key path in the document), or null where the schema has none. */
export function fieldHelp(place: FieldPlace): FieldHelp | null {
  const { facts } = place;
  const { own, schema } = locateField(place);
  if (own.length === 0 || !schema) return null;
  const description = descriptionOf(schema);
  const defaultValue = defaultOf(own, schema, facts);
  return {
    path: display(own),
    ...(description ? { description } : {}),
    expected: expectedText(schema),
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    facts: [...(facts ? versionFacts(own, facts) : []), operatorAssumptions(facts)],
  };
}

/** The operator and Milvus versions every fact assumes, said on each hover. */
export function operatorAssumptions(facts: ResourceFacts | undefined): string {
  return `Facts of milvus-operator ${ASSUMED_OPERATOR}${facts ? ` and Milvus ${facts.versionLabel}, ${facts.mode} mode` : ''}.`;
}

export interface CompletionItem {
  label: string;
  detail?: string;
  documentation?: string;
  /** The one to pick first (the operator's default). */
  preselect?: boolean;
}

/** The keys the schema declares under `parent`. */
export function keyCompletions(parent: FieldPlace): CompletionItem[] {
  const { schema } = locateField(parent);
  if (!schema) return [];
  return knownKeys(schema).map((key) => {
    const field = schemaAt(schema, [key])!;
    const description = descriptionOf(field);
    return {
      label: key,
      detail: expectedText(field),
      ...(description ? { documentation: description } : {}),
    };
  });
}

/**
 * The values of an enum field. `msgStreamType` offers only the storages this resource's mode and
 * version allow (experimental and deprecated ones say so), the operator's default first.
 */
export function valueCompletions(place: FieldPlace): CompletionItem[] {
  const { facts } = place;
  const { own, schema } = locateField(place);
  if (!schema) return [];
  if (facts && endsWith(own, MSG_STREAM_TYPE)) {
    const fallback = operatorDefaultMsgStream(facts.mode, facts.version);
    return MSG_STREAM_TYPES.flatMap((mq) => {
      const verdict = supportForVersion(facts.mode, mq, facts.version);
      if (!isSelectable(verdict)) return [];
      return [
        {
          label: mq,
          detail: `${MQ_LABELS[mq]}: ${STATUS_WORDS[verdict.status]} in ${facts.mode}, Milvus ${facts.versionLabel}${mq === fallback ? " (the operator's default)" : ''}`,
          ...(verdict.reason ? { documentation: verdict.reason } : {}),
          ...(mq === fallback ? { preselect: true } : {}),
        },
      ];
    });
  }
  if (facts && endsWith(own, PULSAR_CHART)) {
    const fits = pulsarChartFor(clampMinor(facts.version));
    return PULSAR_CHART_VERSIONS.map((chart) => ({
      label: chart,
      detail: `${PULSAR_CHARTS[chart]}${chart === fits ? ` (fits Milvus ${facts.versionLabel})` : ''}`,
      ...(chart === fits ? { preselect: true } : {}),
    }));
  }
  return (enumValues(schema) ?? []).filter((v) => v !== '').map((label) => ({ label }));
}
