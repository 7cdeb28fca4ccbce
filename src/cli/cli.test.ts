// The command line as a user runs it: node bin/milvus-mq.mjs, with files, standard input and
// exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TIMEOUT, run } from './runCli.testing.ts';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkManifest } from '../model/operator/checker/index.ts';
import { liveObjectOf } from '../model/testing/liveObject.ts';
import { defaultValues } from '../model/wizard/values/values.ts';
import { nodeIo } from './io.ts';
import { main } from './main.ts';

const FIXTURES = 'test/fixtures';

describe('milvus-mq check', () => {
  it(
    'reads the bytes as kubectl does: invalid UTF-8 is an error at the byte, UTF-16 is read',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-bytes-'));
      const latin1 = join(dir, 'latin1.yaml');
      writeFileSync(
        latin1,
        Buffer.from('apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: caf\xe9\n', 'latin1'),
      );
      const bad = run(['check', latin1]);
      expect(bad.code).toBe(1);
      expect(bad.out).toContain(`${latin1}:4:12 error invalid-utf8 The byte 0xE9`);
      const utf16 = join(dir, 'utf16.yaml');
      const text = readFileSync(join(ROOT, FIXTURES, 'samples/standalone-rocksmq.yaml'), 'utf8');
      writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const read = run(['check', utf16]);
      expect(read.out.trim()).toBe('No problems found in 1 file (1 Milvus resource).');
      expect(read.code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'exits 0 on a clean manifest and says so',
    () => {
      const { code, out } = run(['check', `${FIXTURES}/samples/standalone-rocksmq.yaml`]);
      expect(code).toBe(0);
      expect(out.trim()).toBe('No problems found in 1 file (1 Milvus resource).');
    },
    TIMEOUT,
  );

  it(
    'exits 1 on errors, one compiler-style line per finding, the fix under it, and a summary',
    () => {
      const file = `${FIXTURES}/docs/external-pulsar-endpoints.yaml`;
      const { code, out } = run(['check', file]);
      expect(code).toBe(1);
      const lines = out.trim().split('\n');
      expect(lines).toContain(
        `${file}:13:7 error misplaced-field spec.dependencies.pulsar.endpoints is not a field of MilvusCluster: the API server prunes it silently (kubectl apply, which validates strictly by default, refuses the manifest instead), so Milvus never gets this Pulsar address. The field is endpoint: ONE host:port string.`,
      );
      expect(lines).toContain('    fix (safe): Write spec.dependencies.pulsar.endpoint: 10.0.12.7:6650');
      expect(lines.at(-1)).toBe('1 error, 0 warnings, 2 infos in 1 file (1 Milvus resource).');
    },
    TIMEOUT,
  );

  it(
    'exits 0 when there are only warnings and infos',
    () => {
      expect(run(['check', `${FIXTURES}/docs/incluster-pulsar-typos.yaml`]).code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'reads standard input for -',
    () => {
      const { code, out } = run(
        ['check', '-'],
        readFileSync(join(ROOT, FIXTURES, 'samples/standalone-natsmq.yaml'), 'utf8'),
      );
      expect(code).toBe(1);
      expect(out).toMatch(/^<stdin>:9:20 error unsupported-storage /m);
    },
    TIMEOUT,
  );

  it(
    'prints JSON with --format json',
    () => {
      const { code, out } = run([
        'check',
        '--format',
        'json',
        `${FIXTURES}/samples/pulsar-token-secrets.yaml`,
        `${FIXTURES}/samples/cluster-woodpecker.yaml`,
      ]);
      expect(code).toBe(1);
      const json = JSON.parse(out) as { files: { file: string; diagnostics: Record<string, unknown>[] }[] };
      expect(json.files.map((f) => f.file)).toEqual([
        `${FIXTURES}/samples/pulsar-token-secrets.yaml`,
        `${FIXTURES}/samples/cluster-woodpecker.yaml`,
      ]);
      expect(json.files[1]!.diagnostics).toEqual([]);
      const misplaced = json.files[0]!.diagnostics.find((d) => d.code === 'misplaced-field');
      expect(misplaced).toEqual({
        severity: 'error',
        code: 'misplaced-field',
        message: expect.stringContaining('spec.component'),
        path: 'spec.component',
        line: 28,
        column: 3,
        fix: {
          title: 'Move to spec.components',
          safe: true,
          edits: [{ op: 'move', from: ['spec', 'component'], to: ['spec', 'components'] }],
        },
      });
    },
    TIMEOUT,
  );

  it(
    'prints SARIF, GitHub annotations and JUnit with the same exit status',
    () => {
      const file = `${FIXTURES}/docs/external-pulsar-endpoints.yaml`;
      const sarif = run(['check', '--format', 'sarif', file]);
      expect(sarif.code).toBe(1);
      const log = JSON.parse(sarif.out) as { version: string; runs: { results: { ruleId: string }[] }[] };
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('misplaced-field');
      const github = run(['check', '--format', 'github', file]);
      expect(github.code).toBe(1);
      expect(github.out).toContain(`::error file=${file},line=13,col=7,`);
      const junit = run(['check', '--format=junit', `${FIXTURES}/samples/standalone-rocksmq.yaml`]);
      expect(junit.code).toBe(0);
      expect(junit.out).toContain(
        '<testcase classname="test/fixtures/samples/standalone-rocksmq.yaml" name="no errors"/>',
      );
    },
    TIMEOUT,
  );

  it(
    'names the formats when --format is wrong',
    () => {
      const { code, out, err } = run([
        'check',
        '--format',
        'xml',
        `${FIXTURES}/samples/standalone-rocksmq.yaml`,
      ]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain('--format must be one of text, json, sarif, github, junit, not "xml"');
    },
    TIMEOUT,
  );

  it(
    'checks against another Milvus version with --milvus-version',
    () => {
      const file = `${FIXTURES}/samples/standalone-natsmq.yaml`;
      expect(run(['check', '--milvus-version', '2.4', file]).code).toBe(0);
      expect(run(['check', '--milvus-version', 'two', file]).code).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'exits 2 when a file cannot be read, after checking the others',
    () => {
      const { code, out, err } = run([
        'check',
        'no/such/file.yaml',
        `${FIXTURES}/samples/standalone-rocksmq.yaml`,
      ]);
      expect(code).toBe(2);
      expect(err).toContain('cannot read no/such/file.yaml: no such file');
      expect(out).toContain('1 file (1 Milvus resource); 1 file could not be read.');
    },
    TIMEOUT,
  );

  it(
    'exits 2 on wrong usage',
    () => {
      expect(run(['check']).code).toBe(2);
      expect(run(['check', '--format', 'xml', 'x.yaml']).code).toBe(2);
      expect(run(['check', '--frobnicate', 'x.yaml']).code).toBe(2);
      expect(run(['lint', 'x.yaml']).code).toBe(2);
      expect(run(['lsp', '--socket=5007']).code).toBe(2);
    },
    TIMEOUT,
  );

  it(
    '--help is an overview (the process); help COMMAND and COMMAND --help document every option and the exit status',
    async () => {
      const overview = run(['--help']);
      expect(overview.code).toBe(0);
      expect(overview.out).toContain('milvus-mq help COMMAND');
      expect(overview.out.split('\n').length).toBeLessThan(40);
      expect(overview.out).not.toContain('Exit status');
      // In the same process: each command's help, both ways.
      const helpOf = async (argv: string[]) => {
        let out = '';
        const code = await main(argv, { ...nodeIo(), out: (text) => (out += text), err: () => undefined });
        return { code, out };
      };
      const texts: string[] = [];
      for (const command of ['check', 'explain', 'diff', 'generate', 'policy', 'clean', 'schema', 'lsp']) {
        const viaHelp = await helpOf(['help', command]);
        expect(viaHelp.code).toBe(0);
        expect((await helpOf([command, '--help'])).out).toBe(viaHelp.out);
        texts.push(viaHelp.out);
      }
      const all = texts.join('\n');
      for (const option of [
        '--format',
        '--milvus-version',
        '--operator-version',
        '--mode',
        '--mq',
        '--external',
        '--endpoint',
        '--broker',
        '--name',
        '--namespace',
        '--api',
        '--values',
        '--output',
        '--validation-actions',
        '--namespace-selector',
        '--stdio',
        'milvusVersion',
      ]) {
        expect(all).toContain(option);
      }
      expect(texts[0]).toContain('Exit status');
      expect((await helpOf(['help', 'lint'])).code).toBe(2);
    },
    TIMEOUT,
  );
});

describe('milvus-mq generate', () => {
  it(
    'writes a manifest from flags that the checker finds clean',
    () => {
      const { code, out } = run([
        'generate',
        '--mode',
        'cluster',
        '--mq',
        'kafka',
        '--broker',
        'k0.mq:9092',
        '--broker',
        'k1.mq:9092',
        '--milvus-version',
        '2.5',
        '--name',
        'search',
        '--namespace',
        'vectors',
      ]);
      expect(code).toBe(0);
      expect(out).toContain('image: milvusdb/milvus:v2.5.26');
      expect(out).toContain('namespace: vectors');
      const problems = checkManifest(out).diagnostics.filter((d) => d.severity !== 'info');
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'writes the legacy MilvusCluster with --api v1alpha1',
    () => {
      const { code, out } = run([
        'generate',
        '--mode',
        'cluster',
        '--mq',
        'pulsar',
        '--endpoint',
        'pulsar.mq:6650',
        '--api',
        'v1alpha1',
        '--milvus-version',
        '2.4',
      ]);
      expect(code).toBe(0);
      expect(out).toContain('kind: MilvusCluster');
      expect(out).toContain('endpoint: pulsar.mq:6650');
    },
    TIMEOUT,
  );

  it(
    'gives an in-cluster Pulsar the chart that suits the Milvus version',
    () => {
      const { code, out } = run([
        'generate',
        '--mode',
        'cluster',
        '--mq',
        'pulsar',
        '--milvus-version',
        '2.4',
      ]);
      expect(code).toBe(0);
      expect(out).toContain('chartVersion: pulsar-v2');
      const problems = checkManifest(out).diagnostics.filter((d) => d.severity !== 'info');
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'refuses a combination the rules forbid, with the reason, exit 1',
    () => {
      const cluster = run(['generate', '--mode', 'cluster', '--mq', 'rocksmq']);
      expect(cluster.code).toBe(1);
      expect(cluster.err).toContain('in cluster mode Milvus fails at start');
      const scheme = run(['generate', '--mq', 'pulsar', '--endpoint', 'pulsar://p:6650']);
      expect(scheme.code).toBe(1);
      expect(scheme.err).toContain('scheme');
      expect(run(['generate', '--mq', 'rocksmq', '--external']).code).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'reads the wizard values from --values and writes to --output',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-'));
      const values = { ...defaultValues(), name: 'from-values', msgStreamType: 'woodpecker' };
      writeFileSync(join(dir, 'values.json'), JSON.stringify(values));
      const output = join(dir, 'milvus.yaml');
      const { code } = run(['generate', '--values', join(dir, 'values.json'), '--output', output]);
      expect(code).toBe(0);
      const written = readFileSync(output, 'utf8');
      expect(written).toContain('name: from-values');
      expect(checkManifest(written).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "writes an external Pulsar's auth plugin for both targets, and its token in neither file nor output",
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-'));
      const base = defaultValues();
      const values = {
        ...base,
        mode: 'cluster',
        msgStreamType: 'pulsar',
        pulsar: {
          ...base.pulsar,
          external: true,
          endpoint: 'pulsar.example:6650',
          authPlugin: 'org.apache.pulsar.client.impl.auth.AuthenticationToken',
          authParams: 'token:eyJs3cret',
        },
      };
      writeFileSync(join(dir, 'values.json'), JSON.stringify(values));
      const operator = run(['generate', '--values', join(dir, 'values.json')]);
      expect(operator.code).toBe(0);
      expect(operator.out).toContain('authPlugin: org.apache.pulsar.client.impl.auth.AuthenticationToken');
      expect(operator.out).toContain("authParams: '${PULSAR_AUTH_PARAMS}'");
      expect(operator.err).toContain(
        "envsubst '${PULSAR_AUTH_PARAMS}' < milvuscluster.yaml | kubectl apply -f -",
      );
      const helm = run(['generate', '--target', 'helm', '--values', join(dir, 'values.json')]);
      expect(helm.code).toBe(0);
      expect(helm.out).toContain('authPlugin: org.apache.pulsar.client.impl.auth.AuthenticationToken');
      expect(helm.out).not.toContain('authParams');
      expect(helm.err).toContain('--set-string externalPulsar.authParams="${PULSAR_AUTH_PARAMS:?');
      for (const r of [operator, helm]) expect(r.out + r.err).not.toContain('s3cret');
    },
    TIMEOUT,
  );

  it(
    'exits 2 on a bad flag value or an unreadable values file',
    () => {
      expect(run(['generate', '--mode', 'huge']).code).toBe(2);
      expect(run(['generate', '--values', 'no/such.json']).code).toBe(2);
      expect(run(['generate', '--values', '-'], 'not json').code).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'names the option whose value is missing or wrong, as the other commands do',
    () => {
      const missing = run(['generate', '--broker']);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain("milvus-mq generate: Option '--broker <value>' argument missing");
      expect(missing.err).toContain('Run milvus-mq generate --help');
      const swallowed = run(['generate', '--mode', '--mq', 'kafka']);
      expect(swallowed.code).toBe(2);
      expect(swallowed.err).toContain("Option '--mode' argument is ambiguous");
      const wrong = run(['generate', '--mq', 'nats']);
      expect(wrong.code).toBe(2);
      expect(wrong.err).toContain(
        '--mq must be one of rocksmq, natsmq, pulsar, kafka, woodpecker, not "nats"',
      );
      expect(run(['generate', 'extra']).err).toContain("Unexpected argument 'extra'");
      expect(run(['generate', '-h']).out).toContain('Usage: milvus-mq generate');
    },
    TIMEOUT,
  );
});

describe('milvus-mq explain', () => {
  it(
    'says what will run, from a file or standard input, exit 0 when Milvus is deployed',
    () => {
      const { code, out } = run(
        ['explain', '-'],
        readFileSync(join(ROOT, FIXTURES, 'samples/cluster-defaults.yaml'), 'utf8'),
      );
      expect(code).toBe(0);
      expect(out).toContain('Milvus cluster on Pulsar');
      expect(out).toContain('defaults-pulsar: chart pulsarv3');
      // The file names no namespace: the operator uses the resource's, which kubectl picks
      // (milvus_webhook.go setDefaultMsgStreamConfigs reads r.Namespace); never an assumed default.
      expect(out).toContain('address: defaults-pulsar-proxy.<namespace>');
      expect(out).toContain("<namespace> is the resource's namespace");
      expect(out).not.toContain('.default:');
    },
    TIMEOUT,
  );

  it(
    'exits 1 for a resource the API server refuses, and --webhook describes it as converted',
    () => {
      const file = `${FIXTURES}/docs/rocksmq-v1alpha1.yaml`;
      const refused = run(['explain', file]);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('Not created');
      const converted = run(['explain', '--webhook', '--format', 'json', file]);
      expect(converted.code).toBe(0);
      const json = JSON.parse(converted.out) as {
        files: { resources: { explanation: { outcome: string } }[] }[];
      };
      expect(json.files[0]!.resources[0]!.explanation.outcome).toBe('deployed');
    },
    TIMEOUT,
  );

  it(
    'shows the status of each live object of a kind: List, in text and JSON',
    () => {
      const item = (name: string, spec: Record<string, unknown>, options = {}) =>
        liveObjectOf({ apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name }, spec }, options);
      const list = stringify({
        apiVersion: 'v1',
        kind: 'List',
        metadata: { resourceVersion: '' },
        items: [
          item(
            'upgrading',
            { components: { image: 'milvusdb/milvus:v2.6.22' } },
            { currentImage: 'milvusdb/milvus:v2.5.26' },
          ),
          item(
            'stuck',
            {
              mode: 'cluster',
              dependencies: { msgStreamType: 'kafka', kafka: { external: true, brokerList: ['k:9092'] } },
            },
            { msgStreamReady: false },
          ),
        ],
      });
      const text = run(['explain', '-'], list);
      expect(text.out).toContain('<stdin> (item 1)\nupgrading: ');
      expect(text.out).toContain('  Runs now: Milvus 2.5.26 (status.currentImage milvusdb/milvus:v2.5.26)\n');
      expect(text.out).toContain('<stdin> (item 2)\nstuck: ');
      expect(text.out).toContain(
        '  MsgStreamReady: False (MsgStreamNotReady: dial tcp: connection refused)\n',
      );

      const json = JSON.parse(run(['explain', '--format', 'json', '-'], list).out) as {
        files: {
          resources: {
            item?: number;
            view: { status: { differs: boolean; msgStream: { status: string } } };
          }[];
        }[];
      };
      expect(
        json.files[0]!.resources.map((r) => [r.item, r.view.status.differs, r.view.status.msgStream.status]),
      ).toEqual([
        [0, true, 'True'],
        [1, false, 'False'],
      ]);
    },
    TIMEOUT,
  );

  it(
    'exits 2 on a wrong format or an unreadable file',
    () => {
      expect(run(['explain', '--format', 'xml', 'x.yaml']).code).toBe(2);
      expect(run(['explain', 'no/such.yaml']).code).toBe(2);
    },
    TIMEOUT,
  );
});

describe('the webhook option', () => {
  it(
    'check --webhook accepts a v1alpha1 Milvus that a default install refuses',
    () => {
      const file = `${FIXTURES}/docs/rocksmq-v1alpha1.yaml`;
      expect(run(['check', file]).out).toContain('v1alpha1-refused');
      const withWebhook = run(['check', '--webhook', file]);
      expect(withWebhook.out).not.toContain('v1alpha1-refused');
      expect(withWebhook.out).toContain('legacy-v1alpha1');
    },
    TIMEOUT,
  );

  it(
    'generate writes a v1alpha1 Milvus only with --webhook, and says why',
    () => {
      const refused = run(['generate', '--api', 'v1alpha1', '--mq', 'rocksmq', '--milvus-version', '2.4']);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/refused by the API server/i);
      const written = run([
        'generate',
        '--api',
        'v1alpha1',
        '--mq',
        'rocksmq',
        '--milvus-version',
        '2.4',
        '--webhook',
      ]);
      expect(written.code).toBe(0);
      expect(written.out).toContain('kind: Milvus');
      expect(
        checkManifest(written.out, { webhook: true }).diagnostics.filter((d) => d.severity === 'error'),
      ).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('milvus-mq policy', () => {
  it(
    'writes the policy and its binding, whose CEL refuses a broken manifest with the checker code',
    async () => {
      const { parseAllDocuments } = await import('yaml');
      const { compilePolicy, evaluatePolicy } = await import('../model/operator/policy/testing.ts');
      const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-policy-'));
      const output = join(dir, 'policy.yaml');
      const { code, err } = run([
        'policy',
        '--validation-actions',
        'Deny,Audit',
        '--namespace-selector',
        'milvus-mq=enforce',
        '-o',
        output,
      ]);
      expect(code).toBe(0);
      expect(err).toBe(`Wrote ${output}\n`);
      const [policy, binding, warnings, warningsBinding] = parseAllDocuments(
        readFileSync(output, 'utf8'),
      ) as unknown as { toJS(): unknown }[];
      const policyJs = policy!.toJS() as {
        kind: string;
        spec: {
          variables: { name: string; expression: string }[];
          validations: { expression: string; message: string }[];
        };
      };
      expect(policyJs.kind).toBe('ValidatingAdmissionPolicy');
      expect((binding!.toJS() as { spec: unknown }).spec).toMatchObject({
        validationActions: ['Deny', 'Audit'],
        matchResources: { namespaceSelector: { matchLabels: { 'milvus-mq': 'enforce' } } },
      });
      // The written CEL, evaluated: a Kafka broker with a scheme, the only one (a broker without a
      // port was the example before; the operator's kafka-go dials it at 9092, so it is no error).
      const compiled = compilePolicy(policyJs.spec);
      const broken = {
        apiVersion: 'milvus.io/v1beta1',
        kind: 'Milvus',
        spec: {
          mode: 'cluster',
          dependencies: {
            msgStreamType: 'kafka',
            kafka: { external: true, brokerList: ['PLAINTEXT://k0:9092'] },
          },
        },
      };
      expect(evaluatePolicy(broken, compiled)).toEqual({
        failed: [{ id: expect.any(String), code: 'endpoint-scheme', severity: 'error' }],
        errors: [],
      });
      const sample = readFileSync(join(ROOT, FIXTURES, 'samples/cluster-kafka-small.yaml'), 'utf8');
      const { parse } = await import('yaml');
      expect(evaluatePolicy(parse(sample), compiled)).toEqual({ failed: [], errors: [] });
      // The warnings' policy warns (and audits) even though the errors deny.
      expect((warningsBinding!.toJS() as { spec: unknown }).spec).toMatchObject({
        validationActions: ['Warn', 'Audit'],
      });
      const warningsCompiled = compilePolicy((warnings!.toJS() as typeof policyJs).spec);
      const custom = {
        kind: 'Milvus',
        spec: { dependencies: { msgStreamType: 'custom', kafka: { brokerList: ['k0:9092'] } } },
      };
      expect(evaluatePolicy(custom, warningsCompiled).failed.map((f) => f.code)).toEqual([
        'custom-storage-block-unused',
      ]);
      // On UPDATE the written CEL compares the old object with the new: a running Pulsar turned into
      // Kafka on 2.6 is refused; the same object created afresh is not; on 3.0 a switch from Pulsar
      // to Woodpecker only warns.
      const cluster = (image: string, msgStreamType: string) => ({
        apiVersion: 'milvus.io/v1beta1',
        kind: 'Milvus',
        spec: { mode: 'cluster', components: { image }, dependencies: { msgStreamType } },
      });
      const to = (image: string, msgStreamType: string) => {
        const obj = cluster(image, msgStreamType);
        return msgStreamType === 'kafka'
          ? {
              ...obj,
              spec: {
                ...obj.spec,
                dependencies: { msgStreamType, kafka: { external: true, brokerList: ['k0:9092'] } },
              },
            }
          : obj;
      };
      const v26 = 'milvusdb/milvus:v2.6.22';
      expect(
        evaluatePolicy(to(v26, 'kafka'), compiled, cluster(v26, 'pulsar')).failed.map((f) => f.code),
      ).toEqual(['storage-change']);
      expect(evaluatePolicy(to(v26, 'kafka'), compiled).failed).toEqual([]);
      const v30 = 'milvusdb/milvus:v3.0.1';
      expect(evaluatePolicy(to(v30, 'woodpecker'), compiled, cluster(v30, 'pulsar')).failed).toEqual([]);
      expect(
        evaluatePolicy(to(v30, 'woodpecker'), warningsCompiled, cluster(v30, 'pulsar')).failed.map(
          (f) => f.code,
        ),
      ).toEqual(['storage-change']);
    },
    TIMEOUT,
  );

  it(
    'writes to standard output by default, with Warn, and refuses wrong options with the reason',
    () => {
      const { code, out } = run(['policy']);
      expect(code).toBe(0);
      expect(out).toContain('kind: ValidatingAdmissionPolicyBinding');
      expect(out).toMatch(/validationActions:\n\s+- Warn\n/);
      const both = run(['policy', '--validation-actions', 'Deny,Warn']);
      expect(both.code).toBe(2);
      expect(both.err).toContain('Deny and Warn cannot be used together');
      const unknown = run(['policy', '--validation-actions', 'Block']);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('--validation-actions takes Deny, Warn, Audit, not "Block"');
      const selector = run(['policy', '--namespace-selector', 'env in ()']);
      expect(selector.code).toBe(2);
      expect(selector.err).toContain('--namespace-selector: "env in ()"');
    },
    TIMEOUT,
  );
});
