/**
 * `milvus-mq schema`: the JSON Schema of the v1beta1 `Milvus` resource, or with `--helm` of the
 * milvus-helm chart's message-storage keys, for yaml-language-server (VS Code's YAML extension,
 * Neovim, Helix ...). Both come from the zod schemas the checker reads.
 */
import { SCHEMA_HELP } from './help.ts';
import { commandLine } from './args.ts';
import { writeOutput, type Io } from './io.ts';

const SCHEMA_OPTIONS = {
  helm: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
} as const;

export async function runSchema(args: string[], io: Io): Promise<number> {
  const parsed = commandLine(io, 'schema', SCHEMA_HELP, args, SCHEMA_OPTIONS, false);
  if (typeof parsed === 'number') return parsed;
  const schema = parsed.values.helm
    ? (await import('../model/helm/editor/valuesJsonSchema.ts')).helmValuesJsonSchema()
    : (await import('../model/operator/manifest/jsonSchema.ts')).milvusResourceJsonSchema();
  return writeOutput(io, 'schema', parsed.values.output, `${JSON.stringify(schema, null, 2)}\n`);
}
