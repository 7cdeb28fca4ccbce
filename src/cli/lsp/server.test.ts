// The language server through the protocol: what an editor receives for the fixtures is what
// `milvus-mq check --format json` prints for the same files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { main } from '../main.ts';
import { headingSlug } from './codesLink.ts';
import { startTestClient, type TestClient } from './testClient.ts';

const FIXTURES = ['docs', 'samples', 'helm'].flatMap((dir) =>
  readdirSync(new URL(`../../../test/fixtures/${dir}/`, import.meta.url))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `test/fixtures/${dir}/${name}`),
);
const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
const uriOf = (file: string) => `file:///work/${file}`;

async function checkJson(file: string, flags: string[] = []) {
  let out = '';
  const io = {
    readFile: async () => read(file),
    readFileBytes: async () => new TextEncoder().encode(read(file)),
    readStdin: async () => '',
    readStdinBytes: async () => new Uint8Array(),
    writeFile: async () => {},
    out: (text: string) => (out += text),
    err: () => {},
  };
  await main(['check', '--format', 'json', ...flags, file], io);
  const json = JSON.parse(out) as {
    files: {
      diagnostics: { severity: string; code: string; message: string; line: number; column: number }[];
    }[];
  };
  return json.files[0]!.diagnostics;
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info' } as const;
const asCheck = (d: LspDiagnostic) => ({
  severity: SEVERITY[d.severity as 1 | 2 | 3],
  code: d.code,
  message: d.message,
  line: d.range.start.line + 1,
  column: d.range.start.character + 1,
});
const fromJson = (d: { severity: string; code: string; message: string; line: number; column: number }) => ({
  severity: d.severity,
  code: d.code,
  message: d.message,
  line: d.line,
  column: d.column,
});

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);
}

let client: TestClient;
afterEach(() => client?.dispose());

/** The quick fix the server offers, at its place, for the published finding with this code. */
async function quickFixOf(uri: string, published: LspDiagnostic[], code: string): Promise<CodeAction> {
  const finding = published.find((d) => d.code === code);
  expect(finding, code).toBeDefined();
  const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: finding!.range,
    context: { diagnostics: [finding] },
  });
  const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === code));
  expect(fix, code).toBeDefined();
  return fix!;
}

/** A fresh server with `settings`, and the fixture opened in it. */
async function openFixture(file: string, settings: unknown = {}) {
  const text = read(file);
  const uri = uriOf(file);
  client = await startTestClient(settings);
  return { text, uri, published: await client.open(uri, text) };
}

