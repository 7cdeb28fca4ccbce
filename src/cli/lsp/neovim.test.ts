// A real editor: Neovim's built-in LSP client (Debian's neovim 0.7, which .ci/run installs)
// attaches `milvus-mq lsp --stdio` to a manifest, receives its diagnostics, applies the quick
// fix, writes the file; this test then reads the file.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkManifest } from '../../model/operator/checker/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const inCi = Boolean(process.env.CI);
if (!hasNvim && !inCi)
  console.warn('Skipping the Neovim test: nvim is not installed (apt-get install neovim; CI installs it).');

const work = mkdtempSync(join(tmpdir(), 'milvus-mq-nvim-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!hasNvim && !inCi)('Neovim with milvus-mq lsp', () => {
  it('shows the findings and applies the preferred quick fix; the written file keeps its comments and the finding is gone', () => {
    const file = join(work, 'milvuscluster.yaml');
    copyFileSync(join(ROOT, 'test/fixtures/docs/external-pulsar-endpoints.yaml'), file);
    const report = join(work, 'report.txt');
    const run = spawnSync(
      'nvim',
      [
        '--headless',
        '-n',
        '-i',
        'NONE',
        '-u',
        'NONE',
        '-c',
        `luafile ${join(ROOT, 'test/neovim/apply-fix.lua')}`,
      ],
      {
        cwd: work,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          MILVUS_MQ_ROOT: ROOT,
          MILVUS_MQ_FILE: file,
          MILVUS_MQ_CODE: 'misplaced-field',
          MILVUS_MQ_REPORT: report,
          // Neovim's own state and the client's log stay in the scratch folder.
          XDG_CONFIG_HOME: work,
          XDG_DATA_HOME: work,
          XDG_STATE_HOME: work,
          XDG_CACHE_HOME: work,
        },
      },
    );
    const said = readFileSync(report, 'utf8');
    expect(run.status, `${said}\n${run.stderr}`).toBe(0);
    expect(said).toMatch(/^codes .*misplaced-field/m);
    expect(said).toMatch(/^applied Write spec\.dependencies\.pulsar\.endpoint: 10\.0\.12\.7:6650$/m);

    const written = readFileSync(file, 'utf8');
    expect(written).toContain('endpoint: 10.0.12.7:6650');
    expect(written).toContain('# use the Pulsar the platform team runs');
    expect(written).toContain('# a field the CRD does not have.');
    expect(checkManifest(written).diagnostics.map((d) => d.code)).not.toContain('misplaced-field');
  });
});
