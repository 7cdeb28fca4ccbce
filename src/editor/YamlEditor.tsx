// The editor pages use. It shows a plain textarea at once and swaps in Monaco when Monaco's lazy
// chunk has loaded (after Headlamp's LazyEditor); if that chunk fails, the textarea stays.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { EditorErrorBoundary } from './EditorErrorBoundary.tsx';
import { PlainTextEditor } from './PlainTextEditor.tsx';
import { loadMonacoEditor } from './preload.ts';
import type { FallbackHandoff, YamlEditorProps } from './types.ts';
import './editor.css';

const MonacoYamlEditor = lazy(loadMonacoEditor);

const DEFAULT_HEIGHT = '24rem';

export function YamlEditor(props: YamlEditorProps) {
  const { value, onChange, ariaLabel, readOnly = false, height = DEFAULT_HEIGHT, onReady } = props;
  const cssHeight = typeof height === 'number' ? `${height}px` : height;
  const [monacoShown, setMonacoShown] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const handoffRef = useRef<(() => FallbackHandoff) | null>(null);
  const painted = useAfterFirstPaint();

  // Called by Monaco once it is created: it takes the textarea's text, cursor and focus, then the
  // textarea goes away.
  const takeOver = useCallback((): FallbackHandoff | null => {
    const handoff = handoffRef.current?.() ?? null;
    setMonacoShown(true);
    return handoff;
  }, []);

  const onLoadError = useCallback((error: unknown) => {
    console.warn('The YAML code editor could not load; using the plain text box.', error);
    setLoadFailed(true);
    setMonacoShown(false);
  }, []);

  return (
    <div className="yaml-editor" data-editor={monacoShown ? 'monaco' : 'plain'}>
      {!loadFailed && painted && (
        <div className="yaml-editor-monaco" hidden={!monacoShown} style={{ height: cssHeight }}>
          <EditorErrorBoundary onError={onLoadError}>
            <Suspense fallback={null}>
              <MonacoYamlEditor {...props} cssHeight={cssHeight} hidden={!monacoShown} takeOver={takeOver} />
            </Suspense>
          </EditorErrorBoundary>
        </div>
      )}
      {!monacoShown && (
        <PlainTextEditor
          value={value}
          onChange={onChange}
          ariaLabel={ariaLabel}
          readOnly={readOnly}
          cssHeight={cssHeight}
          onReady={onReady}
          handoffRef={handoffRef}
        />
      )}
      {monacoShown && !readOnly && (
        // Tab indents inside the code editor; without this hint keyboard users would be trapped.
        <p className="yaml-editor-note yaml-editor-keys">
          In the editor, Tab indents. To move on with the keyboard, press <kbd>Ctrl</kbd>+<kbd>M</kbd> (on a
          Mac <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>M</kbd>), then <kbd>Tab</kbd>.
        </p>
      )}
      {loadFailed && (
        <p className="yaml-editor-note" role="status">
          The code editor could not load, so this is a plain text box: no highlighting or inline problems.
        </p>
      )}
    </div>
  );
}

/**
 * False until the page has shown its first content: Monaco's chunk (about 1 MB gzip) is requested
 * only then, so the form and the plain text box come first. Later editors find it already true.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(firstPaintSeen);
  useEffect(() => {
    if (painted) return;
    return onFirstContentfulPaint(() => setPainted(true));
  }, [painted]);
  return painted;
}

let firstPaintSeen = false;

function onFirstContentfulPaint(callback: () => void): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    firstPaintSeen = true;
    callback();
  };
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) fire();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing in this browser: the timeout below decides.
  }
  const fallback = setTimeout(fire, 1000);
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(fallback);
  };
}
