/** The output formats of `check`, by their `--format` name. */
import { githubOutput } from './github.ts';
import { jsonOutput } from './json.ts';
import { junitOutput } from './junit.ts';
import { sarifOutput } from './sarif.ts';
import { textOutput } from './text.ts';
import type { Output } from './types.ts';

export const OUTPUTS = [textOutput, jsonOutput, sarifOutput, githubOutput, junitOutput] as const;

export const OUTPUT_FORMATS: readonly string[] = OUTPUTS.map((o) => o.name);

/** The output named `name`, or undefined for a name no format has. */
export function outputFor(name: string): Output | undefined {
  return OUTPUTS.find((o) => o.name === name);
}

export { formatJson } from './json.ts';
export { formatText, summaryLine } from './text.ts';
export type { CheckRun, FileReport, Output, UnreadableFile } from './types.ts';
