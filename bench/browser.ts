/** The in-browser figures of `npm run bench`, measured in Debian's Chromium against `vite preview`. */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { manifestOfLines } from './manifests.ts';

export interface BrowserFigures {
  previewSamples: number;
  previewP50: number;
  previewP95: number;
  longestTask: number;
  longTasksOver50: number;
  /** When Monaco's first chunk was requested and when the page first painted (ms since navigation). */
  monacoRequestedAt: number | null;
  firstPaintAt: number | null;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

export async function measureInBrowser(dist: string): Promise<BrowserFigures> {
  const server = await preview({ build: { outDir: dist }, preview: { port: 4179, strictPort: true }, logLevel: 'silent' });
  const base = server.resolvedUrls?.local[0] ?? 'http://localhost:4179/';
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}#/wizard`);
    await page.locator('input[name="name"]').waitFor();

    await page.locator('.yaml-editor[data-editor="monaco"]').first().waitFor({ timeout: 30_000 });
    const { monacoRequestedAt, firstPaintAt } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const monaco = performance
        .getEntriesByType('resource')
        .filter((e) => /MonacoYamlEditor|editor\.api|editor\.main/i.test(e.name))
        .map((e) => e.startTime);
      return { monacoRequestedAt: monaco.length > 0 ? Math.min(...monaco) : null, firstPaintAt: paint };
    });

    // Each change types a new name; the wizard marks `preview:updated` once the preview holds it.
    const samples = await page.evaluate(async (count) => {
      const input = document.querySelector<HTMLInputElement>('input[name="name"]');
      if (!input) throw new Error('no name field');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const out: number[] = [];
      for (let i = 0; i < count; i += 1) {
        performance.clearMarks('preview:updated');
        const t0 = performance.now();
        setValue.call(input, `release-${i}`);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const mark = performance.getEntriesByName('preview:updated').find((m) => m.startTime >= t0);
        out.push(mark ? mark.startTime - t0 : Number.POSITIVE_INFINITY);
      }
      return out;
    }, 200);
    const sorted = [...samples].sort((a, b) => a - b);

    await page.goto(`${base}#/check`);
    await page.getByLabel('Upload YAML file').setInputFiles({
      name: 'big.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(manifestOfLines(5000)),
    });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n    typed: value-typed-in-bench', { delay: 25 });
    await page.waitForTimeout(2500);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

    return {
      previewSamples: samples.length,
      previewP50: percentile(sorted, 0.5),
      previewP95: percentile(sorted, 0.95),
      longestTask: Math.max(0, ...longTasks),
      longTasksOver50: longTasks.filter((d) => d > 50).length,
      monacoRequestedAt,
      firstPaintAt,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
