// `milvus-mq schema` and `generate --target helm` as a user runs them (node bin/milvus-mq.mjs); the
// schemas are checked with ajv, a validator apart from zod, as an editor would use them.
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { GOOD_EXAMPLES } from '../model/examples/goodExamples.ts';
import { generateYaml } from '../model/operator/write/generate.ts';
import { chartForMilvus } from '../model/helm/write/chartChoice.ts';
import { helmValuesYaml } from '../model/helm/write/writeValues.ts';
import { allowedCombinations, valuesFor } from '../model/testing/valuesArbitrary.ts';
import { TIMEOUT, run } from './runCli.testing.ts';

function compile(args: string[]) {
  const { code, out } = run(args);
  expect(code).toBe(0);
  const schema = JSON.parse(out) as Record<string, unknown>;
  // yaml-language-server reads draft-07 in every release.
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

const v1beta1Combos = () => allowedCombinations().filter((c) => c.api === 'v1beta1');

describe('milvus-mq schema', () => {
  it(
    'the Milvus resource schema accepts the good examples and every manifest the wizard writes, and refuses a wrong enum',
    () => {
      const validate = compile(['schema']);
      const good = GOOD_EXAMPLES.flatMap((e) => parseAllDocuments(e.yaml).map((d) => d.toJS() as unknown));
      const manifests = [
        ...good,
        ...v1beta1Combos().map((c) => parse(generateYaml(valuesFor(c))) as unknown),
      ];
      expect(manifests.length).toBeGreaterThan(20);
      for (const manifest of manifests)
        expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
      const wrong = parse(generateYaml(valuesFor(v1beta1Combos()[0]!))) as { spec: { mode: string } };
      wrong.spec.mode = 'clustered';
      expect(validate(wrong)).toBe(false);
      expect(JSON.stringify(validate.errors)).toContain('/spec/mode');
    },
    TIMEOUT,
  );

  it(
    'the Helm schema accepts every values file the wizard writes, and refuses standalone.messageQueue: Woodpecker',
    () => {
      const validate = compile(['schema', '--helm']);
      for (const c of v1beta1Combos()) {
        const v = { ...valuesFor(c), target: 'helm' as const };
        const values = parse(helmValuesYaml(v, chartForMilvus(c.minor).chart)) as unknown;
        expect(validate(values), JSON.stringify(validate.errors)).toBe(true);
      }
      // The chart writes no mq block for a value it does not know: Milvus runs RocksMQ (DOMAIN.md 10).
      expect(validate({ cluster: { enabled: false }, standalone: { messageQueue: 'Woodpecker' } })).toBe(
        false,
      );
      expect(JSON.stringify(validate.errors)).toContain('/standalone/messageQueue');
    },
    TIMEOUT,
  );
});

describe('milvus-mq generate --target helm', () => {
  it(
    'writes values.yaml with no password, and the install command with the chart version and the env var',
    () => {
      const { code, out, err } = run(
        [
          'generate',
          '--target',
          'helm',
          '--mode',
          'cluster',
          '--mq',
          'kafka',
          '--broker',
          'k0.mq:9092',
          '--values',
          '-',
        ],
        JSON.stringify({
          kafka: {
            securityProtocol: 'SASL_SSL',
            saslMechanisms: 'PLAIN',
            saslUsername: 'milvus',
            saslPassword: 's3cret-pw',
          },
        }),
      );
      expect(code).toBe(0);
      expect(out).not.toContain('s3cret-pw');
      const values = parse(out) as Record<string, Record<string, unknown>>;
      expect(values.externalKafka).toMatchObject({
        enabled: true,
        brokerList: 'k0.mq:9092',
        securityProtocol: 'SASL_SSL',
      });
      expect(values.pulsarv3).toEqual({ enabled: false });
      expect(err).toContain('helm upgrade --install my-release zilliztech/milvus');
      expect(err).toContain(`--version ${chartForMilvus('2.6').chart.version}`);
      expect(err).toContain('externalKafka.sasl.password="${KAFKA_SASL_PASSWORD:?');
      expect(err).not.toContain('s3cret-pw');
    },
    TIMEOUT,
  );

  it(
    'refuses what the support rules refuse, and an unknown chart version',
    () => {
      const refused = run(['generate', '--target', 'helm', '--mode', 'cluster', '--mq', 'rocksmq']);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('this values file is not written');
      expect(refused.out).toBe('');
      const unknown = run(['generate', '--target', 'helm', '--chart-version', '9.9.9']);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('--chart-version must be a chart version from');
      expect(run(['generate', '--target', 'kustomize']).code).toBe(2);
    },
    TIMEOUT,
  );
});
