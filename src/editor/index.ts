// Public entry of the editor module. It must never import Monaco statically: Monaco is megabytes
// and only loads (lazily, in its own chunks) when a YamlEditor first renders.
export { YamlEditor } from './YamlEditor.tsx';
export { preloadEditorWhenIdle } from './preload.ts';
export type { CheckedText, EditorApi, EditorMarker, YamlEditorProps } from './types.ts';
export { toEditorMarker } from './toEditorMarker.ts';
