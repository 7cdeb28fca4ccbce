// The fast front end against `yaml`, the reference: on every input both accept, the same nodes
// (kind, value, anchor) at the same paths with the same ranges; on every input `yaml` refuses, the
// fast path refuses too (returns null), so `yaml` reports the error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Composer, Pair, Parser, Scalar, YAMLMap, YAMLSeq, isDocument, isMap, isPair, isScalar, isSeq, stringify } from 'yaml';
import { treeRows } from './compareTrees.ts';
import { fastCompose, yamlOnlyForm } from './fastCompose.ts';
import { COMPOSE_OPTIONS } from './parseStream.ts';

// yaml as `parseDocument` reads it: its own duplicate-key check on.
const REFERENCE = { ...COMPOSE_OPTIONS, uniqueKeys: true };

function reference(text: string) {
  return Array.from(new Composer(REFERENCE).compose(new Parser().parse(text)));
}

/** Both composers on `text`: null when the fast path left it to yaml. */
function compare(text: string) {
  const slow = reference(text);
  const fast = fastCompose(text, COMPOSE_OPTIONS);
  return { slow, fast, yamlRefuses: slow.some((d) => d.errors.length > 0) };
}

function expectSameTrees(text: string) {
  const { slow, fast, yamlRefuses } = compare(text);
  if (yamlRefuses) {
    expect(fast, `fast path accepted what yaml refuses:\n${text}`).toBeNull();
    return;
  }
  if (!fast) return;
  expect(fast.length).toBe(slow.length);
  slow.forEach((doc, i) => {
    expect(treeRows(fast[i]!.doc), text).toEqual(treeRows(doc));
  });
}

const word = fc.stringMatching(/^[a-z][a-zA-Z0-9-]{0,8}$/);
const scalar = fc.oneof(
  word,
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('yes', 'no', '0x1F', '0o17', '1e3', '.inf', '~', '', ' lead', 'a: b', '# not', 'x\ny', "it's"),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('list')),
  map: fc.dictionary(word, tie('node'), { maxKeys: 5 }),
  list: fc.array(tie('node'), { maxLength: 4 }),
})).node;

const styles = fc.record({
  flow: fc.boolean(),
  indentSeq: fc.boolean(),
  indent: fc.integer({ min: 2, max: 4 }),
  quote: fc.boolean(),
});

