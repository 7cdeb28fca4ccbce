// The command line on Helm values, in-process (main with an Io over the real files): the done-when
// of issue 22 for check and explain, every output format, auto-detection and --set.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import type { Io } from './io.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/helm/', import.meta.url));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const io: Io = {
    readFile: (p) => readFile(p, 'utf8'),
    readFileBytes: (p) => readFile(p),
    readStdin: () => Promise.resolve(''),
    readStdinBytes: () => Promise.resolve(new Uint8Array()),
    writeFile: () => Promise.resolve(),
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  };
  const code = await main(args, io);
  return { code, out, err };
}

const file = (name: string) => `${FIXTURES}${name}`;

describe('milvus-mq on Helm values', () => {
  it('explain --format json --helm --chart-version 5.0.19 names, in the config section, the mq.type Milvus receives', async () => {
    const r = await run([
      'explain',
      '--format',
      'json',
      '--helm',
      '--chart-version',
      '5.0.19',
      file('issue-helm-334-external-kafka.yaml'),
    ]);
    const json = JSON.parse(r.out) as {
      files: { resources: { explanation: { sections: { id: string; yaml?: string }[] } }[] }[];
    };
    const config = json.files[0]!.resources[0]!.explanation.sections.find((s) => s.id === 'config');
    expect(config?.yaml).toMatch(/^mq:\n {2}type: kafka$/m);
    const releases = json.files[0]!.resources[0]!.explanation.sections.find(
      (s) => s.id === 'releases',
    ) as unknown as { lines: string[] };
    expect(releases.lines.join('\n')).toMatch(/pulsarv3: .*deployed, idle/);
  });

  it('check --format json --helm --chart-version 5.0.19 warns about each subchart deployed but unused, and nothing above info on a correct file', async () => {
    const bad = await run([
      'check',
      '--format',
      'json',
      '--helm',
      '--chart-version',
      '5.0.19',
      file('issue-helm-116-external-pulsar.yaml'),
    ]);
    const diagnostics = (
      JSON.parse(bad.out) as { files: { diagnostics: { code: string; severity: string }[] }[] }
    ).files[0]!.diagnostics;
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'helm-idle-subchart', severity: 'warning' }),
    );
    const good = await run([
      'check',
      '--format',
      'json',
      '--helm',
      '--chart-version',
      '5.0.19',
      file('chart-ci-cluster-values.yaml'),
    ]);
    const clean = (JSON.parse(good.out) as { files: { diagnostics: { severity: string }[] }[] }).files[0]!
      .diagnostics;
    expect(clean.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(good.code).toBe(0);
  });

  it('recognises a values file without --helm; -f order and --set as Helm applies them', async () => {
    const auto = await run(['check', file('issue-milvus-40889-standalone-pulsar-mq.yaml')]);
    expect(auto.code).toBe(1);
    expect(auto.out).toMatch(
      /:6:\d+ error helm-message-queue-ignored standalone.messageQueue is pulsar, but Milvus runs RocksMQ/,
    );
    const merged = await run([
      'check',
      '--helm',
      file('issue-milvus-40889-standalone-pulsar-mq.yaml'),
      '--set',
      'pulsarv3.enabled=true',
    ]);
    expect(merged.code).toBe(0);
    const bad = await run(['check', '--helm', file('docs-standalone-set.yaml'), '--set', 'cluster.enabled']);
    expect(bad.out).toMatch(/--set cluster.enabled:1:7 error helm-set-syntax/);
  });

  it('takes a release made of --set arguments alone, as `helm install --set` does (chart defaults, then the arguments)', async () => {
    // The Milvus docs' standalone install: `helm install my-release milvus/milvus --set cluster.enabled=false ...`.
    const standalone = await run([
      'explain',
      '--helm',
      '--chart-version',
      '5.0.19',
      '--set',
      'cluster.enabled=false',
      '--set',
      'pulsarv3.enabled=false',
    ]);
    expect(standalone.code).toBe(0);
    expect(standalone.out).toMatch(/Milvus standalone on Woodpecker \(chart 5.0.19/);
    // Pulsar v3 left on for a standalone that runs Woodpecker: deployed and idle.
    const idle = await run(['check', '--helm', '--chart-version', '5.0.19', '--set', 'cluster.enabled=false']);
    expect(idle.out).toMatch(/warning helm-idle-subchart pulsarv3.enabled is true by default/);
    expect(idle.out).toMatch(/in 1 --set argument \(/);
    // Without --helm, no FILE is still a usage error: nothing says what to read.
    const noFile = await run(['check', '--set', 'cluster.enabled=false']);
    expect(noFile.code).toBe(2);
    expect(noFile.err).toMatch(/no FILE given/);
  });

  it('prints Helm findings in every output format', async () => {
    for (const [format, marker] of [
      ['sarif', '"ruleId": "helm-idle-subchart"'],
      ['github', '::warning file='],
      ['junit', '<testsuite'],
      ['text', 'warning helm-idle-subchart'],
    ] as const) {
      const r = await run([
        'check',
        '--format',
        format,
        '--helm',
        file('issue-helm-116-external-pulsar.yaml'),
      ]);
      expect(r.out, format).toContain(marker);
    }
  });

  it('refuses an unknown chart version with the range it knows', async () => {
    const r = await run(['check', '--helm', '--chart-version', '5.0.18', file('docs-standalone-set.yaml')]);
    expect(r.out).toMatch(/chart version "5.0.18" is not one this tool knows \(4.2.0 to 5.0.19/);
    expect(r.code).toBe(1);
  });
});
