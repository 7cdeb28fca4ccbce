// Checks the editor's text in a Web Worker as the user types (debounced). Status is derived from
// whether the last outcome belongs to the current text, so no state is set while rendering or in
// an effect's body.
import { useEffect, useRef, useState } from 'react';
import type { CheckOptions, ResolvedResource } from '../model/operator/checker/index.ts';
import type { Diagnostic } from '../model/findings/diagnostics.ts';
import { CheckClient, checkDelayFor, type CheckOutcome, type CheckWorker } from './checkClient.ts';
import CheckWorkerScript from './check.worker.ts?worker';

export type CheckStatus = 'empty' | 'checking' | 'done' | 'failed';

export interface CheckResult {
  /** The text these diagnostics belong to (the editor may already hold a newer one). */
  text: string;
  diagnostics: Diagnostic[];
  truncated: boolean;
  /** The operator's view of each Milvus resource, for "What will run". */
  resolved: ResolvedResource[];
}

export interface WorkerCheck {
  /** The latest successful result, possibly for an older text while a new check runs. */
  result: CheckResult | null;
  status: CheckStatus;
  /** Why the checker failed on the current text (status 'failed'). */
  error: string | null;
  /** The current text was not checked for its size (status 'failed'; `error` names the limit). */
  tooLarge: boolean;
  /** While checking: the share of the check done (0 to 1), or null before the checker says. */
  progress: number | null;
}

/** Who is checking: each page keeps its own last outcome. */
export type CheckChannel = 'check-page' | 'wizard';

/** An outcome with the options it was checked with: the same text under other options is checked again. */
type Checked = CheckOutcome & { webhook: boolean };

// The last outcome survives the page being left and reopened, so returning shows results at once.
const memory = new Map<CheckChannel, { outcome: Checked | null; result: CheckResult | null }>();
const remembered = (channel: CheckChannel) => memory.get(channel) ?? { outcome: null, result: null };

function createWorker(): CheckWorker {
  return new CheckWorkerScript() as unknown as CheckWorker;
}

export function useWorkerCheck(text: string, channel: CheckChannel, options: CheckOptions = {}): WorkerCheck {
  const webhook = Boolean(options.webhook);
  const [outcome, setOutcome] = useState<Checked | null>(() => remembered(channel).outcome);
  const [result, setResult] = useState<CheckResult | null>(() => remembered(channel).result);
  const clientRef = useRef<CheckClient | null>(null);
  const [progress, setProgress] = useState<{ text: string; webhook: boolean; done: number } | null>(null);

  useEffect(() => {
    return () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  const blank = text.trim() === '';
  const current = outcome !== null && outcome.text === text && outcome.webhook === webhook;

  useEffect(() => {
    if (blank || current) return;
    const timer = setTimeout(() => {
      clientRef.current ??= new CheckClient({ createWorker });
      clientRef.current.check(
        text,
        (done) => {
          const next: Checked = { ...done, webhook };
          setOutcome(next);
          if (next.ok) {
            const { diagnostics, truncated, resolved } = next;
            const fresh = { text: next.text, diagnostics, truncated, resolved };
            memory.set(channel, { outcome: next, result: fresh });
            setResult(fresh);
          } else {
            memory.set(channel, { outcome: next, result: remembered(channel).result });
          }
        },
        { webhook },
        (done) => setProgress({ text, webhook, done }),
      );
    }, checkDelayFor(text.length));
    return () => clearTimeout(timer);
  }, [text, blank, current, channel, webhook]);

  if (blank) return { result: null, status: 'empty', error: null, tooLarge: false, progress: null };
  if (!current) {
    const done = progress?.text === text && progress.webhook === webhook ? progress.done : null;
    return { result, status: 'checking', error: null, tooLarge: false, progress: done };
  }
  if (!outcome.ok)
    return {
      result,
      status: 'failed',
      error: outcome.message,
      tooLarge: outcome.tooLarge === true,
      progress: null,
    };
  return { result, status: 'done', error: null, tooLarge: false, progress: null };
}
