// Where the manifest comes in: typed or pasted into the editor, uploaded, dropped onto the editor,
// or loaded from the examples menu.
import { useId, useRef, useState, type DragEvent } from 'react';
import { YamlEditor, type EditorApi, type EditorMarker } from '../../editor/index.ts';
import type { ManifestExample } from '../../model/examples/index.ts';
import { ExamplesMenu } from './ExamplesMenu.tsx';
import { formatBytes, readManifestFile } from './readManifestFile.ts';

export const MANIFEST_MODEL_PATH = 'file:///manifest-to-check.yaml';

interface ManifestInputProps {
  text: string;
  onChange: (text: string) => void;
  markers: EditorMarker[];
  jsonSchema: object | undefined;
  onReady: (api: EditorApi) => void;
  /** Replaces the text with a loaded file or example (as an undoable edit). */
  onLoadText: (text: string) => void;
}

type Notice = { kind: 'info' | 'error'; text: string } | null;

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

export function ManifestInput({
  text,
  onChange,
  markers,
  jsonSchema,
  onReady,
  onLoadText,
}: ManifestInputProps) {
  const uploadId = useId();
  const [notice, setNotice] = useState<Notice>(null);
  const [dropTarget, setDropTarget] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag really left.
  const dragDepth = useRef(0);

  async function loadFile(file: File) {
    const read = await readManifestFile(file);
    if (!read.ok) {
      setNotice({ kind: 'error', text: read.message });
      return;
    }
    onLoadText(read.text);
    setNotice({ kind: 'info', text: `Loaded ${file.name} (${formatBytes(file.size)}).` });
  }

  function loadFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      setNotice({
        kind: 'error',
        text: `${files.length} files were given; check one manifest file at a time.`,
      });
      return;
    }
    void loadFile(files[0]!);
  }

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
        </div>
        <ExamplesMenu
          onLoad={(example: ManifestExample) => {
            onLoadText(example.yaml);
            setNotice({ kind: 'info', text: `Loaded the example “${example.title}”: ${example.summary}` });
          }}
        />
      </div>
      <p className="check-hint">Paste a manifest below, or drop a YAML file onto the editor.</p>
      <div className="check-editor">
        <YamlEditor
          value={text}
          onChange={onChange}
          ariaLabel="Manifest to check"
          modelPath={MANIFEST_MODEL_PATH}
          markers={markers}
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
      <div aria-live="polite">{notice?.kind === 'info' && <p className="check-notice">{notice.text}</p>}</div>
      <div role="alert">
        {notice?.kind === 'error' && <p className="check-notice check-notice-error">{notice.text}</p>}
      </div>
    </section>
  );
}
