/**
 * One parse per text within one operation. The language server's check of a document reads its
 * text in up to three stages (the manifest check, then "is this Helm values?", then the Helm front
 * end), and each used to parse it again: a 1 MB values file took over two seconds that way. Inside
 * `sharingParses`, those stages share one result per kind of reading; outside it (the page's
 * worker, the benchmarks, every other caller) nothing is kept, so no result outlives its operation
 * and no later call is answered from a cache.
 *
 * A shared result is read-only: a caller copies what it changes (the checker and the values reader
 * copy their diagnostics; nothing changes the documents, and fixes parse their own, forEdit).
 */
import { parseStream, type ParsedStream } from './parseStream.ts';

/** The current operation's results, one per kind, each with the text it was made from. */
let scope: Map<string, { text: string; value: unknown }> | null = null;

/** Runs `operation` with parses shared among its stages; nested calls join the outer one. */
export function sharingParses<T>(operation: () => T): T {
  if (scope) return operation();
  scope = new Map();
  try {
    return operation();
  } finally {
    scope = null;
  }
}

/** `make(text)` once per text and kind within the operation (one slot per kind); plain `make` outside one. */
export function sharedByText<T>(kind: string, text: string, make: (text: string) => T): T {
  if (!scope) return make(text);
  const known = scope.get(kind);
  if (known?.text === text) return known.value as T;
  const value = make(text);
  scope.set(kind, { text, value });
  return value;
}

/** parseStream (no edit, no progress) shared within the operation. */
export function parseStreamShared(text: string): ParsedStream {
  return sharedByText('stream', text, (t) => parseStream(t));
}