describe('fast composer vs yaml', () => {
  it('gives the same nodes and ranges on random documents in every style', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), styles, (docs, style) => {
        const text = docs
          .map((d) =>
            stringify(d, {
              collectionStyle: style.flow ? 'flow' : 'any',
              indentSeq: style.indentSeq,
              indent: style.indent,
              defaultStringType: style.quote ? 'QUOTE_DOUBLE' : 'PLAIN',
              lineWidth: 30,
            }),
          )
          .join('---\n');
        const { fast } = compare(text);
        if (!yamlOnlyForm(text)) expect(fast, text).not.toBeNull();
        expectSameTrees(text);
      }),
      { numRuns: 400 },
    );
  });

  // Token soup: the shapes of YAML syntax in random order, most of it invalid.
  const piece = fc.constantFrom(
    'a', 'b', 'key', '1', '"q"', "'s'", ':', ': ', '- ', '-', '\n', '\n  ', '\n    ', ' ', '  ', '#c', ' # c',
    '[', ']', '{', '}', ',', '&x ', '*x', '&y ', '*y', '|', '>', '|-', '---', '...', '\n---\n', '"', "'", '<<: ',
    '\\', '%', '?', '@', '`', 'true', 'null', '0x', '\r\n', '\u00a0', '\ufeff',
  );
  it('refuses whatever yaml refuses, and agrees on what both accept', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        expectSameTrees(pieces.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  // Found by the property above (1 run in about 14,000): yaml's lexer keeps a trailing line of
  // spaces in a block scalar's range when it is more indented than the first line.
  it('ends a block scalar where yaml does, after a trailing line of spaces more indented than its text', () => {
    for (const text of ['|\n  a\n    \n---\n', '|\n  a\n  \n---\n', 'k: >\n   a\n      \n   \nx: 1\n'])
      expectSameTrees(text);
  });

  // Small maps are scanned for a repeated key and wide ones keep a Set: either way, yaml words the error.
  it('leaves a repeated key to yaml in a map of any width', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (keys, from, to) => {
          const repeated = [...keys];
          repeated.splice(to % (keys.length + 1), 0, keys[from % keys.length]!);
          const text = repeated.map((k, i) => `${k}: ${i}\n`).join('');
          expect(fastCompose(text, COMPOSE_OPTIONS), text).toBeNull();
          expect(fastCompose(keys.map((k) => `${k}: 1\n`).join(''), COMPOSE_OPTIONS)).not.toBeNull();
          expectSameTrees(text);
        },
      ),
      { numRuns: 300 },
    );
    // Keys that are equal as values though written apart (1 and 1.0; .nan and .NaN) repeat too.
    expect(fastCompose('a: 0\n1: x\n1.0: y\n', COMPOSE_OPTIONS)).toBeNull();
    expect(fastCompose(`${Array.from({ length: 10 }, (_, i) => `k${i}: ${i}`).join('\n')}\n.nan: a\n.NaN: b\n`, COMPOSE_OPTIONS)).toBeNull();
    expect(fastCompose('.nan: a\n.NaN: b\n', COMPOSE_OPTIONS)).toBeNull();
  });

  it('takes the usual forms of a manifest', () => {
    const text = [
      'apiVersion: milvus.io/v1beta1',
      'kind: Milvus # comment',
      'metadata:',
      '  name: &n my-release',
      '  labels: {a: b, c: "d" }',
      'spec:',
      '  empty:',
      '  list:',
      '  - a',
      '  - b: 1',
      '    c: 2',
      '  -',
      '  ref: *n',
      '  block: |',
      '    hello',
      '',
      '  fold: >-',
      '    a',
      '  base: &b {x: 1}',
      '  m:',
      '    <<: *b',
      "    y: 'it''s'",
      '---',
      '# only a comment',
      '',
    ].join('\n');
    expect(fastCompose(text, COMPOSE_OPTIONS)).not.toBeNull();
    expectSameTrees(text);
  });

  it('makes each document a Document of its own that reads as yaml reads it', () => {
    const text = 'a: 1\n---\nb: [x, y]\n---\n---\nc: {d: e}\n';
    const fast = fastCompose(text, COMPOSE_OPTIONS)!;
    const slow = reference(text);
    expect(fast.map(({ doc }) => doc.toJS())).toEqual(slow.map((doc) => doc.toJS()));
    for (const { doc } of fast) expect(isDocument(doc)).toBe(true);
    // Its pairs and scalars are yaml's own kinds, as yaml's checks and its copies read them.
    const pair = (fast[0]!.doc.contents as YAMLMap).items[0]!;
    expect(isPair(pair) && pair instanceof Pair).toBe(true);
    expect(isScalar(pair.value) && pair.value instanceof Scalar).toBe(true);
    expect(isScalar((pair.value as Scalar).clone())).toBe(true);
    expect(isPair(pair.clone())).toBe(true);
    // So are its maps and lists, with yaml's (empty) schema slot, also in their copies.
    const map = fast[3]!.doc.contents as YAMLMap;
    const list = (fast[1]!.doc.contents as YAMLMap).items[0]!.value as YAMLSeq;
    expect(isMap(map) && map instanceof YAMLMap && isSeq(list) && list instanceof YAMLSeq).toBe(true);
    expect([map.schema, list.schema, Object.keys(map).sort()]).toEqual([undefined, undefined, Object.keys(slow[3]!.contents!).sort()]);
    expect(isMap(map.clone()) && isSeq(list.clone())).toBe(true);
    expect(map.clone().toJSON()).toEqual({ c: { d: 'e' } });
    // Errors found later in one document (duplicate keys, merge keys) stay with that document.
    const [first, second] = fast;
    first!.doc.errors.push(...slow[0]!.errors, ...reference('a: 1\na: 2\n')[0]!.errors);
    first!.doc.warnings.push(...first!.doc.errors);
    expect(first!.doc.errors.length).toBe(1);
    expect(second!.doc.errors).toEqual([]);
    expect(second!.doc.warnings).toEqual([]);
  });
});