describe('milvus-mq lsp', () => {
  it('publishes for every fixture, manifests and Helm values files, the findings check --format json prints: codes, severities, messages, places', async () => {
    client = await startTestClient();
    expect(FIXTURES.length).toBeGreaterThan(10);
    for (const file of FIXTURES) {
      const published = await client.open(uriOf(file), read(file));
      expect(published.diagnostics.map(asCheck), file).toEqual((await checkJson(file)).map(fromJson));
    }
  });

  it('links each diagnostic to its code’s entry in CODES.md: a file on disk, at the heading whose table lists the code', async () => {
    client = await startTestClient();
    const codes = new Set<string>();
    for (const file of FIXTURES) {
      for (const d of (await client.open(uriOf(file), read(file))).diagnostics) {
        expect(d.codeDescription, `${file}: ${String(d.code)}`).toBeDefined();
        const [path, anchor] = d.codeDescription!.href.split('#') as [string, string];
        expect(path.startsWith('file://')).toBe(true);
        const markdown = readFileSync(fileURLToPath(path), 'utf8');
        // The heading the anchor names, then the code's row in the table below it, before the next heading.
        const headings = [...markdown.matchAll(/^#{1,6} (.+)$/gm)];
        const at = headings.findIndex((h) => headingSlug(h[1]!) === anchor);
        expect(at, `${String(d.code)} -> #${anchor}`).toBeGreaterThanOrEqual(0);
        const section = markdown.slice(headings[at]!.index, headings[at + 1]?.index ?? markdown.length);
        expect(section).toContain(`| \`${String(d.code)}\``);
        codes.add(String(d.code));
      }
    }
    expect(codes.size).toBeGreaterThan(10);
    expect(codes).toContain('helm-idle-subchart');
  });

  it('judges against the client’s milvusVersion setting as check --milvus-version does, and follows a change of it', async () => {
    const file = 'test/fixtures/samples/standalone-natsmq.yaml';
    const { published } = await openFixture(file, { milvusVersion: '2.6' });
    const expected = (await checkJson(file, ['--milvus-version', '2.6'])).map(fromJson);
    expect(published.diagnostics.map(asCheck)).toEqual(expected);
    expect(expected.some((d) => d.severity === 'error')).toBe(true);

    const again = client.nextDiagnostics(uriOf(file));
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { 'milvus-mq': { milvusVersion: '2.5' } },
    });
    expect((await again).diagnostics.map(asCheck)).toEqual(
      (await checkJson(file, ['--milvus-version', '2.5'])).map(fromJson),
    );
  });

  it('judges as the client’s operatorVersion setting, as check --operator-version does', async () => {
    // No image: the version that runs is the release's default (v1.3.8: 2.6.11; v1.3.10: 2.6.24).
    const file = 'test/fixtures/samples/standalone-natsmq.yaml';
    const { published } = await openFixture(file, { 'milvus-mq': { operatorVersion: '1.3.10' } });
    const expected = (await checkJson(file, ['--operator-version', '1.3.10'])).map(fromJson);
    expect(published.diagnostics.map(asCheck)).toEqual(expected);
    expect(expected.map((d) => d.message).join('\n')).toContain('2.6.24');
  });

  it('checks again after an incremental change, once per pause', async () => {
    const file = 'test/fixtures/samples/standalone-rocksmq.yaml';
    const { text, uri } = await openFixture(file);
    const after = client.nextDiagnostics(uri);
    // mode: standalone -> cluster, typed in two keystrokes' worth of edits.
    const document = TextDocument.create(uri, 'yaml', 1, text);
    const at = text.indexOf('standalone');
    const start = document.positionAt(at);
    const end = document.positionAt(at + 'standalone'.length);
    client.change(uri, 2, [{ range: { start, end }, text: 'clus' }]);
    client.change(uri, 3, [
      {
        range: {
          start: { line: start.line, character: start.character + 4 },
          end: { line: start.line, character: start.character + 4 },
        },
        text: 'ter',
      },
    ]);
    const published = await after;
    expect(published.version).toBe(3);
    expect(published.diagnostics.map((d) => d.code)).toContain('unsupported-storage');
  });

  it('offers a safe fix as a preferred quick fix whose edits apply cleanly: the finding is gone, the comments stay', async () => {
    const file = 'test/fixtures/docs/external-pulsar-endpoints.yaml';
    const { text, uri, published } = await openFixture(file);
    const fix = await quickFixOf(uri, published.diagnostics, 'misplaced-field');
    expect(fix.kind).toBe('quickfix');
    expect(fix.isPreferred).toBe(true);
    const fixed = applyEdits(text, fix.edit!.changes![uri]!);
    expect(fixed).toContain('endpoint: 10.0.12.7:6650');
    expect(fixed).toContain('# use the Pulsar the platform team runs');

    const after = client.nextDiagnostics(uri);
    client.change(uri, 2, [{ text: fixed }]);
    expect((await after).diagnostics.map((d) => d.code)).not.toContain('misplaced-field');
  });

  it('offers a Helm values file its quick fix too, and the finding is gone once it is applied', async () => {
    const file = 'test/fixtures/helm/issue-helm-116-external-pulsar.yaml';
    const { text, uri, published } = await openFixture(file);
    const fix = await quickFixOf(uri, published.diagnostics, 'helm-idle-subchart');
    expect(fix.kind).toBe('quickfix');
    const after = client.nextDiagnostics(uri);
    client.change(uri, 2, [{ text: applyEdits(text, fix.edit!.changes![uri]!) }]);
    expect((await after).diagnostics.map((d) => d.code)).not.toContain('helm-idle-subchart');
  });

  it('offers every safe fix at once only when the client asks for source.fixAll', async () => {
    const file = 'test/fixtures/docs/incluster-pulsar-typos.yaml';
    const { text, uri } = await openFixture(file);
    const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: whole,
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.milvus-mq']);
    const fixed = applyEdits(text, actions[0]!.edit!.changes![uri]!);
    const after = client.nextDiagnostics(uri);
    client.change(uri, 2, [{ text: fixed }]);
    const left = (await after).diagnostics;
    const before = (await checkJson(file)).filter((d) => d.code === 'likely-typo');
    expect(before.length).toBeGreaterThan(0);
    expect(left.map((d) => d.code)).not.toContain('likely-typo');
  });
});

