/**
 * The `milvus-mq` command line: check, explain, diff, generate, policy, clean, schema and lsp. Each command is
 * imported when it runs, so `--help` and a usage error cost Node's start-up and little more.
 */
import { CHECK_HELP, CLEAN_HELP, DIFF_HELP, EXPLAIN_HELP, GENERATE_HELP, LSP_HELP, POLICY_HELP, SCHEMA_HELP } from './help.ts';
import { EXIT, nodeIo, type Io } from './io.ts';

export const HELP = `milvus-mq: the message storage of Milvus, in Milvus Operator manifests and milvus-helm values.

Usage:
  milvus-mq check [--format text|json|sarif|github|junit] [--milvus-version X.Y] [--webhook]
                  [--skip-non-milvus] [--helm] FILE|DIR...
  milvus-mq explain [--format text|json] [--milvus-version X.Y] [--webhook] [--helm] FILE...
  milvus-mq diff [--format text|json] [--patch | --helm] OLD NEW
  milvus-mq generate [--mode M] [--mq Q] [--external] [--endpoint H:P] [--broker H:P]...
                     [--milvus-version X.Y] [--name N] [--namespace NS] [--api V]
                     [--values FILE] [--target operator|helm] [--chart-version X] [-o FILE]
  milvus-mq policy [--validation-actions A[,A]] [--namespace-selector SEL] [--name N] [-o FILE]
  milvus-mq clean [-o FILE] [FILE|-]
  milvus-mq schema [--helm] [-o FILE]
  milvus-mq lsp --stdio
  milvus-mq help [COMMAND]

Commands:
  check       check manifests for message-storage mistakes (FILE, DIR, or - for standard input)
  explain     show what the operator makes of each Milvus resource: "What will run"
  diff        what applying NEW does to the running Milvus OLD describes
  generate    write a manifest for a message storage
  policy      write the checks as a Kubernetes ValidatingAdmissionPolicy and its binding
  clean       make a live object (kubectl get milvus -o yaml) ready to apply again
  schema      write a JSON Schema for editors: the Milvus resource, or the chart's values
  lsp         run the checker as a language server for editors

A command's options and exit status: milvus-mq help COMMAND, or milvus-mq COMMAND --help.
`;

/** Each command's own help, for `milvus-mq help COMMAND`. */
const COMMAND_HELP: Record<string, string> = {
  check: CHECK_HELP,
  explain: EXPLAIN_HELP,
  diff: DIFF_HELP,
  generate: GENERATE_HELP,
  policy: POLICY_HELP,
  clean: CLEAN_HELP,
  schema: SCHEMA_HELP,
  lsp: LSP_HELP,
};

export async function main(argv: readonly string[], io: Io = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return (await import('./check.ts')).runCheck(rest, io);
    case 'explain':
      return (await import('./explain.ts')).runExplain(rest, io);
    case 'diff':
      return (await import('./diff.ts')).runDiff(rest, io);
    case 'generate':
      return (await import('./generate.ts')).runGenerate(rest, io);
    case 'policy':
      return (await import('./policy.ts')).runPolicy(rest, io);
    case 'clean':
      return (await import('./clean.ts')).runClean(rest, io);
    case 'schema':
      return (await import('./schema.ts')).runSchema(rest, io);
    case 'lsp':
      return (await import('./lsp.ts')).runLsp(rest, io);
    case '-h':
    case '--help':
      io.out(HELP);
      return EXIT.ok;
    case 'help': {
      const [topic] = rest;
      if (topic === undefined) {
        io.out(HELP);
        return EXIT.ok;
      }
      const help = COMMAND_HELP[topic];
      if (help === undefined) {
        io.err(`milvus-mq help: unknown command "${topic}". The commands are ${Object.keys(COMMAND_HELP).join(', ')}.\n`);
        return EXIT.usage;
      }
      io.out(help);
      return EXIT.ok;
    }
    case undefined:
      io.err(`milvus-mq: no command given.\n\n${HELP}`);
      return EXIT.usage;
    default:
      io.err(
        `milvus-mq: unknown command "${command}". The commands are ${Object.keys(COMMAND_HELP).join(', ')}; see milvus-mq --help.\n`,
      );
      return EXIT.usage;
  }
}
