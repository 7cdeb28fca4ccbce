// Where the manifest comes in: typed or pasted into the editor, uploaded, dropped onto the editor,
// or loaded from the examples menu.
import { useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { YamlEditor, type CheckedText, type EditorApi, type EditorMarker } from '../../editor/index.ts';
import type { ManifestExample } from '../../model/examples/index.ts';
import { ExamplesMenu } from './ExamplesMenu.tsx';
import { formatBytes, readManifestFile } from './readManifestFile.ts';

export const MANIFEST_MODEL_PATH = 'file:///manifest-to-check.yaml';

interface ManifestInputProps {
  text: string;
  onChange: (text: string) => void;
  markers: EditorMarker[];
  /** The check behind the markers: its fixes are the editor's quick fixes (Ctrl+.). */
  checked: CheckedText | null;
  jsonSchema: object | undefined;
  onReady: (api: EditorApi) => void;
  /** The uploaded file's name, if the text came from one. */
  fileName: string | null;
  /** Replaces the text with a loaded file or example (as an undoable edit), naming the file it came from. */
  onLoadText: (text: string, fileName: string | null) => void;
  /** The last file given that was refused (shown beside the upload control), until text changes. */
  refusedFile: RefusedFile | null;
  onFileRefused: (refused: RefusedFile) => void;
}

/** A file (or files) the user uploaded or dropped that the page would not load. */
export interface RefusedFile {
  /** The file's name, or null when the refusal is not about one file (several dropped at once). */
  name: string | null;
  message: string;
}

/** A notice; `restore` is the text (and file name) replaced by the load it reports. */
type Notice = {
  text: string;
  restore?: { text: string; fileName: string | null };
} | null;

// Whether the user typed, pasted or cut in the editor since the last file or example was loaded
// (fixes applied to a loaded text do not count). Module state, like the text, so it survives a
// visit to another page.
let typedSinceLoad = false;

/**
 * A key press that types or deletes. Keys, not `input` events: the code editor also fires those
 * when a file, an example or a fix replaces its text.
 */
function editsText(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete' || e.key === 'Enter';
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

export function ManifestInput({
  text,
  fileName,
  onChange,
  markers,
  checked,
  jsonSchema,
  onReady,
  onLoadText,
  refusedFile,
  onFileRefused,
}: ManifestInputProps) {
  const uploadId = useId();
  const uploadErrorId = `${uploadId}-error`;
  const [notice, setNotice] = useState<Notice>(null);
  // The example waiting for the user's yes before it replaces their own text.
  const [confirming, setConfirming] = useState<ManifestExample | null>(null);
  /** Text the user wrote or pasted themselves: replacing it asks first and can be undone. */
  const ownText = () => typedSinceLoad && text.trim() !== '';

  /** Loads text, offering to restore what it replaced when that was the user's own. */
  function load(next: string, nextFileName: string | null, said: string) {
    const replaced = ownText() ? { text, fileName } : undefined;
    typedSinceLoad = false;
    onLoadText(next, nextFileName);
    setNotice({
      text: replaced ? `${said} It replaced your text.` : said,
      ...(replaced ? { restore: replaced } : {}),
    });
  }

  function loadExample(example: ManifestExample, asked = false) {
    if (!asked && ownText()) {
      setConfirming(example);
      return;
    }
    setConfirming(null);
    load(example.yaml, null, `Loaded the example “${example.title}”: ${example.summary}`);
  }
  const [dropTarget, setDropTarget] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag really left.
  const dragDepth = useRef(0);

  /** The refusal replaces any "Loaded …" notice: that file is no longer what the page is about. */
  function refuse(refused: RefusedFile) {
    setNotice(null);
    onFileRefused(refused);
  }

  async function loadFile(file: File) {
    const read = await readManifestFile(file);
    if (!read.ok) {
      refuse({ name: file.name || null, message: read.message });
      return;
    }
    load(read.text, file.name, `Loaded ${file.name} (${formatBytes(file.size)}).`);
  }

  function loadFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      refuse({ name: null, message: `${files.length} files were given; check one manifest file at a time.` });
      return;
    }
    void loadFile(files[0]!);
  }

  const markTyped = () => {
    typedSinceLoad = true;
  };

  // Capture phase, so a dropped file reaches this handler before Monaco treats the drop as text.
  const dropHandlers = {
    onDragEnterCapture(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      dragDepth.current += 1;
      setDropTarget(true);
    },
    onDragOverCapture(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeaveCapture(e: DragEvent) {
      if (!carriesFiles(e)) return;
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDropTarget(false);
    },
    onDropCapture(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      dragDepth.current = 0;
      setDropTarget(false);
      loadFiles(e.dataTransfer.files);
    },
  };

  return (
    <section
      aria-label="Manifest to check"
      className={`check-input${dropTarget ? ' is-drop-target' : ''}`}
      {...dropHandlers}
    >
      <div className="check-toolbar">
        <div className="check-upload">
          <input
            id={uploadId}
            className="check-visually-hidden"
            type="file"
            aria-describedby={refusedFile ? uploadErrorId : undefined}
            accept=".yaml,.yml,.json,.txt,text/yaml,application/yaml,application/x-yaml,text/plain,application/json"
            onChange={(e) => {
              loadFiles(e.target.files);
              // Lets the same file be chosen again after an edit.
              e.target.value = '';
            }}
          />
          <label htmlFor={uploadId} className="check-button">
            Upload YAML file
          </label>
          {/* Right under the button of the control it describes; always in the page, so the alert
              is announced when its text arrives. */}
          <div id={uploadErrorId} role="alert" className="check-upload-error">
            {refusedFile && <p className="check-notice check-notice-error">{refusedFile.message}</p>}
          </div>
        </div>
        <ExamplesMenu onLoad={(example: ManifestExample) => loadExample(example)} />
      </div>
      {confirming && (
        <div className="check-confirm" role="alertdialog" aria-labelledby={`${uploadId}-confirm`}>
          <p id={`${uploadId}-confirm`}>
            Replace your text with the example “{confirming.title}”? You can restore your text afterwards.
          </p>
          <div className="check-confirm-actions">
            <button
              type="button"
              className="check-button check-button-small"
              onClick={() => loadExample(confirming, true)}
            >
              Replace
            </button>
            <button
              type="button"
              className="check-button check-button-small"
              onClick={() => setConfirming(null)}
            >
              Keep my text
            </button>
          </div>
        </div>
      )}
      <p className="check-hint">Paste a manifest below, or drop a YAML file onto the editor.</p>
      <div
        className="check-editor"
        onKeyDownCapture={(e) => {
          if (editsText(e)) markTyped();
        }}
        onPasteCapture={markTyped}
        onCutCapture={markTyped}
      >
        <YamlEditor
          value={text}
          onChange={onChange}
          ariaLabel="Manifest to check"
          modelPath={MANIFEST_MODEL_PATH}
          markers={markers}
          checked={checked}
          jsonSchema={jsonSchema}
          height="min(70vh, 44rem)"
          onReady={onReady}
        />
        {dropTarget && (
          <div className="check-drop-overlay" aria-hidden="true">
            Drop the YAML file to check it
          </div>
        )}
      </div>
      <div aria-live="polite">
        {notice && (
          <p className="check-notice">
            {notice.text}{' '}
            {notice.restore && (
              <button
                type="button"
                className="check-button check-button-small"
                onClick={() => {
                  const { restore } = notice;
                  if (!restore) return;
                  typedSinceLoad = true;
                  onLoadText(restore.text, restore.fileName);
                  setNotice({ text: 'Restored your text.' });
                }}
              >
                Restore my text
              </button>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
