/**
 * The `milvus-mq` command line: `check`, `explain`, `diff`, `generate`, `policy` and `lsp`. Each command is
 * imported when it runs, so `--help` and a usage error cost Node's start-up and little more.
 */
import { CHECK_HELP, DIFF_HELP, EXPLAIN_HELP, GENERATE_HELP, LSP_HELP, POLICY_HELP } from './help.ts';
import { EXIT, nodeIo, type Io } from './io.ts';

export const HELP = `milvus-mq: Milvus Operator manifests and their message storage.

Usage:
  milvus-mq check [--format text|json|sarif|github|junit] [--milvus-version X.Y] [--webhook]
                  [--skip-non-milvus] FILE...
  milvus-mq explain [--format text|json] [--milvus-version X.Y] [--webhook] FILE...
  milvus-mq diff [--format text|json] OLD NEW
  milvus-mq generate [--mode M] [--mq Q] [--external] [--endpoint H:P] [--broker H:P]...
                     [--milvus-version X.Y] [--name N] [--namespace NS] [--api V]
                     [--values FILE] [-o FILE]
  milvus-mq policy [--validation-actions A[,A]] [--namespace-selector SEL] [--name N] [-o FILE]
  milvus-mq lsp --stdio
  milvus-mq --help

Commands:
  check       check manifests for message-storage mistakes (FILE or - for standard input)
  explain     show what the operator makes of each Milvus resource: "What will run"
  diff        what applying NEW does to the running Milvus OLD describes
  generate    write a manifest for a message storage
  policy      write the checks as a Kubernetes ValidatingAdmissionPolicy and its binding
  lsp         run the checker as a language server for editors

${CHECK_HELP}
${EXPLAIN_HELP}
${DIFF_HELP}
${GENERATE_HELP}
${POLICY_HELP}
${LSP_HELP}`;

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
    case 'lsp':
      return (await import('./lsp.ts')).runLsp(rest, io);
    case '-h':
    case '--help':
    case 'help':
      io.out(HELP);
      return EXIT.ok;
    case undefined:
      io.err(`milvus-mq: no command given.\n\n${HELP}`);
      return EXIT.usage;
    default:
      io.err(
        `milvus-mq: unknown command "${command}". The commands are check, explain, diff, generate, policy and lsp; see milvus-mq --help.\n`,
      );
      return EXIT.usage;
  }
}
