/** `milvus-mq check`: the manifest checker over files and standard input. */
import { parseArgs } from 'node:util';
import { checkBytes } from '../model/checker/index.ts';
import { parseVersion } from '../model/versions.ts';
import { formatJson, formatText, type FileReport } from './format.ts';
import { CHECK_HELP } from './help.ts';
import { EXIT, readInputs, type Io } from './io.ts';

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
  const format = values.format;
  if (format !== 'text' && format !== 'json')
    return usage(io, `--format must be text or json, not "${format}"`);
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
    return { file, diagnostics: result.diagnostics, milvusResources: result.milvusResources };
  });

  io.out(format === 'json' ? formatJson(reports) : formatText(reports, unreadable));
  if (unreadable > 0) return EXIT.usage;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.problems : EXIT.ok;
}

function usage(io: Io, problem: string): number {
  io.err(`milvus-mq check: ${problem}\nRun milvus-mq check --help for the options.\n`);
  return EXIT.usage;
}
