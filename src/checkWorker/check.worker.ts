// Runs the checker off the main thread, so typing in the editor never waits for a check of a large
// manifest. Errors thrown by the checker come back as a reply; the page shows them and keeps the text.
import { checkManifest } from '../model/checker/index.ts';
import type { CheckReply, CheckRequest } from './workerProtocol.ts';

// tsconfig loads the DOM and WebWorker libs together, so `self` is typed as a Window here.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, options } = event.data;
  let reply: CheckReply;
  try {
    const result = checkManifest(text, options);
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
  scope.postMessage(reply);
};
