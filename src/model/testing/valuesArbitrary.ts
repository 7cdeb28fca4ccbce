/**
 * Test helpers: wizard values for every allowed combination, and a fast-check arbitrary of valid
 * values. Only the chosen storage's settings vary (every field its descriptor declares, Kafka's
 * SASL and TLS included); the others keep their defaults, as an imported manifest would have them.
 */
import fc from 'fast-check';
import { storageArbitrary } from './schemaArbitrary.ts';
import {
  DEPLOYMENT_MODES,
  EMBEDDED_ONLY,
  MSG_STREAM_TYPES,
  isSelectable,
  pulsarChartFor,
  supportOf,
  woodpeckerServiceVerdict,
  type DeploymentMode,
  type MsgStreamType,
} from '../facts/support.ts';
import { storageOf } from '../storages/index.ts';
import {
  API_VERSIONS,
  WizardValuesSchema,
  defaultValues,
  type ApiVersionChoice,
  type WizardValues,
} from '../wizard/values/values.ts';
import { MILVUS_MINOR_VERSIONS, defaultImageFor, type MilvusMinor } from '../facts/versions.ts';

export interface Combination {
  mode: DeploymentMode;
  minor: MilvusMinor;
  mq: MsgStreamType;
  external: boolean;
  api: ApiVersionChoice;
}

/** Every mode x version x storage x side x API version the support rules allow. */
export function allowedCombinations(): Combination[] {
  const out: Combination[] = [];
  for (const mode of DEPLOYMENT_MODES)
    for (const minor of MILVUS_MINOR_VERSIONS)
      for (const mq of MSG_STREAM_TYPES) {
        if (!isSelectable(supportOf(mode, mq, minor))) continue;
        const sides =
          EMBEDDED_ONLY.includes(mq) ||
          (mq === 'woodpecker' && !isSelectable(woodpeckerServiceVerdict(mode, minor)))
            ? [false]
            : [false, true];
        for (const external of sides)
          for (const api of API_VERSIONS) out.push({ mode, minor, mq, external, api });
      }
  return out;
}

/** The least a user must fill in for a combination to be valid. */
export function valuesFor(c: Combination): WizardValues {
  const v = defaultValues();
  v.mode = c.mode;
  v.milvusVersion = c.minor;
  v.image = defaultImageFor(c.minor);
  v.apiVersion = c.api;
  v.msgStreamType = c.mq;
  if (c.mq === 'pulsar') {
    v.pulsar.external = c.external;
    if (c.external) v.pulsar.endpoint = 'pulsar.example:6650';
    else v.pulsar.inCluster.chartVersion = pulsarChartFor(c.minor);
  }
  if (c.mq === 'kafka') {
    v.kafka.external = c.external;
    if (c.external) v.kafka.brokerList = ['kafka-0.example:9092', 'kafka-1.example:9092'];
  }
  if (c.mq === 'woodpecker') {
    v.woodpecker.external = c.external;
    if (c.external) v.woodpecker.quorumBufferPools = [{ name: 'pool-a', seeds: ['wp-0.example:18080'] }];
  }
  return v;
}

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);

/**
 * Random valid values: any allowed combination, with random settings for every field of its
 * storage (read off its descriptor), kept when the values schema with its cross-field rules
 * accepts them.
 */
export function validValuesArbitrary(): fc.Arbitrary<WizardValues> {
  return fc
    .constantFrom(...allowedCombinations())
    .chain((c) =>
      fc.record({
        c: fc.constant(c),
        name: label,
        namespace: fc.oneof(fc.constant(''), label),
        own: storageArbitrary(storageOf(c.mq), EMBEDDED_ONLY.includes(c.mq) ? {} : { external: c.external }),
      }),
    )
    .map(({ c, name, namespace, own }) => {
      const v = valuesFor(c);
      v.name = name;
      v.namespace = namespace;
      (v as Record<string, unknown>)[c.mq] = own;
      return v;
    })
    .filter((v) => WizardValuesSchema.safeParse(v).success);
}
