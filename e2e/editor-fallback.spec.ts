// When the code editor cannot load (a blocked or broken chunk), the plain text box stays: the user
// can still paste, type and get the checker's results, and nothing is lost.
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

test.use({ allowedIssues: [/MonacoYamlEditor|Failed to fetch dynamically imported module|could not load/i] });

test('without the code editor, the plain text box checks what is typed into it', async ({ page }) => {
  await page.route(/MonacoYamlEditor-[^/]*\.js$/, (route) => route.abort());
  const check = new CheckYamlPage(page);
  await check.open();
  const editor = check.manifestEditor;
  await expect(page.getByText('The code editor could not load, so this is a plain text box')).toBeVisible();
  await expect(editor.frame).toHaveAttribute('data-editor', 'plain');

  await editor.textbox.fill('apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\nspec:\n  mode: cluster\n');
  await editor.textbox.press('Control+End');
  await page.keyboard.type('\n  dependencies:\n    msgStreamType: rocksmq');
  await expect(page.getByRole('status').filter({ hasText: /error/ })).toContainText('1 error');
  await expect(editor.textbox).toHaveValue(/msgStreamType: rocksmq/);
});
