/** What the commands share on their command line: parsing, the checker's options, usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CheckOptions } from '../model/operator/checker/index.ts';
import { parseVersion } from '../model/facts/versions.ts';
import { findOperatorRelease, unknownOperatorVersion } from '../model/operator/resolve/operatorReleases.ts';
import { EXIT, type Io } from './io.ts';
import { valuesFromFlagsOnly, type HelmFlagValues } from './helmInputs.ts';

/** `milvus-mq COMMAND: PROBLEM`, the way to the help, and exit 2. */
export function usageError(io: Io, command: string, problem: string): number {
  io.err(`milvus-mq ${command}: ${problem}\nRun milvus-mq ${command} --help for the options.\n`);
  return EXIT.usage;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line of one command: parsed strictly, with `-h/--help` printing `help`. Returns the
 * parsed values, or the exit code when the command is already done (help, or a usage error).
 */
export function commandLine<O extends Options>(
  io: Io,
  command: string,
  help: string,
  args: string[],
  options: O,
  allowPositionals: boolean,
) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usageError(io, command, error instanceof Error ? error.message : String(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(help);
    return EXIT.ok;
  }
  return parsed;
}

/** A value that must be one of `allowed`: what is wrong with it, naming the option, or null. */
export function choiceProblem(
  option: string,
  value: string | undefined,
  allowed: readonly string[],
): string | null {
  return value === undefined || allowed.includes(value)
    ? null
    : `--${option} must be one of ${allowed.join(', ')}, not "${value}"`;
}

/** --milvus-version, --operator-version and --webhook: the resolution stage's options (model/resolve). */
export const RESOLVE_FLAGS = {
  'milvus-version': { type: 'string' },
  'operator-version': { type: 'string' },
  webhook: { type: 'boolean' },
} as const satisfies Options;

/** The checker's options from those flags, or what is wrong with them. */
export function checkOptionsFrom(values: {
  'milvus-version'?: string;
  'operator-version'?: string;
  webhook?: boolean;
}): CheckOptions | string {
  const milvusVersion = values['milvus-version'];
  if (milvusVersion !== undefined && !parseVersion(milvusVersion))
    return `--milvus-version must be a version such as 2.5 or 2.5.16, not "${milvusVersion}"`;
  const operatorVersion = values['operator-version'];
  if (operatorVersion !== undefined && !findOperatorRelease(operatorVersion))
    return `--operator-version: ${unknownOperatorVersion(operatorVersion)}`;
  return {
    ...(milvusVersion ? { milvusVersion } : {}),
    ...(operatorVersion ? { operatorVersion } : {}),
    ...(values.webhook ? { webhook: true } : {}),
  };
}

/**
 * FILE...: at least one, and standard input (-) at most once; null when they are fine. With --helm
 * and a --set, none is needed: the release's values are then the chart's defaults and the flags.
 */
export function filesProblem(positionals: readonly string[], helmFlags: HelmFlagValues): string | null {
  if (valuesFromFlagsOnly(helmFlags, positionals)) return null;
  if (positionals.length === 0) return 'no FILE given (use - for standard input)';
  if (positionals.filter((p) => p === '-').length > 1) return 'standard input (-) can be read only once';
  return null;
}

/** `--format text|json` for the commands that print only those two. */
export function textOrJson(format: unknown): 'text' | 'json' | string {
  return format === 'text' || format === 'json'
    ? format
    : `--format must be text or json, not "${String(format)}"`;
}
