/** The `milvus-mq` command line: `check`, `generate` and `policy`. */
import { CHECK_HELP, runCheck } from './check.ts';
import { GENERATE_HELP, runGenerate } from './generate.ts';
import { POLICY_HELP, runPolicy } from './policy.ts';
import { EXIT, nodeIo, type Io } from './io.ts';

export const HELP = `milvus-mq: Milvus Operator manifests and their message storage.

Usage:
  milvus-mq check [--format text|json|sarif|github|junit] [--milvus-version X.Y]
                  [--skip-non-milvus] FILE...
  milvus-mq generate [--mode M] [--mq Q] [--external] [--endpoint H:P] [--broker H:P]...
                     [--milvus-version X.Y] [--name N] [--namespace NS] [--api V]
                     [--values FILE] [-o FILE]
  milvus-mq policy [--validation-actions A[,A]] [--namespace-selector SEL] [--name N] [-o FILE]
  milvus-mq --help

Commands:
  check       check manifests for message-storage mistakes (FILE or - for standard input)
  generate    write a manifest for a message storage
  policy      write the checks as a Kubernetes ValidatingAdmissionPolicy and its binding

${CHECK_HELP}
${GENERATE_HELP}
${POLICY_HELP}`;

export async function main(argv: readonly string[], io: Io = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'generate':
      return runGenerate(rest, io);
    case 'policy':
      return runPolicy(rest, io);
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
        `milvus-mq: unknown command "${command}". The commands are check, generate and policy; see milvus-mq --help.\n`,
      );
      return EXIT.usage;
  }
}
