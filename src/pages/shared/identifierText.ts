// A label or help text splits into plain words and identifiers (spec.config.kafka.saslUsername,
// values.replicaCount, secretRef), so a narrow screen can set an identifier as code that wraps
// only after one of its dots, never inside a name (issue #20: "re plicaCount" on a phone).

export interface TextPart {
  text: string;
  /** A field path or a camelCase name: shown as code. */
  identifier: boolean;
}

// A dotted path whose first name has two or more letters ("e.g." is not one), not part of a
// slashed name (milvus.io/v1beta1 is an API group, not a path to wrap at its dot), or a camelCase name.
const IDENTIFIER = /\b[A-Za-z_][\w-]+(?:\.[A-Za-z_][\w-]*)+(?![\w/-])|\b[a-z]+[A-Z][A-Za-z0-9]*\b/g;

export function splitIdentifiers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(IDENTIFIER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), identifier: false });
    parts.push({ text: match[0], identifier: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), identifier: false });
  return parts;
}

/** An identifier's pieces, each ending after its dot: the places it may wrap. */
export function breakAfterDots(identifier: string): string[] {
  return identifier.split(/(?<=\.)/);
}
