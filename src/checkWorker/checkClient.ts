// Talks to the checker's Web Worker: one check at a time, the latest text wins (a newer text stops
// the older check: its worker is replaced), and a worker that dies is replaced. There is no
// wall-clock limit: the checker is linear in its input, so a slow check is a slow machine, not a
// bad input. Only text over the checker's size limit is refused, before any work, naming the
// limit. No React here, so these rules are unit-tested with a fake worker.
import type { CheckOptions } from '../model/operator/checker/index.ts';
import { LIMITS } from '../model/yaml/limits.ts';
import type { CheckRequest, Checked, InputChoice, WorkerMessage } from './workerProtocol.ts';

/** The part of `Worker` the client uses (a fake in tests). */
export interface CheckWorker {
  postMessage(request: CheckRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerMessage }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

export type CheckOutcome =
  | { ok: true; text: string; checked: Checked }
  /** `tooLarge`: refused for its size (not a failure of the checker). */
  | { ok: false; text: string; message: string; tooLarge?: boolean };

export interface CheckClientOptions {
  createWorker: () => CheckWorker;
  /** Longer texts are refused without a check (default: the checker's own limit). */
  maxChars?: number;
}

interface Job {
  id: number;
  text: string;
  options?: CheckOptions;
  input?: InputChoice;
  onDone: (outcome: CheckOutcome) => void;
  onProgress?: (done: number) => void;
}

export class CheckClient {
  private readonly createWorker: () => CheckWorker;
  private readonly maxChars: number;
  private worker: CheckWorker | null = null;
  private nextId = 1;
  private running: Job | null = null;

  constructor(options: CheckClientOptions) {
    this.createWorker = options.createWorker;
    this.maxChars = options.maxChars ?? LIMITS.maxInputChars;
  }

  /**
   * Checks `text`; `onDone` is called once, unless a newer `check` call comes first, in which case
   * this one is stopped and never reported. `options` are the checker's (the webhook); `onProgress`
   * hears the share of the work done (0 to 1) while the check runs; `input` says what to read the
   * text as (absent: an operator manifest).
   */
  check(
    text: string,
    onDone: (outcome: CheckOutcome) => void,
    options?: CheckOptions,
    onProgress?: (done: number) => void,
    input?: InputChoice,
  ): void {
    const job: Job = {
      id: this.nextId++,
      text,
      onDone,
      ...(options && { options }),
      ...(onProgress && { onProgress }),
      ...(input && { input }),
    };
    if (this.running) {
      // The older check is stale: stop it rather than wait for it.
      this.running = null;
      this.stopWorker();
    }
    if (text.length > this.maxChars) {
      const mb = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
      onDone({
        ok: false,
        text,
        tooLarge: true,
        message: `The text is ${mb(text.length)}; the checker takes at most ${mb(this.maxChars)}. A Milvus manifest is a few kilobytes: is this the right file?`,
      });
      return;
    }
    this.start(job);
  }

  /** Whether a check is running now. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Stops the worker; a later `check` starts a new one. */
  dispose(): void {
    this.running = null;
    this.stopWorker();
  }

  private start(job: Job): void {
    this.running = job;
    const worker = this.ensureWorker();
    worker.postMessage({
      id: job.id,
      text: job.text,
      ...(job.options && { options: job.options }),
      ...(job.input && { input: job.input }),
    });
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

  private onReply(reply: WorkerMessage): void {
    const job = this.running;
    if (!job || reply.id !== job.id) return;
    switch (reply.type) {
      case 'progress':
        job.onProgress?.(reply.progress);
        return;
      case 'checked':
        this.finish(job, { ok: true, text: job.text, checked: reply.checked }, false);
        return;
      case 'failed':
        this.finish(job, { ok: false, text: job.text, message: reply.message }, false);
    }
  }

  private onWorkerDied(message: string): void {
    const job = this.running;
    if (!job) {
      this.stopWorker();
      return;
    }
    this.finish(job, { ok: false, text: job.text, message }, true);
  }

  private finish(job: Job, outcome: CheckOutcome, restartWorker: boolean): void {
    this.running = null;
    if (restartWorker) this.stopWorker();
    job.onDone(outcome);
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
