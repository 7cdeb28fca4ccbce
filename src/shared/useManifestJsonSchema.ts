import { useEffect, useState } from 'react';

let cached: object | null = null;

/**
 * The manifest's JSON Schema for the editor's hover and completion. Loaded on demand (the zod
 * manifest schema is not needed for the first paint); undefined until then.
 */
export function useManifestJsonSchema(): object | undefined {
  const [schema, setSchema] = useState<object | null>(cached);
  useEffect(() => {
    if (cached) return;
    let live = true;
    void import('../model/manifest/jsonSchema.ts').then(({ manifestJsonSchema }) => {
      cached = manifestJsonSchema();
      if (live) setSchema(cached);
    });
    return () => {
      live = false;
    };
  }, []);
  return schema ?? undefined;
}
