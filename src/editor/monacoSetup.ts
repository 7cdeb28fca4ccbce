// All global Monaco set-up, done once when the lazy editor chunk first loads. Only
// MonacoYamlEditor.tsx imports this file, so none of it is in the app's first download.
import { loader } from '@monaco-editor/react';
// The full entry, not 'esm/vs/editor/edcore.main.js': only the full entry adapts
// editor.createWebWorker({ moduleId, label }) (the call monaco-yaml makes) to
// MonacoEnvironment.getWorker in Monaco 0.54. The other languages it registers stay in small lazy
// chunks that are never fetched.
import * as monaco from 'monaco-editor';
import { errorHandler } from 'monaco-editor/esm/vs/base/common/errors.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import { configureMonacoYaml, type JSONSchema, type SchemasSettings } from 'monaco-yaml';
import { registerQuickFixes } from './quickFixes.ts';
import YamlWorker from './yaml.worker.ts?worker';

export { monaco };

// Monaco rethrows a failed editor feature (say, monaco-yaml's outline overflowing its stack on a
// self-referencing alias) as an uncaught error. The checker reports such input properly; the page
// must not break on it, so a failed feature is logged instead. (Internal API of monaco-editor
// 0.54.0, which package.json pins.)
errorHandler.unexpectedErrorHandler = (error: unknown) => {
  console.warn('A code editor feature failed on this text:', error);
};

// Disposing an editor (leaving a page) cancels its pending monaco-yaml requests; the cancelled
// promises reject with Monaco's "Canceled" error, which nobody awaits any more. That is expected.
window.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  if (reason instanceof Error && reason.name === 'Canceled') event.preventDefault();
});

// Workers are bundled files served from the app's own origin (CSP worker-src 'self').
globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

// Point @monaco-editor/react at the bundled Monaco; by default it would load Monaco from a CDN.
loader.config({ monaco });

/**
 * The editors' theme: Monaco's light theme with colours that pass WCAG AA on white (4.5:1). Monaco's
 * own line numbers are #237893, and the dimmed number of the empty last line is #a7c9d3 (1.75:1),
 * which axe reports on every page with an editor.
 */
export const EDITOR_THEME = 'milvus-mq-light';
monaco.editor.defineTheme(EDITOR_THEME, {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editorLineNumber.foreground': '#1f6577', // 6.6:1
    'editorLineNumber.activeForeground': '#0b3d6e', // 11:1
    'editorLineNumber.dimmedForeground': '#5f6b7a', // 5.4:1
  },
});

// monaco-yaml allows one configuration at a time, so editors share it; each adds its schema,
// matched to its own model URI.
const monacoYaml = configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  // The checker (the same rules as the CLI) sets the validation markers, with the operator's reasons
  // and fixes; monaco-yaml's own schema validation would repeat each finding in weaker words.
  // The schema still drives hover help and completion.
  validate: false,
  hover: true,
  // Hover would link to the schema's made-up URI, which leads nowhere.
  hoverSchemaSource: false,
  completion: true,
  format: { enable: true },
  yamlVersion: '1.2',
  schemas: [],
});

// The checker's fixes on Ctrl+. (quickFixes.ts): one provider for every YAML editor.
registerQuickFixes(monaco);

const schemasByModel = new Map<string, { schema: object; json: string }>();
let updateQueued = false;
let appliedKey = '[]';

function queueSchemaUpdate(): void {
  if (updateQueued) return;
  updateQueued = true;
  // Batch the changes of one tick (editors mounting, an effect clearing then setting a schema)
  // into one update, and skip it when the schemas end up as they were: an update restarts the
  // YAML worker.
  queueMicrotask(() => {
    updateQueued = false;
    const key = JSON.stringify([...schemasByModel].map(([modelPath, { json }]) => [modelPath, json]));
    if (key === appliedKey) return;
    appliedKey = key;
    const schemas: SchemasSettings[] = [...schemasByModel].map(([modelPath, { schema }]) => ({
      fileMatch: [modelPath],
      uri: `${modelPath}.schema.json`,
      schema: schema as JSONSchema,
    }));
    void monacoYaml.update({ schemas });
  });
}

/** Makes `schema` the JSON Schema of the model at `modelPath`. */
export function setSchemaFor(modelPath: string, schema: object): void {
  if (schemasByModel.get(modelPath)?.schema === schema) return;
  schemasByModel.set(modelPath, { schema, json: JSON.stringify(schema) });
  queueSchemaUpdate();
}

/** Removes the schema of `modelPath`, unless another editor has set a different one since. */
export function clearSchemaFor(modelPath: string, schema: object): void {
  if (schemasByModel.get(modelPath)?.schema !== schema) return;
  schemasByModel.delete(modelPath);
  queueSchemaUpdate();
}
