// The Monaco-backed editor. Reached only through React.lazy in YamlEditor.tsx, so Monaco and its
// workers load in their own chunks after the page has shown.
import Editor, { type OnMount } from '@monaco-editor/react';
import type { editor as MonacoEditorNs } from 'monaco-editor';
import { useEffect, useRef, useState } from 'react';
import { MARKER_OWNER, toMarkerData } from './markers.ts';
import { EDITOR_THEME, clearSchemaFor, monaco, setSchemaFor } from './monacoSetup.ts';
import { setCheckFor } from './quickFixes.ts';
import { minimalReplacement } from '../model/editing/textDiff.ts';
import type { EditorApi, FallbackHandoff, YamlEditorProps } from './types.ts';

type CodeEditor = MonacoEditorNs.IStandaloneCodeEditor;
type TextModel = MonacoEditorNs.ITextModel;

export interface MonacoYamlEditorProps extends YamlEditorProps {
  cssHeight: string;
  /** True until takeOver() has been answered by showing this editor. */
  hidden: boolean;
  /** Shows this editor in place of the plain-text fallback and returns where the user was in it. */
  takeOver: () => FallbackHandoff | null;
}

// Texts the user produced that the parent may still echo back through `value`; capped because the
// parent normally catches up within a render or two.
const MAX_PENDING_ECHOES = 200;

/** Replaces the model's text by its smallest changed span, as one undo step. */
function replaceText(editor: CodeEditor, model: TextModel, text: string): void {
  const before = model.getValue();
  if (before === text) return;
  const change = minimalReplacement(before, text);
  const start = model.getPositionAt(change.start);
  const end = model.getPositionAt(change.end);
  const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  editor.pushUndoStop();
  model.pushEditOperations(editor.getSelections(), [{ range, text: change.text }], () => null);
  editor.pushUndoStop();
}

export default function MonacoYamlEditor(props: MonacoYamlEditorProps) {
  const {
    value,
    ariaLabel,
    modelPath,
    readOnly = false,
    markers,
    checked,
    jsonSchema,
    cssHeight,
    hidden,
    takeOver,
  } = props;
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  const [model, setModel] = useState<TextModel | null>(null);
  const pendingEchoes = useRef<string[]>([]);
  const applyingValue = useRef(false);
  const pendingHandoff = useRef<FallbackHandoff | null>(null);
  // Callbacks are read from refs so the editor's listeners, set up once, always call the latest ones.
  const onChangeRef = useRef(props.onChange);
  const onReadyRef = useRef(props.onReady);
  useEffect(() => {
    onChangeRef.current = props.onChange;
    onReadyRef.current = props.onReady;
  });

  const handleMount: OnMount = (mounted) => {
    setEditor(mounted);
    setModel(mounted.getModel());
    mounted.onDidChangeModel(() => setModel(mounted.getModel()));
    mounted.onDidChangeModelContent(() => {
      if (applyingValue.current) return;
      const text = mounted.getValue();
      pendingEchoes.current.push(text);
      if (pendingEchoes.current.length > MAX_PENDING_ECHOES) pendingEchoes.current.shift();
      onChangeRef.current?.(text);
    });

    // Carry over what the user did in the fallback textarea while Monaco was loading.
    const left = takeOver();
    const current = mounted.getModel();
    if (left && current && left.text !== current.getValue()) {
      applyingValue.current = true;
      current.setValue(left.text);
      applyingValue.current = false;
    }
    pendingHandoff.current = left;

    const api: EditorApi = {
      revealLine(line, column = 1) {
        const position = { lineNumber: line, column };
        mounted.setPosition(position);
        mounted.revealPositionInCenter(mounted.getPosition() ?? position);
      },
      focus: () => mounted.focus(),
      getValue: () => mounted.getValue(),
      executeEdit(text) {
        const m = mounted.getModel();
        if (m) replaceText(mounted, m, text);
      },
    };
    onReadyRef.current?.(api);
  };

  // Cursor and focus can only move once the editor is visible (a hidden editor cannot take focus).
  useEffect(() => {
    const left = pendingHandoff.current;
    const current = editor?.getModel();
    if (hidden || !editor || !current || !left) return;
    pendingHandoff.current = null;
    const start = current.getPositionAt(left.selectionStart);
    const end = current.getPositionAt(left.selectionEnd);
    editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
    editor.revealPositionInCenterIfOutsideViewport(start);
    if (left.focused) editor.focus();
  }, [editor, hidden]);

  // Bring in a new `value` from the parent, unless it is only the echo of the user's own typing:
  // applying an older echo would undo keystrokes and make the cursor jump.
  useEffect(() => {
    if (!editor || !model) return;
    const echoes = pendingEchoes.current;
    const echoIndex = echoes.lastIndexOf(value);
    if (echoIndex !== -1) {
      echoes.splice(0, echoIndex + 1);
      return;
    }
    if (model.getValue() === value) return;
    echoes.length = 0;
    applyingValue.current = true;
    try {
      replaceText(editor, model, value);
    } finally {
      applyingValue.current = false;
    }
  }, [editor, model, value]);

  useEffect(() => {
    if (!model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkerData(markers ?? [], model.getValue()));
    return () => {
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    };
  }, [model, markers]);

  useEffect(() => {
    if (!model) return;
    const uri = model.uri.toString();
    setCheckFor(uri, checked);
    return () => setCheckFor(uri, null);
  }, [model, checked]);

  useEffect(() => {
    if (!jsonSchema) return;
    setSchemaFor(modelPath, jsonSchema);
    return () => clearSchemaFor(modelPath, jsonSchema);
  }, [modelPath, jsonSchema]);

  return (
    <Editor
      height={cssHeight}
      path={modelPath}
      defaultLanguage="yaml"
      defaultValue={value}
      theme={EDITOR_THEME}
      loading={null}
      onMount={handleMount}
      options={{
        ariaLabel,
        readOnly,
        domReadOnly: readOnly,
        // Show problems in read-only previews too (Monaco hides them there by default).
        renderValidationDecorations: 'on',
        automaticLayout: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fixedOverflowWidgets: true,
        tabSize: 2,
        insertSpaces: true,
        fontSize: 13,
        // Long values (images, broker lists, comments) stay readable without scrolling sideways.
        wordWrap: 'on',
      }}
    />
  );
}
