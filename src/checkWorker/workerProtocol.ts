// Messages between the pages and the checker's Web Worker. Plain data only: they cross postMessage.
// The worker reads a text as an operator manifest or as the milvus-helm chart's values (the same
// detection as `milvus-mq check`), so its reply says which it was, with that front end's view.
import type { CheckOptions, ResolvedResource } from '../model/operator/checker/index.ts';
import type { Diagnostic } from '../model/findings/diagnostics.ts';
import type { Explanation } from '../model/whatRuns/explanation.ts';

/** How to read the text: as the CLI decides (auto), or forced (`check --helm`). */
export type InputFormat = 'auto' | 'manifest' | 'helm';

/** What the text is read as; absent means an operator manifest (the wizard's operator preview). */
export interface InputChoice {
  format: InputFormat;
  /** The chart version Helm values are judged against (--chart-version); absent: the newest known. */
  chartVersion?: string;
  /** The name findings and `helm`'s inputs carry (the uploaded file's, else the download's). */
  fileName?: string;
  /**
   * Keys the install command sets with `--set-string` from an environment variable (a password or
   * token the values file never holds: helm/write/installCommand.ts): judged as set, as helm receives them.
   */
  setFromEnv?: string[];
}

export interface CheckRequest {
  /** Increases with every request; a reply whose id is not the latest is stale and dropped. */
  id: number;
  text: string;
  /** How to judge (the operator's webhook); absent means a default operator install. */
  options?: CheckOptions;
  input?: InputChoice;
}

/** What the worker made of a text, by the front end that read it. */
export type Checked =
  | {
      as: 'manifest';
      diagnostics: Diagnostic[];
      truncated: boolean;
      /** The operator's view of each Milvus resource, for "What will run". */
      resolved: ResolvedResource[];
    }
  | {
      as: 'helm';
      diagnostics: Diagnostic[];
      truncated: false;
      /** The chart version the values were judged against. */
      chartVersion: string;
      /** "What will run" as the chart renders the values (model/helm/explain.ts); null: unreadable. */
      explanation: Explanation | null;
    };

/** Every message the worker posts, told apart by `type`. */
export type WorkerMessage =
  | { type: 'checked'; id: number; checked: Checked }
  | { type: 'failed'; id: number; message: string }
  /** Sent while a check runs: the share of its work done, 0 to 1 (at most every PROGRESS_INTERVAL_MS). */
  | { type: 'progress'; id: number; progress: number };

/** The worker posts progress at most this often, so reporting costs the check nothing measurable. */
export const PROGRESS_INTERVAL_MS = 100;
