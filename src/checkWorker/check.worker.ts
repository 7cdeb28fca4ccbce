// Runs the checker off the main thread, so typing in the editor never waits for a check of a large
// manifest. Errors thrown by the checker come back as a reply; the page shows them and keeps the text.
import { checkText } from './checkText.ts';
import { PROGRESS_INTERVAL_MS, type CheckRequest, type WorkerMessage } from './workerProtocol.ts';

// tsconfig loads the DOM and WebWorker libs together, so `self` is typed as a Window here.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, options, input } = event.data;
  let reply: WorkerMessage;
  let lastPosted = performance.now();
  const onProgress = (done: number) => {
    const now = performance.now();
    if (now - lastPosted < PROGRESS_INTERVAL_MS) return;
    lastPosted = now;
    post({ type: 'progress', id, progress: done });
  };
  try {
    reply = { type: 'checked', id, checked: checkText(text, { ...options, onProgress }, input) };
  } catch (error) {
    reply = { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  post(reply);
};

function post(message: WorkerMessage): void {
  scope.postMessage(message);
}
