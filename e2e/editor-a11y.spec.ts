// The code editor as a keyboard and low-vision user meets it: readable line numbers (the project's
// own Monaco theme) and a visible focus ring, on both pages that have an editor.
import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures.ts';
import { AppShell, type RoutePath } from './pages/AppShell.ts';

const EDITORS: { route: RoutePath; label: string }[] = [
  { route: '#/wizard', label: 'Manifest YAML' },
  { route: '#/check', label: 'Manifest to check' },
];

/** WCAG relative-luminance contrast of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function openEditor(page: Page, route: RoutePath) {
  const app = new AppShell(page);
  await app.goto(route);
  await app.waitForEditorsToLoad();
}

for (const { route, label } of EDITORS) {
  test(`${route}: every line number in the editor is readable (4.5:1)`, async ({ page }) => {
    await openEditor(page, route);
    const editor = page.locator('.yaml-editor').filter({ has: page.getByRole('textbox', { name: label }) });
    const numbers = editor.locator('.line-numbers');
    await expect(numbers.first()).toBeVisible();
    // Monaco re-renders its lines while the preview settles: a number removed meanwhile is skipped.
    const pairs = await numbers.evaluateAll((els) =>
      els.flatMap((el) => {
        const host = el.closest('.monaco-editor');
        if (!host) return [];
        return [
          {
            text: el.textContent,
            color: getComputedStyle(el).color,
            background: getComputedStyle(host).backgroundColor,
          },
        ];
      }),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const { text, color, background } of pairs) {
      expect(
        contrast(color, background),
        `line number ${text} (${color} on ${background})`,
      ).toBeGreaterThanOrEqual(4.5);
    }
    await checkA11y(page);
  });

  test(`${route}: the focused editor shows a focus ring`, async ({ page }) => {
    await openEditor(page, route);
    const textbox = page.getByRole('textbox', { name: label });
    const frame = page.locator('.yaml-editor-monaco').filter({ has: textbox });
    const ring = () =>
      frame.evaluate((el) => {
        const s = getComputedStyle(el);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
      });
    expect((await ring()).style).toBe('none');
    await textbox.focus();
    await expect.poll(async () => (await ring()).style).toBe('solid');
    const focused = await ring();
    expect(focused.width).toBeGreaterThanOrEqual(2);
    expect(contrast(focused.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
  });
}
