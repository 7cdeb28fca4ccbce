// The text being checked, kept in module state so it survives switching pages (the hash routes
// unmount the page). Deliberately not in sessionStorage or localStorage: a manifest may hold a
// Kafka password, which must not be written to disk.
import { useCallback, useState } from 'react';

let savedText = '';
let savedFileName: string | null = null;

export function useManifestText(): [string, (text: string) => void] {
  const [text, setTextState] = useState(savedText);
  const setText = useCallback((next: string) => {
    savedText = next;
    setTextState(next);
  }, []);
  return [text, setText];
}

/** The name of the file the text was uploaded from (null for typed text and examples). */
export function useManifestFileName(): [string | null, (name: string | null) => void] {
  const [name, setNameState] = useState(savedFileName);
  const setName = useCallback((next: string | null) => {
    savedFileName = next;
    setNameState(next);
  }, []);
  return [name, setName];
}
