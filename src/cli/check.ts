/** `milvus-mq check`: the manifest checker over files and standard input. */
import { checkBytes } from '../model/checker/index.ts';
import { OUTPUT_FORMATS, outputFor, type FileReport } from '../model/output/index.ts';
import {
  RESOLVE_FLAGS,
  checkOptionsFrom,
  choiceProblem,
  commandLine,
  filesProblem,
  usageError,
} from './args.ts';
import { CHECK_HELP } from './help.ts';
import { EXIT, readInputs, type Io } from './io.ts';

/** What only says "this file is not a Milvus manifest": dropped with --skip-non-milvus. */
const NOT_MILVUS: ReadonlySet<string> = new Set(['no-milvus-resource', 'not-a-resource', 'skipped-resource']);

export async function runCheck(args: string[], io: Io): Promise<number> {
  const usage = (problem: string) => usageError(io, 'check', problem);
  const parsed = commandLine(
    io,
    'check',
    CHECK_HELP,
    args,
    { format: { type: 'string', default: 'text' }, 'skip-non-milvus': { type: 'boolean' }, ...RESOLVE_FLAGS },
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const output = outputFor(values.format);
  if (!output) return usage(choiceProblem('format', values.format, OUTPUT_FORMATS) ?? '');
  const options = checkOptionsFrom(values);
  if (typeof options === 'string') return usage(options);
  const problem = filesProblem(positionals);
  if (problem) return usage(problem);

  const { inputs, unreadable } = await readInputs(positionals, io, '', { directories: true });
  // Bytes, not text: kubectl refuses invalid UTF-8 and reads UTF-16, and so does the check.
  const reports: FileReport[] = inputs.map(({ file, bytes }) => {
    const result = checkBytes(bytes, options);
    const skip = values['skip-non-milvus'] === true && result.milvusResources === 0;
    return {
      file,
      diagnostics: skip ? result.diagnostics.filter((d) => !NOT_MILVUS.has(d.code)) : result.diagnostics,
      milvusResources: result.milvusResources,
    };
  });

  io.out(output.format({ reports, unreadable }));
  if (unreadable.length > 0) return EXIT.usage;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.problems : EXIT.ok;
}
