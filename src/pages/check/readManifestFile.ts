// Reads a file the user uploaded or dropped, refusing what cannot be a manifest before it reaches
// the editor: too large to check comfortably, or not text.
import { LIMITS } from '../../model/yaml/limits.ts';
import { BAD_INPUT, readInputBytes } from '../../model/yaml/decode.ts';

export const MAX_MANIFEST_BYTES = LIMITS.maxInputChars;

export type ReadFileResult = { ok: true; text: string } | { ok: false; code: string; message: string };

/** The parts of `File` used here (a Blob with a name), so tests can pass a plain Blob. */
export interface NamedBlob {
  name: string;
  size: number;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The code and the words are the CLI's (model/yaml/decode.ts readInputBytes): the page only
 * adds the file's name. A file's type is not trusted; its content decides.
 */
export async function readManifestFile(file: NamedBlob): Promise<ReadFileResult> {
  const name = file.name || 'The file';
  const refuse = (code: string, message: string): ReadFileResult => ({
    ok: false,
    code,
    message: `${name}: ${message}`,
  });
  // Refused before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_MANIFEST_BYTES) return refuse('input-too-large', BAD_INPUT.tooLarge(file.size));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse('unreadable-file', `could not be read: ${reason}`);
  }
  const read = readInputBytes(bytes);
  if (!read.ok) {
    const where = read.line > 1 || read.column > 1 ? ` (line ${read.line}, column ${read.column})` : '';
    return refuse(read.code, `${read.message}${where}`);
  }
  return { ok: true, text: read.text };
}
