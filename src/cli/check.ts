/** `milvus-mq check`: the manifest checker over files and standard input. */
import { parseArgs } from 'node:util';
import { checkManifest } from '../model/checker/index.ts';
import { parseVersion } from '../model/versions.ts';
import { formatJson, formatText, type FileReport } from './format.ts';
import { EXIT, FINDINGS_EXIT_HELP, readInputs, type Io } from './io.ts';

export const CHECK_HELP = `Usage: milvus-mq check [--format text|json] [--milvus-version X.Y] [--webhook] FILE...

Checks Milvus Operator manifests (apiVersion milvus.io/v1beta1 or v1alpha1, kind Milvus or
MilvusCluster) for message-storage mistakes: fields the API server drops, values it refuses,
a message storage the mode or the Milvus version does not support, settings the operator ignores,
external addresses it cannot use, Kafka security gaps. A file may hold several YAML documents;
other kinds (Secrets, ConfigMaps ...) are listed as skipped. Live objects are welcome:
kubectl get milvus NAME -o yaml (status, managedFields and the operator's defaults included),
or a kind: List of them as kubectl get milvus -A -o yaml prints it.

Arguments:
  FILE                    a manifest file; - reads standard input

Options:
  --format text|json      text (default): one line per finding,
                            FILE:LINE:COL SEVERITY CODE MESSAGE
                          then the fix, if any, on an indented line, and a summary line.
                          json: {"files":[{"file","diagnostics":[{"severity","code","message",
                            "path","line","column","fix"?}]}]}
  --milvus-version X.Y    check against this Milvus version (e.g. 2.5 or 2.5.16) instead of the
                          one the manifest pins (spec.components.version or the image tag; without
                          either, the operator's default image, Milvus 2.6.11)
  --webhook               the operator was installed with its webhook (enableWebhook: true):
                          a v1alpha1 Milvus is converted instead of refused, and what the
                          webhook validates (an external storage without its address) is
                          refused by the API server
  -h, --help              show this help

${FINDINGS_EXIT_HELP}`;

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
  const reports: FileReport[] = inputs.map(({ file, text }) => {
    const result = checkManifest(text, options);
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
