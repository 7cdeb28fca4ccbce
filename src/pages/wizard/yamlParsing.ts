// The wizard's YAML reading (import, merge, the secret check) loads on demand: the first paint
// needs only the YAML writer. The wizard starts loading it right after mount, so it is there long
// before a user edits the YAML; until then the wizard shows texts as they are and reads them when
// it arrives (see usePreviewSync). Once loaded, every use is synchronous.
import { useEffect, useState } from 'react';
import type * as ParsingModule from './yamlParsingModule.ts';

export type Parsing = typeof ParsingModule;

let loaded: Parsing | null = null;
let loading: Promise<Parsing> | null = null;

/** The parsing module, fetched once (a failed fetch is tried again on the next call). */
export function loadParsing(): Promise<Parsing> {
  loading ??= import('./yamlParsingModule.ts').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The parsing module if it has loaded, else null. */
export function loadedParsing(): Parsing | null {
  return loaded;
}

/** The parsing module once loaded (null until then); starts loading it. */
export function useParsing(): Parsing | null {
  const [parsing, setParsing] = useState(loaded);
  useEffect(() => {
    if (parsing) return;
    let live = true;
    loadParsing().then(
      (module) => {
        if (live) setParsing(module);
      },
      (error: unknown) => console.warn('The YAML reader could not load.', error),
    );
    return () => {
      live = false;
    };
  }, [parsing]);
  return parsing;
}
