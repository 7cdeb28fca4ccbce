/** `milvus-mq explain`: what the operator makes of each Milvus resource ("What will run"). */
import { parseArgs } from 'node:util';
import { checkBytes } from '../model/checker/index.ts';
import { explain, explainText, type Explanation } from '../model/resolve/index.ts';
import { parseVersion } from '../model/versions.ts';
import { EXPLAIN_HELP } from './help.ts';
import { EXIT, readInputs, type Io } from './io.ts';

interface FileExplanation {
  file: string;
  resources: { documentIndex: number; explanation: Explanation; view: unknown }[];
}

export async function runExplain(args: string[], io: Io): Promise<number> {
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
    io.out(EXPLAIN_HELP);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json')
    return usage(io, `--format must be text or json, not "${format}"`);
  const milvusVersion = values['milvus-version'];
  if (milvusVersion !== undefined && !parseVersion(milvusVersion))
    return usage(io, `--milvus-version must be a version such as 2.5 or 2.5.16, not "${milvusVersion}"`);
  if (positionals.length === 0) return usage(io, 'no FILE given (use - for standard input)');
  if (positionals.filter((p) => p === '-').length > 1)
    return usage(io, 'standard input (-) can be read only once');

  const { inputs, unreadable } = await readInputs(positionals, io, 'explain');
  const options = {
    ...(milvusVersion ? { milvusVersion } : {}),
    ...(values.webhook ? { webhook: true } : {}),
  };
  const files: FileExplanation[] = inputs.map(({ file, bytes }) => ({
    file,
    resources: checkBytes(bytes, options).resolved.map((r) => ({
      documentIndex: r.documentIndex,
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
      for (const r of f.resources) {
        const where = f.resources.length > 1 ? ` (document ${r.documentIndex + 1})` : '';
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

function usage(io: Io, problem: string): number {
  io.err(`milvus-mq explain: ${problem}\nRun milvus-mq explain --help for the options.\n`);
  return EXIT.usage;
}
