// A finding's field path, and a name in its message, wrap on the check page only after a dot, as the wizard's help does
// (issue #20: names cut mid-word on a phone; the check page showed "bookk eeper" the same way).
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

const DEEP = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
spec:
  mode: cluster
  dependencies:
    msgStreamType: pulsar
    pulsar:
      inCluster:
        values:
          bookkeeper:
            replicaCountt: 3
`;

for (const width of [390, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('no part of a finding path between its dots is split over two lines', async ({ page }) => {
      const check = new CheckYamlPage(page);
      await check.open();
      await check.upload('deep.yaml', DEEP);
      await check.waitForResults();
      const paths = page.locator('code.diagnostic-path, .diagnostic-message code.identifier');
      await expect(paths.first()).toBeVisible();
      // Each name between dots, measured by its own characters (so a path in one text node counts too).
      const split = await paths.evaluateAll((codes) =>
        codes.flatMap((code) => {
          const line = code.parentElement!.getBoundingClientRect().width;
          return Array.from(code.childNodes).flatMap((node) => {
            if (node.nodeType !== Node.TEXT_NODE) return [];
            const text = node.textContent ?? '';
            const names: string[] = [];
            let start = 0;
            for (const name of text.split('.')) {
              const range = document.createRange();
              range.setStart(node, start);
              range.setEnd(node, start + name.length);
              start += name.length + 1;
              const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
              const width = rects.reduce((sum, r) => sum + r.width, 0);
              if (new Set(rects.map((r) => Math.round(r.top))).size > 1 && width <= line) names.push(name);
            }
            return names;
          });
        }),
      );
      expect(await paths.count()).toBeGreaterThan(0);
      expect(split).toEqual([]);
    });
  });
}
