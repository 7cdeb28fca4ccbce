// Monaco's lazy chunk, in one place: YamlEditor renders it through React.lazy, and a page that
// will hand over to an editor soon (the decision helper opens the wizard) fetches it ahead, while
// the user reads. Never imported statically by the first load: it only names a dynamic import.

/** Loads the Monaco editor module (and Monaco) once; later calls get the same module. */
export const loadMonacoEditor = () => import('./MonacoYamlEditor.tsx');

/** Browsers without requestIdleCallback (Safari before 18) wait this long instead. */
const IDLE_FALLBACK_MS = 1500;
/** The longest requestIdleCallback waits for an idle moment on a busy page. */
const IDLE_TIMEOUT_MS = 5000;

/**
 * Starts loading the code editor when the page is idle, so an editor shown later appears at once
 * instead of after a plain text box. Returns a function that cancels a load not yet started.
 */
export function preloadEditorWhenIdle(): () => void {
  const load = () => {
    // A failed preload changes nothing: the editor's own load shows the plain text box then.
    loadMonacoEditor().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(load, IDLE_FALLBACK_MS);
  return () => clearTimeout(timer);
}
