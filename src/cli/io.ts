/** What the commands need from the outside world, so that tests can run them in-process. */
import { readFile, writeFile } from 'node:fs/promises';

export interface Io {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export function nodeIo(): Io {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      return Buffer.concat(chunks).toString('utf8');
    },
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
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

/** Writes `text` to `output` (saying so on standard error), or to standard output without one. */
export async function writeOutput(io: Io, command: string, output: string | undefined, text: string): Promise<number> {
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
