import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckClient, checkDelayFor, type CheckOutcome, type CheckWorker } from './checkClient.ts';
import type { CheckRequest, Checked, WorkerMessage } from './workerProtocol.ts';

const CLEAN: Checked = { as: 'manifest', diagnostics: [], truncated: false, resolved: [] };

/** A worker the test answers by hand. */
class FakeWorker implements CheckWorker {
  onmessage: CheckWorker['onmessage'] = null;
  onerror: CheckWorker['onerror'] = null;
  requests: CheckRequest[] = [];
  terminated = false;
  postMessage(request: CheckRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerMessage) {
    this.onmessage?.({ data: reply });
  }
  answer(request: CheckRequest) {
    this.reply({ type: 'checked', id: request.id, checked: CLEAN });
  }
}

function setup(maxChars?: number) {
  const workers: FakeWorker[] = [];
  const client = new CheckClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    maxChars,
  });
  const outcomes: CheckOutcome[] = [];
  const check = (text: string) => client.check(text, (o) => outcomes.push(o));
  return { client, workers, outcomes, check };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('checking in a worker', () => {
  it('starts no worker until the first check', () => {
    const { workers, check } = setup();
    expect(workers).toHaveLength(0);
    check('a: 1');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests).toEqual([{ id: 1, text: 'a: 1' }]);
  });

  it('passes on the progress of the running check only, until its result', () => {
    const { client, workers, outcomes } = setup();
    const heard: [string, number][] = [];
    const check = (text: string) =>
      client.check(
        text,
        (o) => outcomes.push(o),
        undefined,
        (done) => heard.push([text, done]),
      );
    check('a: 1');
    workers[0]!.reply({ type: 'progress', id: 1, progress: 0.4 });
    check('a: 2'); // the first check is stale: its worker is replaced
    workers[0]!.reply({ type: 'progress', id: 1, progress: 0.9 });
    workers[1]!.reply({ type: 'progress', id: 2, progress: 0.5 });
    workers[1]!.answer(workers[1]!.requests[0]!);
    workers[1]!.reply({ type: 'progress', id: 2, progress: 0.7 });
    expect(heard).toEqual([
      ['a: 1', 0.4],
      ['a: 2', 0.5],
    ]);
    expect(outcomes).toMatchObject([{ ok: true, text: 'a: 2' }]);
  });

  it('reports the result with the text it belongs to', () => {
    const { workers, outcomes, check } = setup();
    check('a: 1');
    workers[0]!.answer(workers[0]!.requests[0]!);
    expect(outcomes).toEqual([{ ok: true, text: 'a: 1', checked: CLEAN }]);
  });

  it('sends the options with the text and passes back the operator view', () => {
    const { client, workers, outcomes } = setup();
    client.check('a: 1', (o) => outcomes.push(o), { webhook: true });
    const w = workers[0]!;
    expect(w.requests).toEqual([{ id: 1, text: 'a: 1', options: { webhook: true } }]);
    const resolved = [{ documentIndex: 0, pruned: ['spec.components'], view: {} as never }];
    w.reply({ type: 'checked', id: 1, checked: { ...CLEAN, resolved } });
    expect(outcomes).toMatchObject([{ ok: true, text: 'a: 1', checked: { as: 'manifest', resolved } }]);
  });

  it('sends what to read the text as and passes back the Helm view the worker chose', () => {
    const { client, workers, outcomes } = setup();
    const input = { format: 'auto', chartVersion: '5.0.19', fileName: 'values.yaml' } as const;
    client.check('pulsarv3: {}', (o) => outcomes.push(o), undefined, undefined, input);
    const w = workers[0]!;
    expect(w.requests).toEqual([{ id: 1, text: 'pulsarv3: {}', input }]);
    const checked: Checked = {
      as: 'helm',
      diagnostics: [],
      truncated: false,
      chartVersion: '5.0.19',
      explanation: null,
    };
    w.reply({ type: 'checked', id: 1, checked });
    expect(outcomes).toEqual([{ ok: true, text: 'pulsarv3: {}', checked }]);
  });

  it('a newer text stops the older check and only the newest is reported', () => {
    const { workers, outcomes, check } = setup();
    check('v1');
    check('v2');
    check('v3');
    expect(workers.map((w) => w.terminated)).toEqual([true, true, false]);
    expect(workers.map((w) => w.requests.map((r) => r.text))).toEqual([['v1'], ['v2'], ['v3']]);
    // A late reply from a stopped worker is never reported.
    workers[0]!.answer(workers[0]!.requests[0]!);
    expect(outcomes).toEqual([]);
    workers[2]!.answer(workers[2]!.requests[0]!);
    expect(outcomes.map((o) => o.text)).toEqual(['v3']);
  });

  it('reuses its worker for the next check once one is done', () => {
    const { workers, check } = setup();
    check('v1');
    workers[0]!.answer(workers[0]!.requests[0]!);
    check('v2');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests.map((r) => r.text)).toEqual(['v1', 'v2']);
  });

  it('ignores a reply whose id is not the running check', () => {
    const { workers, outcomes, check } = setup();
    check('v1');
    workers[0]!.reply({ type: 'checked', id: 99, checked: CLEAN });
    expect(outcomes).toEqual([]);
  });

  it('passes on the checker’s own error message', () => {
    const { workers, outcomes, check } = setup();
    check('v1');
    workers[0]!.reply({ type: 'failed', id: 1, message: 'boom' });
    expect(outcomes).toEqual([{ ok: false, text: 'v1', message: 'boom' }]);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('sets no time limit: a long check is answered whenever it ends', () => {
    const { workers, outcomes, check } = setup();
    check('huge but valid');
    vi.advanceTimersByTime(60_000);
    expect(outcomes).toEqual([]);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.answer(workers[0]!.requests[0]!);
    expect(outcomes).toEqual([{ ok: true, text: 'huge but valid', checked: CLEAN }]);
  });

  it('refuses only text over the size limit, naming the limit, without starting a check', () => {
    const { workers, outcomes, check } = setup(1024 * 1024);
    check('x'.repeat(1024 * 1024 + 1));
    expect(workers).toHaveLength(0);
    expect(outcomes).toEqual([
      expect.objectContaining({ ok: false, tooLarge: true, message: expect.stringMatching(/at most 1 MB/) }),
    ]);
  });

  it('replaces a worker that dies and reports why', () => {
    const { workers, outcomes, check } = setup();
    check('v1');
    workers[0]!.onerror?.({ message: 'out of memory' });
    expect(outcomes).toEqual([{ ok: false, text: 'v1', message: 'out of memory' }]);
    expect(workers[0]!.terminated).toBe(true);
    check('v2');
    expect(workers).toHaveLength(2);
  });

  it('terminates the worker when disposed', () => {
    const { client, workers, outcomes, check } = setup();
    check('v1');
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(outcomes).toEqual([]);
  });
});

describe('debounce delay', () => {
  it('is 200 ms for a usual manifest and grows for large texts, up to a second', () => {
    expect(checkDelayFor(2_000)).toBe(200);
    expect(checkDelayFor(250_000)).toBe(400);
    expect(checkDelayFor(10_000_000)).toBe(1000);
  });
});
