/**
 * Bounds that keep the checker's work proportional to the input and safe for hostile input.
 * A real Milvus manifest is a few kilobytes and nests about a dozen levels deep.
 */
export const LIMITS = {
  /** Larger inputs are refused before parsing (parsing alone would take many seconds). */
  maxInputChars: 10 * 1024 * 1024,
  /**
   * Deeper nesting is refused before the YAML library builds its tree: that step recurses, and
   * near the end of the stack V8 can abort the whole process instead of throwing.
   */
  maxDepth: 100,
  /** Aliases may repeat a node this many times over before the document counts as an alias bomb. */
  maxAliasExpansion: 100_000,
  /** Beyond this, diagnostics are cut and the result says `truncated`. */
  maxDiagnostics: 1000,
} as const;
