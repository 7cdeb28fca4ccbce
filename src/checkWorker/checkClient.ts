// Talks to the checker's Web Worker: one check at a time, the latest text wins, and a worker that
// dies or hangs is replaced. No React here, so the timing rules are unit-tested with a fake worker.
import type { CheckOptions, ResolvedResource } from '../model/checker/index.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { CheckReply, CheckRequest } from './workerProtocol.ts';

/** The part of `Worker` the client uses (a fake in tests). */
export interface CheckWorker {
  postMessage(request: CheckRequest): void;
  terminate(): void;
  onmessage: ((event: { data: CheckReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

export type CheckOutcome =
  | { ok: true; text: string; diagnostics: Diagnostic[]; truncated: boolean; resolved: ResolvedResource[] }
  | { ok: false; text: string; message: string };

export interface CheckClientOptions {
  createWorker: () => CheckWorker;
  /** A check running longer than this is stopped and its worker replaced. */
  timeoutMs?: number;
}

export const CHECK_TIMEOUT_MS = 5000;

interface Job {
  id: number;
  text: string;
  options?: CheckOptions;
  onDone: (outcome: CheckOutcome) => void;
}

export class CheckClient {
  private readonly createWorker: () => CheckWorker;
  private readonly timeoutMs: number;
  private worker: CheckWorker | null = null;
  private nextId = 1;
  private running: Job | null = null;
  /** The newest text waiting for the running check to end; older waiting texts are dropped. */
  private waiting: Job | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: CheckClientOptions) {
    this.createWorker = options.createWorker;
    this.timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  }

  /**
   * Checks `text`; `onDone` is called once, unless a newer `check` call comes first, in which case
   * this one's outcome is stale and never reported. `options` are the checker's (the webhook).
   */
  check(text: string, onDone: (outcome: CheckOutcome) => void, options?: CheckOptions): void {
    const job: Job = { id: this.nextId++, text, onDone, ...(options && { options }) };
    if (this.running) {
      this.waiting = job;
      return;
    }
    this.start(job);
  }

  /** Stops the worker; a later `check` starts a new one. */
  dispose(): void {
    this.clearTimer();
    this.running = null;
    this.waiting = null;
    this.stopWorker();
  }

  private start(job: Job): void {
    this.running = job;
    const worker = this.ensureWorker();
    this.timer = setTimeout(() => this.onTimeout(job), this.timeoutMs);
    worker.postMessage({ id: job.id, text: job.text, ...(job.options && { options: job.options }) });
  }

  private ensureWorker(): CheckWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.onReply(event.data);
    worker.onerror = (event) => {
      // Handled here: without this the browser also reports it as an uncaught error.
      event.preventDefault?.();
      this.onWorkerDied(event.message || 'The checker stopped unexpectedly.');
    };
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    if (!this.worker) return;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.worker = null;
  }

  private onReply(reply: CheckReply): void {
    const job = this.running;
    if (!job || reply.id !== job.id) return;
    const outcome: CheckOutcome = reply.ok
      ? {
          ok: true,
          text: job.text,
          diagnostics: reply.diagnostics,
          truncated: reply.truncated,
          resolved: reply.resolved,
        }
      : { ok: false, text: job.text, message: reply.message };
    this.finish(job, outcome, false);
  }

  private onTimeout(job: Job): void {
    if (this.running !== job) return;
    const seconds = Math.round(this.timeoutMs / 100) / 10;
    this.finish(
      job,
      { ok: false, text: job.text, message: `The check took longer than ${seconds} s and was stopped.` },
      true,
    );
  }

  private onWorkerDied(message: string): void {
    const job = this.running;
    if (!job) {
      this.stopWorker();
      return;
    }
    this.finish(job, { ok: false, text: job.text, message }, true);
  }

  /** Reports `job` unless a newer text is waiting, then starts the waiting one. */
  private finish(job: Job, outcome: CheckOutcome, restartWorker: boolean): void {
    this.clearTimer();
    this.running = null;
    if (restartWorker) this.stopWorker();
    const next = this.waiting;
    this.waiting = null;
    if (next) {
      this.start(next);
      return;
    }
    job.onDone(outcome);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * How long to wait after the last keystroke before checking: 200 ms, more for large texts so a
 * long check does not start on every pause while someone types in a big file.
 */
export function checkDelayFor(textLength: number): number {
  const extra = Math.floor(textLength / 100_000) * 100;
  return Math.min(200 + extra, 1000);
}
