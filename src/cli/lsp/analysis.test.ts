import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { milvus } from '../../model/operator/checker/testing.ts';
import { parseStream } from '../../model/yaml/parseStream.ts';
import { toPlain } from '../../model/yaml/toPlain.ts';
import { Analyses, CHECK_ON_REQUEST_MAX, checkText, type Analysis } from './analysis.ts';

// Counted, not timed: how often a check parses the text and turns the whole of it into data.
vi.mock('../../model/yaml/parseStream.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../model/yaml/parseStream.ts')>();
  return { ...actual, parseStream: vi.fn(actual.parseStream) };
});
vi.mock('../../model/yaml/toPlain.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../model/yaml/toPlain.ts')>();
  return { ...actual, toPlain: vi.fn(actual.toPlain) };
});

const LARGE = milvus(
  `config:\n  common:\n${Array.from({ length: 12_000 }, (_, i) => `    key${i}: value-${i}`).join('\n')}`,
);

afterEach(() => vi.useRealTimers());

function typed(document: TextDocument, version: number): TextDocument {
  return TextDocument.update(
    document,
    [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }, text: 'x' }],
    version,
  );
}

describe('Analyses', () => {
  it('checks a large file once per pause in typing, whatever the editor asks for meanwhile', () => {
    vi.useFakeTimers();
    expect(LARGE.length).toBeGreaterThan(CHECK_ON_REQUEST_MAX);
    const published: Analysis[] = [];
    const analyses = new Analyses((a) => published.push(a), 200);
    let document = TextDocument.create('file:///large.yaml', 'yaml', 1, LARGE);
    analyses.schedule(document, true);
    expect(published.map((a) => a.version)).toEqual([1]);

    for (let version = 2; version <= 6; version++) {
      document = typed(document, version);
      analyses.schedule(document);
      // A code action waits for the check; hover and completion read the current text with the last result.
      expect(analyses.forRequest(document)).toBeNull();
      const recent = analyses.recent(document);
      expect(recent.text).toBe(document.getText());
      expect(recent.result.resolved[0]!.view.mode).toBe('standalone');
      vi.advanceTimersByTime(50);
    }
    expect(published.map((a) => a.version)).toEqual([1]);
    vi.advanceTimersByTime(200);
    expect(published.map((a) => a.version)).toEqual([1, 6]);
    expect(analyses.forRequest(document)?.version).toBe(6);
  });

  it('checks a small file at once when a request needs its current text', () => {
    const published: Analysis[] = [];
    const analyses = new Analyses((a) => published.push(a), 200);
    let document = TextDocument.create('file:///small.yaml', 'yaml', 1, milvus('mode: cluster'));
    analyses.schedule(document, true);
    document = typed(document, 2);
    analyses.schedule(document);
    expect(analyses.forRequest(document)?.version).toBe(2);
    expect(published.map((a) => a.version)).toEqual([1, 2]);
  });
});

describe('checkText', () => {
  it('reads a values file with one parse and one conversion to data, whatever its stages', () => {
    const text = `cluster:\n  enabled: true\n${Array.from({ length: 50 }, (_, i) => `component${i}:\n  replicas: ${i}\n`).join('')}`;
    const parses = vi.mocked(parseStream);
    const conversions = vi.mocked(toPlain);
    parses.mockClear();
    conversions.mockClear();
    const result = checkText('file:///values.yaml', text, {}, {});
    expect(result.values).toBeDefined();
    expect(parses).toHaveBeenCalledTimes(1);
    expect(
      conversions.mock.calls.filter(([, root]) => (root as { items?: unknown[] })?.items?.length === 51),
    ).toHaveLength(1);
  });
});

describe('Analyses on a text already checked', () => {
  it('publishes the new version without checking again when a change is undone before its check; new settings check again', () => {
    vi.useFakeTimers();
    const published: Analysis[] = [];
    const analyses = new Analyses((a) => published.push(a), 200);
    const text = milvus('mode: cluster');
    let document = TextDocument.create('file:///undo.yaml', 'yaml', 1, text);
    const parses = vi.mocked(parseStream);
    parses.mockClear();
    analyses.schedule(document, true);
    document = typed(document, 2);
    analyses.schedule(document);
    const undo = { start: { line: 3, character: 8 }, end: { line: 3, character: 9 } };
    document = TextDocument.update(document, [{ range: undo, text: '' }], 3);
    analyses.schedule(document);
    vi.advanceTimersByTime(200);
    expect(document.getText()).toBe(text);
    expect(published.map((a) => a.version)).toEqual([1, 3]);
    expect(published[1]!.result).toBe(published[0]!.result);
    expect(parses).toHaveBeenCalledTimes(1);
    analyses.invalidate();
    analyses.current(document);
    expect(parses).toHaveBeenCalledTimes(2);
  });
});
