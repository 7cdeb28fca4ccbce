import { useEffect, useState } from 'react';

/** Which file the editor shows: a Milvus resource, or the milvus-helm chart's values. */
export type EditorSchemaKind = 'manifest' | 'helm';

const cached: Partial<Record<EditorSchemaKind, object>> = {};

const LOADERS: Record<EditorSchemaKind, () => Promise<object>> = {
  manifest: () => import('../model/operator/manifest/jsonSchema.ts').then((m) => m.manifestJsonSchema()),
  helm: () => import('../model/helm/editor/valuesJsonSchema.ts').then((m) => m.helmValuesJsonSchema()),
};

/**
 * The JSON Schema for the editor's hover and completion (monaco-yaml): the manifest's, or the
 * chart's message-storage keys for a values file. Loaded on demand (the zod schemas are not needed
 * for the first paint); undefined until then.
 */
export function useManifestJsonSchema(kind: EditorSchemaKind = 'manifest'): object | undefined {
  const [schemas, setSchemas] = useState(cached);
  const schema = schemas[kind];
  useEffect(() => {
    if (schema) return;
    let live = true;
    void LOADERS[kind]().then((loaded) => {
      cached[kind] = loaded;
      if (live) setSchemas({ ...cached });
    });
    return () => {
      live = false;
    };
  }, [kind, schema]);
  return schema;
}
