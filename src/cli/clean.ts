/** `milvus-mq clean [FILE|-]`: a live object made ready to apply again (model/operator/live/clean.ts). */
import { cleanForApply, cleanReportText } from '../model/operator/live/clean.ts';
import { readInputBytes } from '../model/yaml/decode.ts';
import { commandLine, usageError } from './args.ts';
import { CLEAN_HELP } from './help.ts';
import { EXIT, readInputs, writeOutput, type Io } from './io.ts';

export async function runClean(args: string[], io: Io): Promise<number> {
  const parsed = commandLine(io, 'clean', CLEAN_HELP, args, { output: { type: 'string', short: 'o' } }, true);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    return usageError(io, 'clean', `give one FILE (or - for standard input), not ${positionals.length}`);
  const file = positionals[0] ?? '-';
  const { inputs } = await readInputs([file], io, 'clean');
  const input = inputs[0];
  if (!input) return EXIT.usage;
  const decoded = readInputBytes(input.bytes);
  if (!decoded.ok) {
    io.err(`${input.file}:${decoded.line}:${decoded.column}: error ${decoded.code}: ${decoded.message}\n`);
    return EXIT.problems;
  }
  const result = cleanForApply(decoded.text);
  if (result.problem) {
    io.err(`${input.file}:${cleanReportText(result)}`);
    return EXIT.problems;
  }
  io.err(cleanReportText(result));
  return writeOutput(io, 'clean', values.output, result.text);
}
