/** `milvus-mq explain`: what the operator makes of each Milvus resource ("What will run"). */
import { checkBytes, resourcePlace } from '../model/checker/index.ts';
import { explain, explainText, type Explanation } from '../model/resolve/index.ts';
import {
  RESOLVE_FLAGS,
  checkOptionsFrom,
  commandLine,
  filesProblem,
  textOrJson,
  usageError,
} from './args.ts';
import { EXPLAIN_HELP } from './help.ts';
import { EXIT, readInputs, type Io } from './io.ts';

interface FileExplanation {
  file: string;
  resources: { documentIndex: number; item?: number; explanation: Explanation; view: unknown }[];
}

export async function runExplain(args: string[], io: Io): Promise<number> {
  const usage = (problem: string) => usageError(io, 'explain', problem);
  const parsed = commandLine(
    io,
    'explain',
    EXPLAIN_HELP,
    args,
    { format: { type: 'string', default: 'text' }, ...RESOLVE_FLAGS },
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = textOrJson(values.format);
  if (format !== 'text' && format !== 'json') return usage(format);
  const options = checkOptionsFrom(values);
  if (typeof options === 'string') return usage(options);
  const problem = filesProblem(positionals);
  if (problem) return usage(problem);

  const { inputs, unreadable } = await readInputs(positionals, io, 'explain');
  const files: FileExplanation[] = inputs.map(({ file, bytes }) => ({
    file,
    resources: checkBytes(bytes, options).resolved.map((r) => ({
      documentIndex: r.documentIndex,
      ...(r.item !== undefined ? { item: r.item } : {}),
      explanation: explain(r.view, { pruned: r.pruned }),
      view: r.view,
    })),
  }));

  if (format === 'json') {
    io.out(`${JSON.stringify({ files }, null, 2)}\n`);
  } else {
    const blocks: string[] = [];
    for (const f of files) {
      if (f.resources.length === 0)
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
