/** The checker on a file's bytes: decoded as kubectl decodes them and refused as every entry point refuses them (model/yaml/decode.ts readInputBytes). */
import { readInputBytes } from '../../yaml/decode.ts';
import type { CheckOptions } from './context.ts';
import { checkManifest, type CheckResult } from './runner.ts';

export function checkBytes(
  bytes: Uint8Array,
  options: CheckOptions = {},
): CheckResult & { text: string | null } {
  const decoded = readInputBytes(bytes);
  if (decoded.ok) return { ...checkManifest(decoded.text, options), text: decoded.text };
  return {
    diagnostics: [
      {
        severity: 'error',
        code: decoded.code,
        message: decoded.message,
        path: '',
        documentIndex: 0,
        line: decoded.line,
        column: decoded.column,
      },
    ],
    documents: 0,
    milvusResources: 0,
    resolved: [],
    truncated: true,
    text: null,
  };
}