describe('milvus-mq lsp: hover and completion', () => {
  const STANDALONE_25 = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: search
spec:
  mode: standalone
  components:
    image: milvusdb/milvus:v2.5.16
  dependencies:
    msgStreamType: 
`;
  const uri = 'file:///work/standalone.yaml';
  const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

  it('hover on msgStreamType gives its description, the operator default and what this mode and version allow', async () => {
    client = await startTestClient();
    const text = STANDALONE_25.replace('msgStreamType: ', 'msgStreamType: rocksmq');
    await client.open(uri, text);
    const hovered: { contents: { value: string } } = await client.connection.sendRequest(
      'textDocument/hover',
      {
        textDocument: { uri },
        position: { line: line(text, 'msgStreamType'), character: 6 },
      },
    );
    const value = hovered.contents.value;
    expect(value).toContain('**spec.dependencies.msgStreamType**');
    expect(value).toContain('The message storage: pulsar, kafka, woodpecker, rocksmq, natsmq or custom.');
    expect(value).toContain("Default: rocksmq (the operator's default for standalone, Milvus 2.5.16)");
    expect(value).toMatch(/Woodpecker \(woodpecker\) in standalone, Milvus 2\.5\.16: not supported/);
    expect(value).toMatch(/NATS \(natsmq\) in standalone, Milvus 2\.5\.16: deprecated/);
    expect(value).toContain('Facts of milvus-operator v1.3.8 and Milvus 2.5.16, standalone mode.');
  });

  it('hover in an item of a kind: List reads that item’s mode', async () => {
    client = await startTestClient();
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: milvus.io/v1beta1
    kind: Milvus
    metadata: {name: a}
    spec:
      mode: standalone
      components: {image: "milvusdb/milvus:v2.5.16"}
  - apiVersion: milvus.io/v1beta1
    kind: Milvus
    metadata: {name: b}
    spec:
      mode: cluster
      components: {image: "milvusdb/milvus:v2.5.16"}
      dependencies:
        msgStreamType: kafka
`;
    await client.open('file:///work/list.yaml', list);
    const hovered: { contents: { value: string } } = await client.connection.sendRequest(
      'textDocument/hover',
      {
        textDocument: { uri: 'file:///work/list.yaml' },
        position: { line: line(list, 'msgStreamType'), character: 10 },
      },
    );
    expect(hovered.contents.value).toContain('**spec.dependencies.msgStreamType**');
    expect(hovered.contents.value).toContain(
      "Default: pulsar (the operator's default for cluster, Milvus 2.5.16)",
    );
  });

  it('hover on a key the CRD does not declare says nothing', async () => {
    client = await startTestClient();
    const text = STANDALONE_25.replace('msgStreamType: ', 'msgStreamTyp: rocksmq');
    await client.open(uri, text);
    const hovered: unknown = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: line(text, 'msgStreamTyp'), character: 6 },
    });
    expect(hovered).toBeNull();
  });

  it('completes msgStreamType with the storages the mode and version allow, the operator default first', async () => {
    client = await startTestClient();
    await client.open(uri, STANDALONE_25);
    const at = { line: line(STANDALONE_25, 'msgStreamType'), character: '    msgStreamType: '.length };
    const items: { label: string; preselect?: boolean }[] = await client.connection.sendRequest(
      'textDocument/completion',
      {
        textDocument: { uri },
        position: at,
      },
    );
    expect(items.map((i) => i.label).sort()).toEqual(['kafka', 'natsmq', 'pulsar', 'rocksmq']);
    expect(items.filter((i) => i.preselect).map((i) => i.label)).toEqual(['rocksmq']);

    const cluster = STANDALONE_25.replace('mode: standalone', 'mode: cluster').replace('v2.5.16', 'v2.6.11');
    const next = client.nextDiagnostics(uri);
    client.change(uri, 2, [{ text: cluster }]);
    await next;
    const clusterItems: { label: string }[] = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: at,
    });
    expect(clusterItems.map((i) => i.label).sort()).toEqual(['kafka', 'pulsar', 'woodpecker']);
  });

  it('completes the keys the CRD declares under a map', async () => {
    client = await startTestClient();
    const text = STANDALONE_25.replace('    msgStreamType: \n', '    kafka:\n      \n');
    await client.open(uri, text);
    const items: { label: string; insertText: string }[] = await client.connection.sendRequest(
      'textDocument/completion',
      {
        textDocument: { uri },
        position: { line: line(text, 'kafka:') + 1, character: 6 },
      },
    );
    expect(items.map((i) => i.label)).toEqual(['external', 'brokerList', 'secretRef', 'inCluster']);
    expect(items[1]!.insertText).toBe('brokerList: ');
  });
});

