import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckClient, checkDelayFor, type CheckOutcome, type CheckWorker } from './checkClient.ts';
import type { CheckReply, CheckRequest } from './workerProtocol.ts';

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
  reply(reply: CheckReply) {
    this.onmessage?.({ data: reply });
  }
  answer(request: CheckRequest) {
    this.reply({ id: request.id, ok: true, diagnostics: [], truncated: false, resolved: [] });
  }
}

function setup(timeoutMs?: number) {
  const workers: FakeWorker[] = [];
  const client = new CheckClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    timeoutMs,
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

  it('reports the result with the text it belongs to', () => {
    const { workers, outcomes, check } = setup();
    check('a: 1');
    workers[0]!.answer(workers[0]!.requests[0]!);
    expect(outcomes).toEqual([{ ok: true, text: 'a: 1', diagnostics: [], truncated: false, resolved: [] }]);
  });

  it('sends the options with the text and passes back the operator view', () => {
    const { client, workers, outcomes } = setup();
    client.check('a: 1', (o) => outcomes.push(o), { webhook: true });
    const w = workers[0]!;
    expect(w.requests).toEqual([{ id: 1, text: 'a: 1', options: { webhook: true } }]);
    const resolved = [{ documentIndex: 0, pruned: ['spec.components'], view: {} as never }];
    w.reply({ id: 1, ok: true, diagnostics: [], truncated: false, resolved });
    expect(outcomes).toMatchObject([{ ok: true, text: 'a: 1', resolved }]);
  });

  it('checks only the newest text typed while a check runs, and never reports the stale one', () => {
    const { workers, outcomes, check } = setup();
    check('v1');
    check('v2');
    check('v3');
    const w = workers[0]!;
    expect(w.requests.map((r) => r.text)).toEqual(['v1']);
    w.answer(w.requests[0]!);
    expect(outcomes).toEqual([]);
    expect(w.requests.map((r) => r.text)).toEqual(['v1', 'v3']);
    w.answer(w.requests[1]!);
    expect(outcomes.map((o) => o.text)).toEqual(['v3']);
  });

  it('ignores a reply whose id is not the running check', () => {
    const { workers, outcomes, check } = setup();
    check('v1');
    workers[0]!.reply({ id: 99, ok: true, diagnostics: [], truncated: false, resolved: [] });
    expect(outcomes).toEqual([]);
  });

  it('passes on the checker’s own error message', () => {
    const { workers, outcomes, check } = setup();
    check('v1');
    workers[0]!.reply({ id: 1, ok: false, message: 'boom' });
    expect(outcomes).toEqual([{ ok: false, text: 'v1', message: 'boom' }]);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('stops a check that hangs and uses a fresh worker for the next one', () => {
    const { workers, outcomes, check } = setup(5000);
    check('huge');
    vi.advanceTimersByTime(4999);
    expect(outcomes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(outcomes).toEqual([
      { ok: false, text: 'huge', message: 'The check took longer than 5 s and was stopped.' },
    ]);
    expect(workers[0]!.terminated).toBe(true);
    check('small');
    expect(workers).toHaveLength(2);
    workers[1]!.answer(workers[1]!.requests[0]!);
    expect(outcomes.at(-1)).toMatchObject({ ok: true, text: 'small' });
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

  it('does not time out a check that answered', () => {
    const { workers, outcomes, check } = setup(5000);
    check('v1');
    workers[0]!.answer(workers[0]!.requests[0]!);
    vi.advanceTimersByTime(10_000);
    expect(outcomes).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
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
