// Reads a file the user uploaded or dropped, refusing what cannot be a manifest before it reaches
// the editor: too large to check comfortably, or not text.

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
  if (bytes.includes(0)) {
    return {
      ok: false,
      message: `${name} is not a text file (it contains binary data). Choose a YAML file.`,
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      message: `${name} is not UTF-8 text. Save it as UTF-8 (YAML files are UTF-8) and upload it again.`,
    };
  }
}
