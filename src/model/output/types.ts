/**
 * One small interface for every way `check` prints its findings (text, JSON, SARIF, GitHub
 * annotations, JUnit). Each format is one module with one function; none of them imports Node or
 * React, so the check page can copy results in exactly the CLI's format.
 */
import type { Diagnostic } from '../findings/diagnostics.ts';

/** What the checker found in one file (or `<stdin>`). */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  milvusResources: number;
}

/** A file that could not be read, and why ("no such file"). */
export interface UnreadableFile {
  file: string;
  reason: string;
}

/** One `check` run: the files read and checked, then those that could not be read. */
export interface CheckRun {
  reports: readonly FileReport[];
  unreadable: readonly UnreadableFile[];
}

export interface Output {
  /** The `--format` name. */
  readonly name: string;
  /** For `--help`: a line or two (a newline where the help wraps it). */
  readonly description: string;
  format(run: CheckRun): string;
}