describe('milvus-mq lsp: hover and completion in a Helm values file', () => {
  const uri = 'file:///work/values.yaml';
  const STANDALONE = `cluster:
  enabled: false
image:
  all:
    tag: v2.6.15
standalone:
  messageQueue: 
pulsarv3:
  enabled: false
`;
  const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
  const hoverText = async (text: string, needle: string, character: number) => {
    const hovered: { contents: { value: string } } | null = await client.connection.sendRequest(
      'textDocument/hover',
      { textDocument: { uri }, position: { line: line(text, needle), character } },
    );
    return hovered?.contents.value ?? '';
  };
  const complete = async (text: string, needle: string, character: number) =>
    (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: line(text, needle), character },
    })) as { label: string; preselect?: boolean; detail?: string }[];

  it('hover on pulsarv3.enabled gives the chart’s description and the default of the chartVersion setting’s chart', async () => {
    client = await startTestClient({ chartVersion: '5.0.19' });
    await client.open(uri, STANDALONE);
    expect(await hoverText(STANDALONE, 'enabled: false', 4)).toContain('**cluster.enabled**');
    const pulsarLine = STANDALONE.split('\n').lastIndexOf('  enabled: false');
    const at = () =>
      client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: pulsarLine, character: 4 },
      }) as Promise<{ contents: { value: string } }>;
    const hovered = (await at()).contents.value;
    expect(hovered).toContain('**pulsarv3.enabled**');
    expect(hovered).toContain('Deploy the Apache Pulsar v3 subchart');
    expect(hovered).toContain('Default: true (chart 5.0.19)');
    expect(hovered).toContain(
      'Facts of chart 5.0.19 (the chartVersion setting) and Milvus 2.6.15 (image.all.tag: v2.6.15), standalone mode.',
    );

    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { 'milvus-mq': { chartVersion: '4.2.21' } },
    });
    const older = (await at()).contents.value;
    expect(older).toContain('Default: false (chart 4.2.21)');
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { 'milvus-mq': { chartVersion: '4.2.20' } },
    });
    expect((await at()).contents.value).toContain('Chart 4.2.20 has no such key.');
  });

  it('hover on standalone.messageQueue says what each queue does in this chart and whether this Milvus runs it', async () => {
    client = await startTestClient({ chartVersion: '5.0.19' });
    const text = STANDALONE.replace('messageQueue: ', 'messageQueue: woodpecker');
    await client.open(uri, text);
    const hovered = await hoverText(text, 'messageQueue', 4);
    expect(hovered).toContain('**standalone.messageQueue**');
    expect(hovered).toContain('cluster mode ignores it');
    expect(hovered).toContain('Default: woodpecker (chart 5.0.19)');
    expect(hovered).toMatch(
      /- rocksmq: in chart 5\.0\.19 writes its own mq block, which beats every other; RocksMQ in standalone, Milvus 2\.6\.15: /,
    );
    expect(hovered).toMatch(/- kafka: in chart 5\.0\.19 takes effect only with that storage enabled/);
    expect(hovered).toMatch(/- natsmq: .*NATS in standalone, Milvus 2\.6\.15: not supported/);
  });

  it('completes messageQueue with the queues the chart version acts on and the Milvus version runs, the chart’s default first', async () => {
    client = await startTestClient({ chartVersion: '5.0.19' });
    await client.open(uri, STANDALONE);
    const character = '  messageQueue: '.length;
    const items = await complete(STANDALONE, 'messageQueue', character);
    expect(items.map((i) => i.label).sort()).toEqual(['kafka', 'pulsar', 'rocksmq', 'woodpecker']);
    expect(items.filter((i) => i.preselect).map((i) => i.label)).toEqual(['woodpecker']);

    // Chart 4.2.20 writes no block for woodpecker (and Milvus 2.4 has none); NATS runs there.
    const old = STANDALONE.replace('v2.6.15', 'v2.4.17');
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { chartVersion: '4.2.20' },
    });
    const next = client.nextDiagnostics(uri);
    client.change(uri, 2, [{ text: old }]);
    await next;
    const oldItems = await complete(old, 'messageQueue', character);
    expect(oldItems.map((i) => i.label).sort()).toEqual(['kafka', 'natsmq', 'pulsar', 'rocksmq']);
    expect(oldItems.filter((i) => i.preselect).map((i) => i.label)).toEqual(['rocksmq']);
  });

  it('completes mq.type in extraConfigFiles.user.yaml with the storages the mode and version allow', async () => {
    client = await startTestClient({ chartVersion: '5.0.19' });
    const text = `cluster:
  enabled: true
image:
  all:
    tag: v2.6.15
kafka:
  enabled: true
pulsarv3:
  enabled: false
extraConfigFiles:
  user.yaml: |+
    mq:
      type: 
`;
    await client.open(uri, text);
    const items = await complete(text, 'type:', '      type: '.length);
    expect(items.map((i) => i.label).sort()).toEqual(['kafka', 'pulsar', 'woodpecker']);
    expect(items.filter((i) => i.preselect).map((i) => i.label)).toEqual(['kafka']);
    const hovered = await hoverText(text, 'type:', 7);
    expect(hovered).toContain('**extraConfigFiles.user.yaml.mq.type**');
    expect(hovered).toContain("Without it: kafka (what config.tpl's blocks write).");
  });

  it('completes the top-level keys the chart version has', async () => {
    client = await startTestClient({ chartVersion: '5.0.19' });
    const text = 'cluster:\n  enabled: true\n\n';
    await client.open(uri, text);
    const at = { line: 2, character: 0 };
    const labels = async () =>
      (
        (await client.connection.sendRequest('textDocument/completion', {
          textDocument: { uri },
          position: at,
        })) as { label: string }[]
      ).map((i) => i.label);
    expect(await labels()).toEqual(
      expect.arrayContaining(['pulsarv3', 'woodpecker', 'streaming', 'externalKafka']),
    );
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { chartVersion: '4.2.0' },
    });
    const old = await labels();
    expect(old).toEqual(expect.arrayContaining(['pulsar', 'kafka', 'externalKafka']));
    expect(old).not.toContain('pulsarv3');
    expect(old).not.toContain('woodpecker');
  });
});
