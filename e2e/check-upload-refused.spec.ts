// A file the check page refuses (binary, empty, too large), uploaded or dropped after a good file
// was checked: the refusal shows beside the upload control, naming the file, and the good file's
// verdict goes away, so no verdict of another text is shown for it (issue #20).
import { exampleById } from '../src/model/examples/index.ts';
import { BAD_INPUT } from '../src/model/yaml/decode.ts';
import { LIMITS } from '../src/model/yaml/limits.ts';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';

const GOOD = exampleById('good-standalone-rocksmq')!.yaml;
const TOO_LARGE = LIMITS.maxInputChars + 1;

/** Each refused kind: its file name, what the upload sends, and the words the refusal must say. */
const REFUSED = [
  { name: 'photo.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), words: BAD_INPUT.binary },
  { name: 'empty.yaml', bytes: Buffer.alloc(0), words: BAD_INPUT.empty },
  { name: 'huge.yaml', bytes: null, words: BAD_INPUT.tooLarge(TOO_LARGE) },
] as const;

async function checkGoodFile(check: CheckYamlPage): Promise<void> {
  await check.upload('good.yaml', GOOD);
  await expect(check.summary).toHaveText('Ready to apply: no problems found');
}

/** The refusal is beside the upload control, describes it, names the file; the verdict is gone. */
async function expectRefused(check: CheckYamlPage, name: string, words: string): Promise<void> {
  const error = check.uploadError();
  await expect(error).toContainText(`${name}: ${words}`);
  const id = await error.getAttribute('id');
  await expect(check.uploadInput).toHaveAttribute('aria-describedby', id ?? 'missing');
  await expect(check.summary).toHaveText(new RegExp(`^${name.replace('.', '\\.')} was not loaded`));
  await expect(check.summary).not.toContainText('Ready to apply');
  await expect(check.results.getByRole('button', { name: 'Download fixed file' })).toBeDisabled();
  await expect(check.results.getByRole('region', { name: 'What will run', exact: true })).toHaveCount(0);
  await expect(check.input.getByText('Loaded good.yaml')).toHaveCount(0);

  // Beside the control: right under the upload button, above the editor.
  const button = (await check.page.getByText('Upload YAML file', { exact: true }).boundingBox())!;
  const box = (await error.boundingBox())!;
  const editor = (await check.input.locator('.check-editor').boundingBox())!;
  expect(box.y, 'the message starts under the upload button').toBeGreaterThanOrEqual(
    button.y + button.height - 1,
  );
  expect(box.y - (button.y + button.height), 'and close to it').toBeLessThan(80);
  expect(box.y + box.height, 'above the editor').toBeLessThanOrEqual(editor.y);
  expect(Math.abs(box.x - button.x), 'aligned with the button').toBeLessThan(4);
}

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 844 } });

    for (const { name, bytes, words } of REFUSED) {
      test(`uploading ${name} after a good file: the refusal beside Upload, the good verdict gone`, async ({
        page,
      }) => {
        const check = new CheckYamlPage(page);
        await check.open();
        await checkGoodFile(check);
        await check.upload(name, bytes ?? Buffer.alloc(TOO_LARGE, 'a'));
        await expectRefused(check, name, words);
        // The text is kept, and checking it again is one edit away.
        await expect(check.editorView()).toContainText('msgStreamType: rocksmq');
        await check.manifestEditor.replaceText(`${GOOD}# edited\n`);
        await expect(check.summary).toHaveText('Ready to apply: no problems found');
        await expect(check.uploadError()).toBeEmpty();
        await expect(check.uploadInput).not.toHaveAttribute('aria-describedby');
      });

      test(`dropping ${name} onto the editor after a good file: the same refusal`, async ({ page }) => {
        const check = new CheckYamlPage(page);
        await check.open();
        await checkGoodFile(check);
        const drop = await check.dragFileOver(name, bytes ?? { bytesOfA: TOO_LARGE });
        await drop();
        await expectRefused(check, name, words);
        // A good file after it is checked at once.
        await checkGoodFile(check);
        await expect(check.uploadError()).toBeEmpty();
      });
    }
  });
}
