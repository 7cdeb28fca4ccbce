// The pre-commit hook and the composite GitHub Action at the repository root, run as their hosts
// run them: the hook's entry through the package's bin, the action's script in bash -eo pipefail
// (GitHub's default shell) with its inputs as environment variables.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 60_000;
const CLEAN = readFileSync(join(ROOT, 'test/fixtures/samples/standalone-rocksmq.yaml'), 'utf8');
const BROKEN = readFileSync(join(ROOT, 'test/fixtures/docs/external-pulsar-endpoints.yaml'), 'utf8');

/** A repository with a clean manifest, a broken one, and YAML that is not Milvus at all. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'milvus-mq-ws-'));
  mkdirSync(join(dir, 'deploy', 'prod'), { recursive: true });
  writeFileSync(join(dir, 'deploy', 'clean.yaml'), CLEAN);
  writeFileSync(join(dir, 'deploy', 'prod', 'broken.yml'), BROKEN);
  writeFileSync(
    join(dir, 'deploy', 'deployment.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
  );
  writeFileSync(join(dir, '.github.yaml'), 'on: push\n');
  cpSync(join(ROOT, 'test/fixtures/samples/cluster-woodpecker.yaml'), join(dir, 'woodpecker.yaml'));
  return dir;
}

describe('.pre-commit-hooks.yaml', () => {
  it(
    'runs the package bin on YAML files, and passes over files without a Milvus resource',
    () => {
      const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
        id: string;
        entry: string;
        language: string;
        types: string[];
      }[];
      expect(hook).toMatchObject({ id: 'milvus-mq-check', language: 'node', types: ['yaml'] });
      const [command, ...args] = hook!.entry.split(' ');
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        bin: Record<string, string>;
      };
      const dir = workspace();
      const files = ['deploy/clean.yaml', 'deploy/deployment.yaml', '.github.yaml'];
      const clean = spawnSync(process.execPath, [join(ROOT, pkg.bin[command!]!), ...args, ...files], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(clean.stdout).toBe('No problems found in 3 files (1 Milvus resource).\n');
      expect(clean.status).toBe(0);
      const broken = spawnSync(
        process.execPath,
        [join(ROOT, pkg.bin[command!]!), ...args, 'deploy/prod/broken.yml'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      expect(broken.status).toBe(1);
    },
    TIMEOUT,
  );
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: { name: string; run: string; env?: Record<string, string> }[] };
  };
  const script = action.runs.steps.find((s) => s.name === 'Check manifests')!.run;

  function runAction(inputs: Record<string, string>, cwd: string) {
    const withDefaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default]),
    );
    const env = {
      ...process.env,
      GITHUB_ACTION_PATH: ROOT,
      MILVUS_MQ_FILES: withDefaults.files,
      MILVUS_MQ_FORMAT: withDefaults.format,
      MILVUS_MQ_VERSION: withDefaults['milvus-version'],
      MILVUS_MQ_OUTPUT: withDefaults.output,
    };
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      encoding: 'utf8',
    });
  }

  it('is a composite action whose inputs all reach the script', () => {
    expect(action.runs.using).toBe('composite');
    const env = action.runs.steps.find((s) => s.name === 'Check manifests')!.env!;
    expect(Object.values(env).sort()).toEqual(
      Object.keys(action.inputs)
        .map((name) => `\${{ inputs.${name} }}`)
        .sort(),
    );
  });

  it(
    'annotates every manifest under the default globs (dot files and folders aside) and fails on an error',
    () => {
      const result = runAction({}, workspace());
      expect(result.stdout).toContain('::error file=deploy/prod/broken.yml,line=13,col=7,');
      expect(result.stdout.trim().split('\n').at(-1)).toMatch(/ in 4 files \(3 Milvus resources\)\.$/);
      expect(result.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'writes SARIF to a file, passes on a clean selection, and says when no file matches',
    () => {
      const dir = workspace();
      const sarif = runAction({ files: 'deploy/*.yaml', format: 'sarif', output: 'out.sarif' }, dir);
      expect(sarif.status).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
      const none = runAction({ files: 'nothing/**/*.yaml' }, dir);
      expect(none.status).toBe(2);
      expect(none.stdout).toContain('::error title=milvus-mq::No file matches: nothing/**/*.yaml');
      const missing = runAction({ files: 'gone.yaml' }, dir);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('cannot read gone.yaml: no such file');
    },
    TIMEOUT,
  );
});
