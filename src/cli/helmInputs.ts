/** The Helm options `check`, `explain` and `diff` share: --helm, --chart-version, --release, --set, --set-string. */
import { decodeBytes } from '../model/yaml/decode.ts';
import type { ValuesInput } from '../model/helm/read/sources.ts';
import type { HelmCheckOptions } from '../model/helm/check.ts';
import type { InputFile } from './io.ts';

export const HELM_FLAGS = {
  helm: { type: 'boolean' },
  'chart-version': { type: 'string' },
  release: { type: 'string' },
  set: { type: 'string', multiple: true },
  'set-string': { type: 'string', multiple: true },
} as const;

export interface HelmFlagValues {
  helm?: boolean;
  'chart-version'?: string;
  release?: string;
  set?: string[];
  'set-string'?: string[];
  'milvus-version'?: string;
}

/** --set and --set-string come after every values file, as in `helm install -f … --set …`. */
export function setInputs(values: HelmFlagValues): ValuesInput[] {
  return [
    ...(values.set ?? []).map((argument): ValuesInput => ({ kind: 'set', argument })),
    ...(values['set-string'] ?? []).map((argument): ValuesInput => ({
      kind: 'set',
      argument,
      asString: true,
    })),
  ];
}

/**
 * `helm install --set a=b` needs no values file: the release's values are the chart's defaults and
 * the --set arguments. So with --helm and a --set, FILE may be left out (standard input is not read).
 */
export function valuesFromFlagsOnly(values: HelmFlagValues, positionals: readonly string[]): boolean {
  return values.helm === true && positionals.length === 0 && setInputs(values).length > 0;
}

/** A file as a values input; a file that cannot be decoded is read as empty (its report says why). */
export function fileInput(input: InputFile): ValuesInput & { undecodable?: string } {
  const decoded = decodeBytes(input.bytes);
  return decoded.ok
    ? { kind: 'file', name: input.file, text: decoded.text }
    : { kind: 'file', name: input.file, text: '', undecodable: decoded.message };
}

export function helmOptions(values: HelmFlagValues): HelmCheckOptions {
  return {
    ...(values['chart-version'] ? { chartVersion: values['chart-version'] } : {}),
    ...(values.release ? { release: values.release } : {}),
    ...(values['milvus-version'] ? { milvusVersion: values['milvus-version'] } : {}),
  };
}
