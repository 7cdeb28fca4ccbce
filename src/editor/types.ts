import type { Diagnostic } from '../model/findings/diagnostics.ts';

/** A problem to show in the editor, in 1-based line/column positions (the checker's own shape). */
export interface EditorMarker {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  /** Defaults to `line`. */
  endLine?: number;
  /** Defaults to the end of `endLine`, so a marker without an end underlines the rest of its line. */
  endColumn?: number;
  code?: string;
}

/** What a page can do with the editor once it shows (Monaco, or the plain-text fallback). */
export interface EditorApi {
  /** Scrolls `line` into view and puts the cursor there (column defaults to 1); does not move focus. */
  revealLine(line: number, column?: number): void;
  focus(): void;
  getValue(): string;
  /** Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back); reports it via onChange. */
  executeEdit(text: string): void;
}

export interface YamlEditorProps {
  value: string;
  onChange?: (text: string) => void;
  /** Accessible name of the editor (and of the plain-text fallback). */
  ariaLabel: string;
  /** URI of the editor's model, e.g. 'file:///milvuscluster.yaml'; `jsonSchema` applies to this URI only. */
  modelPath: string;
  readOnly?: boolean;
  markers?: EditorMarker[];
  /**
   * The check the markers come from, with the text it checked: its fixes are offered as quick
   * fixes (Ctrl+. or the lightbulb) while the editor holds that very text.
   */
  checked?: CheckedText | null;
  /** JSON Schema for completion, hover and validation. Pass a stable object (module constant or useMemo). */
  jsonSchema?: object;
  /** CSS height; a number means pixels. Defaults to 24rem. */
  height?: string | number;
  /**
   * Called with the API of the editor that shows: first the plain-text fallback, then again with
   * Monaco's once it has loaded. Keep the latest one.
   */
  onReady?: (api: EditorApi) => void;
}

/** Internal: where the plain-text fallback left the user when Monaco takes over. */
export interface FallbackHandoff {
  text: string;
  focused: boolean;
  selectionStart: number;
  selectionEnd: number;
}

/** A checker result and the text it is for (fix edits are offsets into that text). */
export interface CheckedText {
  text: string;
  diagnostics: readonly Diagnostic[];
}
