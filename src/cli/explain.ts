/** `milvus-mq explain`: what the operator makes of each Milvus resource ("What will run"). */
import { checkBytes, resourcePlace } from '../model/operator/checker/index.ts';
import { explain } from '../model/operator/resolve/index.ts';
import { explainText, type Explanation } from '../model/whatRuns/explanation.ts';
import {
  RESOLVE_FLAGS,
  checkOptionsFrom,
  commandLine,
  filesProblem,
  textOrJson,
  usageError,
} from './args.ts';
import { EXPLAIN_HELP } from './help.ts';
import { HELM_FLAGS, fileInput, helmOptions, setInputs, type HelmFlagValues } from './helmInputs.ts';
import type { ValuesInput } from '../model/helm/index.ts';
import { EXIT, readInputs, type Io } from './io.ts';
import { sharingParses } from '../model/yaml/sharedParse.ts';

interface FileExplanation {
  file: string;
  resources: { documentIndex: number; item?: number; explanation: Explanation; view: unknown }[];
  /** Bytes that are no manifest at all, in check's code and words (model/yaml/decode.ts). */
  refused?: { code: string; message: string; line: number; column: number };
}

export async function runExplain(args: string[], io: Io): Promise<number> {
  const usage = (problem: string) => usageError(io, 'explain', problem);
  const parsed = commandLine(
    io,
    'explain',
    EXPLAIN_HELP,
    args,
    { format: { type: 'string', default: 'text' }, ...RESOLVE_FLAGS, ...HELM_FLAGS },
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = textOrJson(values.format);
  if (format !== 'text' && format !== 'json') return usage(format);
  const options = checkOptionsFrom(values);
  if (typeof options === 'string') return usage(options);
  const problem = filesProblem(positionals, values as HelmFlagValues);
  if (problem) return usage(problem);

  const { inputs, unreadable } = await readInputs(positionals, io, 'explain');
  const helmFlags = values as HelmFlagValues;
  const helm = await import('../model/helm/index.ts');
  /** Values of one release, explained as the chart renders them (null: unreadable). */
  const explainValues = (name: string, sources: ValuesInput[]): FileExplanation => {
    const result = helm.checkHelm(sources, helmOptions(helmFlags));
    if (!result.resolved) {
      for (const r of result.reports)
        for (const d of r.diagnostics) io.err(`${r.file}:${d.line}:${d.column} ${d.message}\n`);
      return { file: name, resources: [] };
    }
    const { whatRuns, blocks, winner, subcharts, chart } = result.resolved;
    return {
      file: name,
      resources: [
        {
          documentIndex: 0,
          explanation: helm.explainHelm(result.resolved),
          view: {
            chart: {
              version: chart.version,
              appVersion: chart.appVersion,
              tag: chart.tag,
              commit: chart.commit,
            },
            blocks,
            winner,
            subcharts,
            whatRuns,
          },
        },
      ],
    };
  };
  const files: FileExplanation[] = values.helm
    ? [
        explainValues(inputs.map((i) => i.file).join(' + '), [
          ...inputs.map(fileInput),
          ...setInputs(helmFlags),
        ]),
      ]
    : // One parse per file for the check, the detection and the Helm front end (sharedParse.ts).
      inputs.map(({ file, bytes }) =>
        sharingParses(() => {
          const checked = checkBytes(bytes, options);
          const first = checked.diagnostics[0];
          if (checked.text === null && first) {
            const { code, message, line, column } = first;
            return { file, resources: [], refused: { code, message, line, column } };
          }
          if (
            checked.milvusResources === 0 &&
            checked.text !== null &&
            helm.looksLikeHelmValues(checked.text)
          )
            return explainValues(file, [
              { kind: 'file', name: file, text: checked.text },
              ...setInputs(helmFlags),
            ]);
          return {
            file,
            resources: checked.resolved.map((r) => ({
              documentIndex: r.documentIndex,
              ...(r.item !== undefined ? { item: r.item } : {}),
              explanation: explain(r.view, { pruned: r.pruned }),
              view: r.view,
            })),
          };
        }),
      );

  if (format === 'json') {
    io.out(`${JSON.stringify({ files }, null, 2)}\n`);
  } else {
    const blocks: string[] = [];
    for (const f of files) {
      if (f.refused)
        blocks.push(
          `${f.file}:${f.refused.line}:${f.refused.column} error ${f.refused.code} ${f.refused.message}\n`,
        );
      else if (f.resources.length === 0)
        blocks.push(
          `${f.file}: no Milvus resource (apiVersion milvus.io/..., kind Milvus or MilvusCluster).\n`,
        );
      const documents = new Set(f.resources.map((r) => r.documentIndex)).size > 1;
      for (const r of f.resources) {
        const place = resourcePlace(r, documents);
        const where = place ? ` (${place})` : '';
        blocks.push(`${f.file}${where}\n${explainText(r.explanation)}`);
      }
    }
    io.out(blocks.join('\n'));
  }
  if (unreadable.length > 0) return EXIT.usage;
  const bad = files.some(
    (f) => f.resources.length === 0 || f.resources.some((r) => r.explanation.outcome !== 'deployed'),
  );
  return bad ? EXIT.problems : EXIT.ok;
}
