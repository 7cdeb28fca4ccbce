/** `milvus-mq check`: the manifest checker over files and standard input. */
import { checkBytes } from '../model/operator/checker/index.ts';
import { OUTPUT_FORMATS, outputFor, type FileReport } from '../model/output/index.ts';
import { findOperatorRelease, operatorLabel } from '../model/operator/resolve/operatorReleases.ts';
import {
  RESOLVE_FLAGS,
  checkOptionsFrom,
  choiceProblem,
  commandLine,
  filesProblem,
  usageError,
} from './args.ts';
import { CHECK_HELP } from './help.ts';
import { HELM_FLAGS, fileInput, helmOptions, setInputs, type HelmFlagValues } from './helmInputs.ts';
import { EXIT, readInputs, type Io } from './io.ts';
import { sharingParses } from '../model/yaml/sharedParse.ts';

/** What only says "this file is not a Milvus manifest": dropped with --skip-non-milvus. */
const NOT_MILVUS: ReadonlySet<string> = new Set([
  'no-milvus-resource',
  'empty-input',
  'not-a-resource',
  'skipped-resource',
]);

export async function runCheck(args: string[], io: Io): Promise<number> {
  const usage = (problem: string) => usageError(io, 'check', problem);
  const parsed = commandLine(
    io,
    'check',
    CHECK_HELP,
    args,
    {
      format: { type: 'string', default: 'text' },
      'skip-non-milvus': { type: 'boolean' },
      ...RESOLVE_FLAGS,
      ...HELM_FLAGS,
    },
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const output = outputFor(values.format);
  if (!output) return usage(choiceProblem('format', values.format, OUTPUT_FORMATS) ?? '');
  const options = checkOptionsFrom(values);
  if (typeof options === 'string') return usage(options);
  // Which operator release the verdicts assume, said when asked for one (stdout stays the format's).
  if (options.operatorVersion)
    io.err(`Judged as ${operatorLabel(findOperatorRelease(options.operatorVersion)!)}.\n`);
  const problem = filesProblem(positionals, values as HelmFlagValues);
  if (problem) return usage(problem);

  const { inputs, unreadable } = await readInputs(positionals, io, '', { directories: true });
  const helmOptionsGiven = helmOptions(values as HelmFlagValues);
  if (values.helm) {
    // One release: the files in order (helm -f a -f b), then --set and --set-string.
    const { checkHelm } = await import('../model/helm/check.ts');
    const files = inputs.map(fileInput);
    const undecodable = files.flatMap((f, i) => (f.undecodable ? [i] : []));
    const reports: FileReport[] =
      undecodable.length > 0
        ? undecodable.map((i) => ({
            file: inputs[i]!.file,
            diagnostics: checkBytes(inputs[i]!.bytes).diagnostics,
            milvusResources: 0,
          }))
        : checkHelm([...files, ...setInputs(values)], helmOptionsGiven).reports;
    io.out(output.format({ reports, unreadable }));
    if (unreadable.length > 0) return EXIT.usage;
    return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT.problems : EXIT.ok;
  }
  // Bytes, not text: kubectl refuses invalid UTF-8 and reads UTF-16, and so does the check.
  const results = inputs.map(({ file, bytes }) => ({ file, result: checkBytes(bytes, options) }));
  // A file with no Milvus resource that reads as the chart's values is checked as values (the Helm
  // front end loads only then).
  const helm = results.some((r) => r.result.milvusResources === 0 && r.result.text !== null)
    ? await import('../model/helm/index.ts')
    : null;
  const reports: FileReport[] = results.flatMap(({ file, result }) => {
    // The detection and the Helm check read the text once (model/yaml/sharedParse.ts).
    const asValues =
      helm &&
      result.milvusResources === 0 &&
      result.text !== null &&
      sharingParses(() =>
        helm.looksLikeHelmValues(result.text!)
          ? helm.checkHelm(
              [{ kind: 'file', name: file, text: result.text! }, ...setInputs(values)],
              helmOptionsGiven,
            ).reports
          : null,
      );
    if (asValues) return asValues;
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
