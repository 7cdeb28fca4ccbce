// Messages between the check page and its Web Worker. Plain data only: they cross postMessage.
import type { CheckOptions, ResolvedResource } from '../model/operator/checker/index.ts';
import type { Diagnostic } from '../model/findings/diagnostics.ts';

export interface CheckRequest {
  /** Increases with every request; a reply whose id is not the latest is stale and dropped. */
  id: number;
  text: string;
  /** How to judge (the operator's webhook); absent means a default operator install. */
  options?: CheckOptions;
}

export type CheckReply =
  | { id: number; ok: true; diagnostics: Diagnostic[]; truncated: boolean; resolved: ResolvedResource[] }
  | { id: number; ok: false; message: string };

/** Sent while a check runs: the share of its work done, 0 to 1 (at most every PROGRESS_INTERVAL_MS). */
export interface CheckProgressMessage {
  id: number;
  progress: number;
}

/** The worker posts progress at most this often, so reporting costs the check nothing measurable. */
export const PROGRESS_INTERVAL_MS = 100;

export type WorkerMessage = CheckReply | CheckProgressMessage;
