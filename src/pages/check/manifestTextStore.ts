// The text being checked, kept in module state so it survives switching pages (the hash routes
// unmount the page). Deliberately not in sessionStorage or localStorage: a manifest may hold a
// Kafka password, which must not be written to disk.
import { useCallback, useState } from 'react';

let savedText = '';

export function useManifestText(): [string, (text: string) => void] {
  const [text, setTextState] = useState(savedText);
  const setText = useCallback((next: string) => {
    savedText = next;
    setTextState(next);
  }, []);
  return [text, setText];
}
