import { defineConfig } from '@playwright/test';

const CI = Boolean(process.env.CI);
// PORT lets two runs (say, two developers' builds) share a machine.
const PORT = Number(process.env.PORT ?? 4173);
// DIST serves another build folder (e.g. `vite build --outDir /tmp/x`), so parallel runs do not clash.
const DIST = process.env.DIST ?? 'dist';

// End-to-end tests run against the built site (`npm run build` first) served by `vite preview`,
// in the system Chromium (Debian package `chromium`, or CHROMIUM_PATH).
export default defineConfig({
  testDir: 'e2e',
  // Generous: a 2-core machine runs two browsers, and Monaco's first load parses megabytes.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  forbidOnly: CI,
  // No retries, in CI too (issue #20: `npm test` passes in a fresh clone with no retry): a flaky test is a race to fix.
  retries: 0,
  workers: 2,
  reporter: [['list', { printSteps: false }]],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    browserName: 'chromium',
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
