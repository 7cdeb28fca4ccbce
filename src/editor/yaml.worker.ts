// A local entry for monaco-yaml's worker: Vite's `?worker` import of the package file directly
// fails at run time ("Unexpected usage" in loadForeignModule), see monaco-yaml's README.
import 'monaco-yaml/yaml.worker.js';
