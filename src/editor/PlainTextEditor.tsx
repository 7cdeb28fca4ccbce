// The plain <textarea> shown while Monaco loads, and instead of Monaco if it cannot load. It edits
// the same value under the same accessible name, so the page works before (and without) Monaco.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { offsetOfPosition } from './textEdits.ts';
import type { EditorApi, FallbackHandoff } from './types.ts';

interface PlainTextEditorProps {
  value: string;
  onChange?: (text: string) => void;
  ariaLabel: string;
  readOnly: boolean;
  cssHeight: string;
  onReady?: (api: EditorApi) => void;
  /** Set to a function that tells where the user is, read when Monaco takes over. */
  handoffRef: RefObject<(() => FallbackHandoff) | null>;
}

export function PlainTextEditor(props: PlainTextEditorProps) {
  const { value, onChange, ariaLabel, readOnly, cssHeight, onReady, handoffRef } = props;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // Local text keeps the fallback editable even when the parent passes no onChange; a new `value`
  // from the parent replaces it (state derived from props during render, as React advises).
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (lastValue !== value) {
    setLastValue(value);
    setText(value);
  }

  // Callbacks are read through refs so the API handed out once keeps calling the latest ones.
  const onChangeRef = useRef(onChange);
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onChangeRef.current = onChange;
    onReadyRef.current = onReady;
  });

  useEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    handoffRef.current = () => ({
      text: textarea.value,
      focused: document.activeElement === textarea,
      selectionStart: textarea.selectionStart,
      selectionEnd: textarea.selectionEnd,
    });
    const api: EditorApi = {
      revealLine(line, column = 1) {
        const offset = offsetOfPosition(textarea.value, line, column);
        textarea.setSelectionRange(offset, offset);
        const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18;
        textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - textarea.clientHeight / 2);
      },
      focus: () => textarea.focus(),
      getValue: () => textarea.value,
      executeEdit(next) {
        // execCommand keeps the browser's own undo stack (Ctrl+Z). It is refused on a read-only
        // textarea (and may vanish from browsers one day); then the text is simply set.
        const previousFocus = document.activeElement;
        textarea.focus();
        textarea.select();
        const undoable = !textarea.readOnly && document.execCommand('insertText', false, next);
        if (!undoable) {
          setText(next);
          onChangeRef.current?.(next);
        }
        if (previousFocus instanceof HTMLElement && previousFocus !== textarea) previousFocus.focus();
      },
    };
    onReadyRef.current?.(api);
    return () => {
      handoffRef.current = null;
    };
  }, [handoffRef]);

  return (
    <textarea
      ref={textareaRef}
      className="yaml-editor-fallback"
      style={{ height: cssHeight }}
      aria-label={ariaLabel}
      value={text}
      readOnly={readOnly}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
      onChange={(e) => {
        setText(e.target.value);
        onChange?.(e.target.value);
      }}
    />
  );
}
