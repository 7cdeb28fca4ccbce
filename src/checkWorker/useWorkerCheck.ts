// Checks the editor's text in a Web Worker as the user types (debounced). Status is derived from
// whether the last outcome belongs to the current text and settings, so no state is set while
// rendering or in an effect's body.
import { useEffect, useRef, useState } from 'react';
import type { CheckOptions } from '../model/operator/checker/index.ts';
import { CheckClient, checkDelayFor, type CheckOutcome, type CheckWorker } from './checkClient.ts';
import type { Checked, InputChoice } from './workerProtocol.ts';
import CheckWorkerScript from './check.worker.ts?worker';

export type CheckStatus = 'empty' | 'checking' | 'done' | 'failed';

/** What the worker made of a text (as a manifest or as Helm values), with the text it belongs to. */
export type CheckResult = Checked & {
  /** The text these diagnostics belong to (the editor may already hold a newer one). */
  text: string;
};

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

/** An outcome with the settings it was checked under: the same text under others is checked again. */
type Outcome = CheckOutcome & { settings: string };

// The last outcome survives the page being left and reopened, so returning shows results at once.
const memory = new Map<CheckChannel, { outcome: Outcome | null; result: CheckResult | null }>();
const remembered = (channel: CheckChannel) => memory.get(channel) ?? { outcome: null, result: null };

function createWorker(): CheckWorker {
  return new CheckWorkerScript() as unknown as CheckWorker;
}

/** `input`: what to read the text as (absent: an operator manifest, as the wizard's preview is). */
export function useWorkerCheck(
  text: string,
  channel: CheckChannel,
  options: CheckOptions = {},
  input?: InputChoice,
): WorkerCheck {
  const webhook = Boolean(options.webhook);
  const format = input?.format;
  const chartVersion = input?.chartVersion;
  const fileName = input?.fileName;
  const setFromEnv = input?.setFromEnv?.join(',');
  const settings = JSON.stringify([webhook, format, chartVersion, fileName, setFromEnv]);
  const [outcome, setOutcome] = useState<Outcome | null>(() => remembered(channel).outcome);
  const [result, setResult] = useState<CheckResult | null>(() => remembered(channel).result);
  const clientRef = useRef<CheckClient | null>(null);
  const [progress, setProgress] = useState<{ text: string; settings: string; done: number } | null>(null);

  useEffect(() => {
    return () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    };
  }, []);

  const blank = text.trim() === '';
  const current = outcome !== null && outcome.text === text && outcome.settings === settings;

  useEffect(() => {
    if (blank || current) return;
    const timer = setTimeout(() => {
      clientRef.current ??= new CheckClient({ createWorker });
      const choice: InputChoice | undefined = format && {
        format,
        ...(chartVersion && { chartVersion }),
        ...(fileName && { fileName }),
        ...(setFromEnv && { setFromEnv: setFromEnv.split(',') }),
      };
      clientRef.current.check(
        text,
        (done) => {
          const next: Outcome = { ...done, settings };
          setOutcome(next);
          if (next.ok) {
            const fresh: CheckResult = { ...next.checked, text: next.text };
            memory.set(channel, { outcome: next, result: fresh });
            setResult(fresh);
          } else {
            memory.set(channel, { outcome: next, result: remembered(channel).result });
          }
        },
        { webhook },
        (done) => setProgress({ text, settings, done }),
        choice,
      );
    }, checkDelayFor(text.length));
    return () => clearTimeout(timer);
  }, [text, blank, current, channel, webhook, settings, format, chartVersion, fileName, setFromEnv]);

  if (blank) return { result: null, status: 'empty', error: null, tooLarge: false, progress: null };
  if (!current) {
    const done = progress?.text === text && progress.settings === settings ? progress.done : null;
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
