/** `milvus-mq check`: the manifest checker over files and standard input. */
import { parseArgs } from 'node:util';
import { checkBytes } from '../model/checker/index.ts';
import { parseVersion } from '../model/versions.ts';
import { OUTPUT_FORMATS, outputFor, type FileReport } from '../model/output/index.ts';
import { CHECK_HELP } from './help.ts';
import { EXIT, readInputs, type Io } from './io.ts';


/** What only says "this file is not a Milvus manifest": dropped with --skip-non-milvus. */
const NOT_MILVUS: ReadonlySet<string> = new Set(['no-milvus-resource', 'not-a-resource', 'skipped-resource']);

export async function runCheck(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        'milvus-version': { type: 'string' },
        'skip-non-milvus': { type: 'boolean' },
        webhook: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(CHECK_HELP);
    return EXIT.ok;
  }
  const output = outputFor(values.format);
  if (!output)
    return usage(io, `--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${values.format}"`);
  const milvusVersion = values['milvus-version'];
  if (milvusVersion !== undefined && !parseVersion(milvusVersion)) {
    return usage(io, `--milvus-version must be a version such as 2.5 or 2.5.16, not "${milvusVersion}"`);
  }
  if (positionals.length === 0) return usage(io, 'no FILE given (use - for standard input)');
  if (positionals.filter((p) => p === '-').length > 1)
    return usage(io, 'standard input (-) can be read only once');

  const { inputs, unreadable } = await readInputs(positionals, io, '');
  const options = {
    ...(milvusVersion ? { milvusVersion } : {}),
    ...(values.webhook ? { webhook: true } : {}),
  };
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

function usage(io: Io, problem: string): number {
  io.err(`milvus-mq check: ${problem}\nRun milvus-mq check --help for the options.\n`);
  return EXIT.usage;
}
