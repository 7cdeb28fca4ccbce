// The wizard, in the steps a person takes on it: choose, fill in, move between steps, read and
// edit the YAML preview, download.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect } from '../fixtures.ts';
import { AppShell } from './AppShell.ts';
import { YamlEditorControl } from './YamlEditorControl.ts';

export type StepName = 'Deployment' | 'Message storage' | 'Settings' | 'Review';
export type StorageName = 'RocksMQ' | 'NATS' | 'Pulsar' | 'Kafka' | 'Woodpecker';
export type Minor = '2.3' | '2.4' | '2.5' | '2.6' | '3.0';

/** A manifest as parsed from YAML: nested maps, read with `at(manifest, 'spec.dependencies.kafka')`. */
export type Manifest = Record<string, unknown>;

export const DRAFT_KEY = 'milvus-mq.wizard-draft';

export function at(manifest: unknown, path: string): unknown {
  let node = manifest;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export class WizardPage extends AppShell {
  readonly steps: Locator;
  readonly form: Locator;
  readonly stepHeading: Locator;
  readonly preview: Locator;
  readonly previewEditor: YamlEditorControl;
  readonly nextButton: Locator;
  readonly backButton: Locator;

  constructor(page: Page) {
    super(page);
    this.steps = page.getByRole('navigation', { name: 'Wizard steps' });
    this.form = page.locator('form.wizard-card');
    this.stepHeading = this.form.locator('#wizard-step-heading');
    this.preview = page.getByRole('region', { name: 'YAML preview' });
    this.previewEditor = new YamlEditorControl(page, 'Manifest YAML');
    this.nextButton = this.form.getByRole('button', { name: /^Next/ });
    this.backButton = this.form.getByRole('button', { name: 'Back', exact: true });
  }

  async open(hash = '#/wizard'): Promise<void> {
    await this.page.goto(hash);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Milvus manifest wizard' })).toBeVisible();
  }

  /** The step the indicator marks as current. */
  currentStep(): Locator {
    return this.steps.locator('[aria-current="step"]');
  }

  /** Opens the wizard at its storage step and unfolds "Which storage runs where": the support table. */
  async openSupportTable(): Promise<Locator> {
    await this.open();
    await this.next();
    await this.expectStep('Message storage');
    await this.page.getByText('Which storage runs where').click();
    const table = this.page.getByRole('table', { name: /Message storage support/ });
    await expect(table).toBeVisible();
    return table;
  }

  async expectStep(name: StepName): Promise<void> {
    await expect(this.currentStep()).toContainText(name);
    await expect(this.stepHeading).toContainText(name);
  }

  async next(): Promise<void> {
    await this.nextButton.click();
  }

  async back(): Promise<void> {
    await this.backButton.click();
  }

  /** Clicks a step already reached in the indicator. */
  async goToStep(name: StepName): Promise<void> {
    await this.steps.getByRole('button', { name: new RegExp(name) }).click();
    await this.expectStep(name);
  }

  radio(name: string): Locator {
    return this.form.getByRole('radio', { name, exact: true });
  }

  /** A text, number or select field by its label. */
  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  async chooseMode(mode: 'Standalone' | 'Cluster'): Promise<void> {
    await this.radio(mode).check();
  }

  async chooseVersion(minor: Minor): Promise<void> {
    await this.field('Milvus version').selectOption(minor);
  }

  async chooseStorage(storage: StorageName): Promise<void> {
    await this.radio(storage).check();
  }

  /** In-cluster / External for Pulsar and Kafka, Embedded / External for Woodpecker. */
  async chooseSide(side: 'In-cluster' | 'External' | 'Embedded'): Promise<void> {
    await this.radio(side).check();
  }

  /** Adds one broker row per host on the Kafka settings (external side chosen) and fills it in. */
  async addBrokers(...hosts: string[]): Promise<void> {
    const first = await this.form.getByRole('textbox', { name: /^Broker \d+$/ }).count();
    for (const [i, host] of hosts.entries()) {
      await this.form.getByRole('button', { name: 'Add broker' }).click();
      await this.fill(`Broker ${first + i + 1}`, host);
    }
  }

  /**
   * From the Deployment step (mode and version already chosen): an external Kafka with SASL, its
   * brokers, protocol, mechanism, user name and, when given, the password. Ends on Settings.
   */
  async setUpKafkaSasl({
    brokers,
    protocol = 'SASL_SSL',
    mechanism = 'PLAIN',
    username = 'milvus',
    password,
  }: {
    brokers: string[];
    protocol?: 'SASL_SSL' | 'SASL_PLAINTEXT';
    mechanism?: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
    username?: string;
    password?: string;
  }): Promise<void> {
    await this.next();
    await this.chooseStorage('Kafka');
    await this.next();
    await this.expectStep('Settings');
    await this.chooseSide('External');
    await this.addBrokers(...brokers);
    await this.select('Security protocol (securityProtocol)', protocol);
    await this.select('SASL mechanism (saslMechanisms)', mechanism);
    await this.fill('SASL username (saslUsername)', username);
    if (password !== undefined) await this.fill('SASL password (saslPassword)', password);
  }

  /** Opens the wizard on the Helm target; the editor of its values.yaml preview. */
  async openOnHelm(): Promise<YamlEditorControl> {
    await this.open();
    await this.radio('Helm (milvus-helm chart)').check();
    return new YamlEditorControl(this.page, 'Helm values YAML');
  }

  /**
   * From the Deployment step (target, mode and version already chosen): an external Pulsar at
   * `endpoint` with the auth plugin `plugin`. Ends on Settings.
   */
  async setUpPulsarAuth({ endpoint, plugin }: { endpoint: string; plugin: string }): Promise<void> {
    await this.next();
    await this.chooseStorage('Pulsar');
    await this.next();
    await this.expectStep('Settings');
    await this.chooseSide('External');
    await this.fill('Endpoint', endpoint);
    await this.select('Auth plugin (authPlugin)', plugin);
  }

  /** The checker's line under the preview: "Checker: N errors, …" or that it finds no problems. */
  previewFindings(): Locator {
    return this.preview.locator('.preview-findings, .preview-status');
  }

  async fill(label: string | RegExp, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async select(label: string | RegExp, option: string): Promise<void> {
    await this.field(label).selectOption(option);
  }

  /** Default / On / Off of an optional yes-no setting. */
  async setTriState(label: string | RegExp, state: 'Default' | 'On' | 'Off'): Promise<void> {
    await this.field(label).selectOption({ value: state.toLowerCase() });
  }

  /** A choice's card: the box around the radio, its label and what is said under it (badges, description). */
  radioCard(radioName: string): { root: Locator; label: Locator; description: Locator } {
    const radio = this.page.getByRole('radio', { name: radioName, exact: true });
    const root = this.form.locator('.radio-option').filter({ has: radio });
    return {
      root,
      label: root.locator('label'),
      description: root.locator('.radio-extra'),
    };
  }

  /** The text shown with a choice: its reason, badges and notes (the radio's description). */
  async descriptionOf(radioName: string): Promise<Locator> {
    const id = await this.radio(radioName).getAttribute('aria-describedby');
    if (!id) throw new Error(`${radioName} has no description`);
    return this.page.locator(`[id="${id}"]`);
  }

  /** The error shown next to a field (inside the field's own box or list row). */
  errorNear(field: Locator): Locator {
    return this.boxOf(field).locator('.field-error');
  }

  /** The checker's warning shown next to a field: said in the warning tone, it does not stop "Next". */
  warningNear(field: Locator): Locator {
    return this.boxOf(field).locator('.field-warning');
  }

  private boxOf(field: Locator): Locator {
    return field.locator(
      'xpath=ancestor::*[contains(concat(" ", @class, " "), " field ") or contains(@class, "string-list-row")][1]',
    );
  }

  /** The review step's one list of problems and warnings. */
  reviewProblems(): Locator {
    return this.form.getByRole('list', { name: 'Problems and warnings' }).getByRole('listitem');
  }

  /** Goes from the current step to `name` with Next, checking each step on the way. */
  async nextUntil(name: StepName): Promise<void> {
    for (let i = 0; i < 4; i += 1) {
      if ((await this.stepHeading.textContent())?.includes(name)) return;
      await this.next();
    }
    await this.expectStep(name);
  }

  /**
   * Downloads milvuscluster.yaml from the button beside the preview and returns its text;
   * `despiteWarning` answers the warning a YAML with an error gets with "Download anyway".
   */
  async downloadText(from: Locator = this.preview, despiteWarning = false): Promise<string> {
    return this.downloadFile('milvuscluster.yaml', from, despiteWarning);
  }

  /** Downloads the file the wizard writes (milvuscluster.yaml, or values.yaml for Helm) and returns its text. */
  async downloadFile(
    fileName: string,
    from: Locator = this.preview,
    despiteWarning = false,
  ): Promise<string> {
    const button = from.getByRole('button', { name: `Download ${fileName}` });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      despiteWarning
        ? button
            .click()
            .then(() =>
              from.getByRole('alertdialog').getByRole('button', { name: 'Download anyway' }).click(),
            )
        : button.click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    const path = await download.path();
    return readFile(path, 'utf-8');
  }

  async downloadManifest(from?: Locator): Promise<Manifest> {
    return parse(await this.downloadText(from)) as Manifest;
  }

  /** The YAML the preview shows contains this text (once the code editor has loaded). */
  async expectPreviewToShow(text: string): Promise<void> {
    await this.previewEditor.waitForMonaco();
    await expect(this.previewEditor.frame).toContainText(text);
  }

  /** Puts the cursor at the end of the YAML, in the code editor. */
  async cursorToEnd(): Promise<void> {
    await this.previewEditor.waitForMonaco();
    await this.previewEditor.textbox.focus();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  /**
   * Types another value over the last value of the generated manifest (its last line is
   * `msgStreamType: woodpecker` before a line break), key by key as a person does; the cursor
   * stays after it.
   */
  async retypeLastValue(oldValue: string, newValue: string): Promise<void> {
    await this.cursorToEnd();
    await this.page.keyboard.press('ArrowUp');
    await this.page.keyboard.press('End');
    for (let i = 0; i < oldValue.length; i += 1) await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(newValue);
  }

  async draft(): Promise<string | null> {
    return this.page.evaluate((key) => window.localStorage.getItem(key), DRAFT_KEY);
  }

  /** Waits until the autosaved draft holds `text`. */
  async expectDraftToContain(text: string): Promise<void> {
    await expect.poll(async () => (await this.draft()) ?? '').toContain(text);
  }
}

/** Holds the checker's worker script until `release` is called: no check answers until then. */
export async function holdCheckWorker(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/assets\/check\.worker-[^/]*\.js$/, async (route) => {
    await released;
    await route.fallback();
  });
  return { release };
}

/** Holds the wizard's YAML module (reader and writer) back until `release` is called. */
export async function holdYamlModule(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/assets\/yamlParsingModule-[^/]*\.js$/, async (route) => {
    await released;
    await route.fallback();
  });
  return { release };
}
