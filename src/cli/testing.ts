/** For the CLI's in-process tests: the real file system, standard input given, output captured. */
import { nodeIo, type Io } from './io.ts';

export function capturingIo(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    ...nodeIo(),
    readStdinBytes: () => Promise.resolve(new TextEncoder().encode(stdin)),
    readStdin: () => Promise.resolve(stdin),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
