// The text being checked and how it is read, kept in module state so they survive switching pages
// (the hash routes unmount the page). Deliberately not in sessionStorage or localStorage: a manifest
// may hold a Kafka password, which must not be written to disk.
import { useCallback, useState } from 'react';
import type { InputFormat } from '../../checkWorker/workerProtocol.ts';
import { NEWEST_CHART } from '../../model/helm/chart/versions.ts';

/** A hook over one module-level value: every page visit starts from the last value set. */
function moduleState<T>(initial: T): () => [T, (next: T) => void] {
  let saved = initial;
  return function useModuleState() {
    const [value, setValue] = useState(saved);
    const set = useCallback((next: T) => {
      saved = next;
      setValue(next);
    }, []);
    return [value, set];
  };
}

export const useManifestText = moduleState('');

/** The name of the file the text was uploaded from (null for typed text and examples). */
export const useManifestFileName = moduleState<string | null>(null);

/** Read the text as the CLI decides (auto), or as a manifest or Helm values. */
export const useInputFormat = moduleState<InputFormat>('auto');

/** The chart version Helm values are judged against: the newest known until the user picks one. */
export const useChartVersion = moduleState<string>(NEWEST_CHART.version);
