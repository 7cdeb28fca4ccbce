// Runs the checker off the main thread, so typing in the editor never waits for a check of a large
// manifest. Errors thrown by the checker come back as a reply; the page shows them and keeps the text.
import { checkManifest } from '../model/operator/checker/index.ts';
import {
  PROGRESS_INTERVAL_MS,
  type CheckReply,
  type CheckRequest,
  type WorkerMessage,
} from './workerProtocol.ts';

// tsconfig loads the DOM and WebWorker libs together, so `self` is typed as a Window here.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, options } = event.data;
  let reply: CheckReply;
  let lastPosted = performance.now();
  const onProgress = (done: number) => {
    const now = performance.now();
    if (now - lastPosted < PROGRESS_INTERVAL_MS) return;
    lastPosted = now;
    post({ id, progress: done });
  };
  try {
    const result = checkManifest(text, { ...options, onProgress });
    reply = {
      id,
      ok: true,
      diagnostics: result.diagnostics,
      truncated: Boolean(result.truncated),
      resolved: result.resolved,
    };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  post(reply);
};

function post(message: WorkerMessage): void {
  scope.postMessage(message);
}
