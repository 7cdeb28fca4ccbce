// Messages between the check page and its Web Worker. Plain data only: they cross postMessage.
import type { CheckOptions, ResolvedResource } from '../model/checker/index.ts';
import type { Diagnostic } from '../model/diagnostics.ts';

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
