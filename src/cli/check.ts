/** `milvus-mq check`: the manifest checker over files and standard input. */
import { parseArgs } from 'node:util';
import { checkManifest } from '../model/checker/index.ts';
import { parseVersion } from '../model/versions.ts';
import { OUTPUT_FORMATS, OUTPUTS, outputFor, type FileReport, type UnreadableFile } from '../model/output/index.ts';
import { EXIT, readError, type Io } from './io.ts';

export const CHECK_HELP = `Usage: milvus-mq check [--format text|json|sarif|github|junit] [--milvus-version X.Y]
                       [--skip-non-milvus] FILE...

Checks Milvus Operator manifests (apiVersion milvus.io/v1beta1 or v1alpha1, kind Milvus or
MilvusCluster) for message-storage mistakes: fields the API server drops, values it refuses,
a message storage the mode or the Milvus version does not support, settings the operator ignores,
external addresses it cannot use, Kafka security gaps. A file may hold several YAML documents;
other kinds (Secrets, ConfigMaps ...) are listed as skipped.

Arguments:
  FILE                    a manifest file; - reads standard input

Options:
  --format NAME           how to print the findings on standard output:
${formatList()}
  --milvus-version X.Y    check against this Milvus version (e.g. 2.5 or 2.5.16) instead of the
                          one the manifest pins (spec.components.version or the image tag; without
                          either, the operator's default image, Milvus 2.6.11)
  --skip-non-milvus       a file without any Milvus resource (a Deployment, a Helm values file ...)
                          is passed over instead of being an error; for hooks and globs that see
                          every YAML file. YAML errors and near misses of a Milvus resource
                          (a kind or apiVersion typo) are still reported
  -h, --help              show this help

Exit status:
  0  no errors (warnings and infos allowed)
  1  at least one error
  2  a file could not be read, or the command line is wrong
`;

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

  const reports: FileReport[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      const reason = readError(error);
      io.err(`milvus-mq: cannot read ${file}: ${reason}\n`);
      unreadable.push({ file, reason });
      continue;
    }
    const result = checkManifest(text, milvusVersion ? { milvusVersion } : {});
    const skip = values['skip-non-milvus'] === true && result.milvusResources === 0;
    reports.push({
      file: file === '-' ? '<stdin>' : file,
      diagnostics: skip ? result.diagnostics.filter((d) => !NOT_MILVUS.has(d.code)) : result.diagnostics,
      milvusResources: result.milvusResources,
    });
  }

  io.out(output.format({ reports, unreadable }));
  if (unreadable.length > 0) return EXIT.usage;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.problems : EXIT.ok;
}

function usage(io: Io, problem: string): number {
  io.err(`milvus-mq check: ${problem}\nRun milvus-mq check --help for the options.\n`);
  return EXIT.usage;
}

/** One entry per format, from the formats' own descriptions (text is the default). */
function formatList(): string {
  const indent = ' '.repeat(26);
  return OUTPUTS.map((o) => `${indent}${o.name}: ${o.description.replace(/\n/g, `\n${indent}  `)}`).join('\n');
}
