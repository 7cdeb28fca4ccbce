/** What the commands need from the outside world, so that tests can run them in-process. */
import type { UnreadableFile } from '../model/output/index.ts';
import { readFile, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { yamlFilesUnder, type DirectoryEntry, type ListDirectory } from './walk.ts';

export interface Io {
  readFile(path: string): Promise<string>;
  readFileBytes(path: string): Promise<Uint8Array>;
  readStdinBytes(): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  /** A directory's listing, or null for anything else; without it, a FILE is only ever a file. */
  listDirectory?: ListDirectory;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

async function stdinBytes(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export function nodeIo(): Io {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    readFileBytes: (path) => readFile(path),
    readStdin: async () => Buffer.from(await stdinBytes()).toString('utf8'),
    readStdinBytes: stdinBytes,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    listDirectory: nodeListDirectory,
  };
}

async function nodeListDirectory(path: string) {
  try {
    if (!(await stat(path)).isDirectory()) return null;
  } catch {
    return null; // unreadable or missing: reading it as a file says why
  }
  const dirents = await readdir(path, { withFileTypes: true });
  const entries: DirectoryEntry[] = await Promise.all(
    dirents.map(async (d): Promise<DirectoryEntry> => {
      if (!d.isSymbolicLink())
        return { name: d.name, kind: d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other' };
      try {
        const target = await stat(`${path}/${d.name}`);
        return {
          name: d.name,
          kind: target.isDirectory() ? 'directory' : target.isFile() ? 'file' : 'other',
        };
      } catch {
        // A broken link named *.yaml is listed as a file, so the report says it cannot be read.
        return { name: d.name, kind: 'file' };
      }
    }),
  );
  return { realPath: await realpath(path), entries };
}

/** A short reason for a failed read: "no such file", not a stack trace. */
export function readError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : '';
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
  };
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

export interface InputFile {
  /** As named on the command line; standard input is `<stdin>`. */
  file: string;
  /** The file as it is: the checker decodes it as kubectl does (model/yaml/decode.ts). */
  bytes: Uint8Array;
}

/**
 * Reads each FILE (or - for standard input), naming on standard error each one that cannot be read.
 * With `directories`, a directory stands for the *.yaml and *.yml files under it (walk.ts); one
 * without any is unreadable, so that a mistyped path does not pass a CI job in silence.
 */
export async function readInputs(
  named: readonly string[],
  io: Io,
  command: string,
  { directories = false }: { directories?: boolean } = {},
): Promise<{ inputs: InputFile[]; unreadable: UnreadableFile[] }> {
  const inputs: InputFile[] = [];
  const unreadable: UnreadableFile[] = [];
  const cannotRead = (file: string, reason: string) => {
    io.err(`milvus-mq${command ? ` ${command}` : ''}: cannot read ${file}: ${reason}\n`);
    unreadable.push({ file, reason });
  };
  const files: string[] = [];
  const list = directories ? io.listDirectory : undefined;
  for (const file of named) {
    try {
      const listing = list && file !== '-' ? await list(file) : null;
      if (!list || !listing) {
        files.push(file);
        continue;
      }
      const found = await yamlFilesUnder(file, listing, list);
      if (found.length === 0) cannotRead(file, 'a directory without any *.yaml or *.yml file');
      files.push(...found);
    } catch (error) {
      cannotRead(file, readError(error)); // a folder in the tree that cannot be listed
    }
  }
  for (const file of files) {
    try {
      const bytes = file === '-' ? await io.readStdinBytes() : await io.readFileBytes(file);
      inputs.push({ file: file === '-' ? '<stdin>' : file, bytes });
    } catch (error) {
      cannotRead(file, readError(error));
    }
  }
  return { inputs, unreadable };
}

/** Writes `text` to `output` (saying so on standard error), or to standard output without one. */
export async function writeOutput(
  io: Io,
  command: string,
  output: string | undefined,
  text: string,
): Promise<number> {
  if (output === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  try {
    await io.writeFile(output, text);
  } catch (error) {
    io.err(`milvus-mq ${command}: cannot write ${output}: ${readError(error)}\n`);
    return EXIT.usage;
  }
  io.err(`Wrote ${output}\n`);
  return EXIT.ok;
}
