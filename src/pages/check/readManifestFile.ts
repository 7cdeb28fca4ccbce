// Reads a file the user uploaded or dropped, refusing what cannot be a manifest before it reaches
// the editor: too large to check comfortably, or not text.
import { decodeBytes } from '../../model/yaml/decode.ts';

export const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;

export type ReadFileResult = { ok: true; text: string } | { ok: false; message: string };

/** The parts of `File` used here (a Blob with a name), so tests can pass a plain Blob. */
export interface NamedBlob {
  name: string;
  size: number;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

// Types browsers give YAML or JSON files; many give none (''), so content decides then.
const BINARY_TYPE = /^(image|audio|video|font)\/|^application\/(zip|gzip|x-tar|pdf|octet-stream|x-7z|vnd\.)/;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export async function readManifestFile(file: NamedBlob): Promise<ReadFileResult> {
  const name = file.name || 'The file';
  if (file.size > MAX_MANIFEST_BYTES) {
    return {
      ok: false,
      message: `${name} is ${formatBytes(file.size)}; the checker takes files up to 10 MB. A Milvus manifest is usually a few KB: is this the right file?`,
    };
  }
  if (BINARY_TYPE.test(file.type)) {
    return {
      ok: false,
      message: `${name} is not a text file (${file.type}). Choose a YAML file (.yaml or .yml).`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${name} could not be read: ${reason}` };
  }
  // Decoded as kubectl decodes it (model/yaml/decode.ts): UTF-8, or UTF-16 by its byte-order mark.
  const decoded = decodeBytes(bytes);
  if (decoded.ok && decoded.encoding !== 'UTF-8') return { ok: true, text: decoded.text };
  if (bytes.includes(0)) {
    return {
      ok: false,
      message: `${name} is not a text file (it contains binary data). Choose a YAML file.`,
    };
  }
  if (!decoded.ok) {
    const where = decoded.code === 'invalid-utf8' ? ` (line ${decoded.line}, column ${decoded.column})` : '';
    return {
      ok: false,
      message: `${name} is not UTF-8 text${where}: ${decoded.message}`,
    };
  }
  return { ok: true, text: decoded.text };
}
