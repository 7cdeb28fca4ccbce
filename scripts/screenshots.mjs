// Retakes the README's screenshots, docs/wizard.png and docs/check.png, at 1440x900 from the built
// site, in the system Chromium (as the browser tests):
//   npm run build && npm run screenshots        (DIST=dist, PORT=4173 by default; CHROMIUM_PATH)
// Serves DIST with `vite preview` unless something already answers on PORT.
import { spawn } from 'node:child_process';
import process from 'node:process';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4173);
const DIST = process.env.DIST ?? 'dist';
const BASE = `http://localhost:${PORT}/`;
const VIEWPORT = { width: 1440, height: 900 };

async function answers() {
  try {
    return (await fetch(BASE)).ok;
  } catch {
    return false;
  }
}

async function serve() {
  if (await answers()) return null;
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i += 1) {
    if (await answers()) return server;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`vite preview did not answer on ${BASE}`);
}

/** Waits until every YAML editor on the page is Monaco, as a person sees it once it has loaded. */
async function editorsLoaded(page) {
  await page.locator('.yaml-editor').first().waitFor();
  await page.waitForFunction(
    () => document.querySelectorAll('.yaml-editor[data-editor="plain"]').length === 0,
  );
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: VIEWPORT });

  // The wizard: form on the left, the live YAML preview on the right.
  await page.goto(`${BASE}#/wizard`);
  await page.getByRole('heading', { level: 1, name: 'Milvus manifest wizard' }).waitFor();
  await editorsLoaded(page);
  await page.screenshot({ path: 'docs/wizard.png' });

  // Check YAML with the docs' in-cluster Pulsar example and its results.
  await page.goto(`${BASE}#/check`);
  await page.getByLabel('Load an example').selectOption({ label: 'Docs: internal Pulsar' });
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await editorsLoaded(page);
  await page.locator('section.check-results[aria-busy="false"] li.diagnostic').first().waitFor();
  await page.screenshot({ path: 'docs/check.png' });
  console.log('wrote docs/wizard.png and docs/check.png');
} finally {
  await browser.close();
  if (server) process.kill(-server.pid);
}
