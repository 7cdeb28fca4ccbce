/**
 * The fast front end: js-yaml's event parser (a flat list of events with source offsets) turned
 * into the `yaml` library's own node classes (Document, YAMLMap, YAMLSeq, Pair, Scalar, Alias),
 * with the ranges `yaml` would give them. The rules never see the difference.
 *
 * Why two parsers: on a 1 MB manifest `yaml`'s CST parser alone costs 2.4x to 4x js-yaml's whole
 * load, while js-yaml's event parser costs 0.3x to 0.9x (see `npm run bench`). `yaml` stays the
 * reference: any input this path does not fully understand returns null and is composed by `yaml`
 * instead (see parseStream.ts), as is every document an edit needs (fixes keep comments). A
 * differential property test (fastCompose.test.ts) holds the two to the same answers.
 *
 * What makes the result null ("use yaml"): js-yaml refuses the text; tags, directives, complex
 * keys; a duplicate key; forms that `yaml` refuses and js-yaml accepts (see `yamlOnlyForm`).
 */
import { parseEvents, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar, type Node } from 'yaml';
import { LIMITS } from './limits.ts';

const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;

const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const LITERAL_BLOCK = 4;

const FLOW = 2;
const KEEP = 3;

type Collection = YAMLMap | YAMLSeq;

interface Frame {
  node: Collection;
  flow: boolean;
  /** A map's key waiting for its value. */
  key: Node | null;
  hasKey: boolean;
  /** A wide map's keys so far (scalar values), for the duplicate check: a Set past SMALL_MAP keys, not a scan per key. */
  keys: Set<unknown> | null;
  /** Where the last child's node ended (yaml's range[2]). */
  end: number;
}

/** The subset of `yaml`'s scalar tag that resolving a plain scalar needs. */
interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}

export interface FastDocument {
  doc: Document.Parsed;
  /** Anchor name -> node, in document order: the node each alias names, without a search. */
  aliasTargets: Map<Alias, Node>;
}

/**
 * Input forms the fast path leaves to `yaml`: tags (`!`), directives (`%` at a line start), complex
 * keys (`? `), and tabs (each parser reads tab indentation differently). A plain scan of the text.
 */
const YAML_ONLY = /[\t\ufeff]|^%|^ +---(?:\s|$)|^ *\.\.\.(?:\s|$)|(?:^|[\s[{,])(?:[!%@`]|\?(?:\s|$))/m;

export function yamlOnlyForm(text: string): boolean {
  return YAML_ONLY.test(text);
}

/**
 * The documents of `text`, composed from js-yaml's events, or null when `yaml` must compose them
 * (see the file comment). `options` are the `yaml` Document options the slow path uses too.
 */
/** Share of the fast path's time that js-yaml's event parser takes (the rest is composing). */
const EVENTS_SHARE = 0.6;

export function fastCompose(
  text: string,
  options: Record<string, unknown>,
  onProgress?: (done: number) => void,
): FastDocument[] | null {
  if (yamlOnlyForm(text)) return null;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: LIMITS.maxDepth });
  } catch {
    return null;
  }
  onProgress?.(EVENTS_SHARE);
  const composer = new EventComposer(text, options, onProgress);
  try {
    const documents = composer.run(events);
    // An empty stream, or one with only markers or comments: yaml decides what it holds.
    return documents.length > 0 ? documents : null;
  } catch (error) {
    if (error === REFUSE) return null;
    throw error;
  }
}

/**
 * `new Scalar(value)`, `new Pair(key, value)`, `new YAMLMap()` and `new YAMLSeq()`, cheaper: the
 * constructors define yaml's type tag (a read-only symbol that isScalar() and isPair() read) on
 * every node (a tenth of the time on a list of a million numbers), and a collection's hidden
 * `schema` too (a values file holds tens of thousands of small maps). Here those hidden
 * properties sit on a prototype between the node and its class, so each node is made by
 * Object.create and plain assignments; it reads the same tag, is an instance of the same class and
 * clones as one.
 */
function nodeFactory<T extends object>(probe: T): () => T {
  const own = Object.getOwnPropertyDescriptors(probe);
  const hidden: PropertyDescriptorMap = {};
  for (const key of Reflect.ownKeys(own)) {
    const descriptor = own[key as keyof typeof own];
    if (!descriptor.enumerable) hidden[key] = descriptor;
  }
  const prototype: object = Object.create(Object.getPrototypeOf(probe) as object, hidden);
  return () => Object.create(prototype) as T;
}

const scalarShell = nodeFactory<Scalar>(new Scalar(null));
const pairShell = nodeFactory<Pair>(new Pair(null));
const mapShell = nodeFactory<YAMLMap>(new YAMLMap());
const seqShell = nodeFactory<YAMLSeq>(new YAMLSeq());

function newScalar(value: unknown): Scalar {
  const node = scalarShell();
  node.value = value;
  return node;
}

function newPair(key: unknown, value: unknown): Pair {
  const pair = pairShell();
  pair.key = key;
  pair.value = value;
  return pair;
}

function newCollection(map: boolean): Collection {
  const node = map ? mapShell() : seqShell();
  node.items = [];
  return node;
}

/** Up to this many keys, a map's duplicate check scans its pairs instead of keeping a Set. */
const SMALL_MAP = 8;

/** The equality a Set's keys use (NaN is NaN), so a scan finds the duplicates a Set would. */
const sameValueZero = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

const REFUSE = Symbol('refuse');
const refuse = (): never => {
  throw REFUSE;
};

class EventComposer {
  private readonly tags: ScalarTag[];
  private readonly keyTags: ScalarTag[];
  private readonly stringKeysTest = /^[A-Za-z_][A-Za-z0-9_\-./]*$/;
  /** After the last token read (key, value, anchor): where a block scalar's header may start. */
  private lastEnd = 0;

  /** An empty Document made with `options`: every document starts as a copy of it. */
  private readonly probe: Document;
  private readonly typeTag: symbol;
  private readonly typeTagValue: unknown;

  constructor(
    private readonly text: string,
    private readonly options: Record<string, unknown>,
    private readonly onProgress?: (done: number) => void,
  ) {
    const probe = new Document(undefined, options);
    this.probe = probe;
    this.typeTag = Object.getOwnPropertySymbols(probe)[0]!;
    this.typeTagValue = (probe as unknown as Record<symbol, unknown>)[this.typeTag];
    const tags = probe.schema.tags as ScalarTag[];
    this.tags = tags.filter((tag) => tag.default === true && tag.test);
    // Merge keys (`<<`) resolve only where a key stands.
    this.keyTags = tags.filter((tag) => (tag.default === true || tag.default === 'key') && tag.test);
  }

  run(events: Event[]): FastDocument[] {
    const out: FastDocument[] = [];
    const text = this.text;
    let doc: Document.Parsed | null = null;
    let contents: Node | null = null;
    let docStart = 0;
    let anchors = new Map<string, Node>();
    let aliasTargets = new Map<Alias, Node>();
    const stack: Frame[] = [];

    const attach = (node: Node | null, end: number) => {
      const frame = stack[stack.length - 1];
      if (!frame) {
        contents = node;
        return;
      }
      frame.end = end;
      if (frame.node instanceof YAMLSeq) {
        frame.node.items.push(node);
        return;
      }
      if (!frame.hasKey) {
        if (!node) throw REFUSE;
        frame.key = node;
        frame.hasKey = true;
        return;
      }
      const key = frame.key!;
      const items = frame.node.items as Pair[];
      if (isScalar(key)) {
        if (frame.keys) {
          if (frame.keys.has(key.value)) throw REFUSE; // yaml words the duplicate-key error
          frame.keys.add(key.value);
        } else {
          // A small map is scanned: a Set per map was a seventh of what composing a values file of
          // many small maps allocated. Past SMALL_MAP keys a Set takes over: the check stays linear.
          for (const pair of items) if (isScalar(pair.key) && sameValueZero(pair.key.value, key.value)) throw REFUSE;
          if (items.length >= SMALL_MAP) {
            frame.keys = new Set([key.value]);
            for (const pair of items) if (isScalar(pair.key)) frame.keys.add(pair.key.value);
          }
        }
      }
      items.push(newPair(key, node));
      frame.key = null;
      frame.hasKey = false;
    };

    const onProgress = this.onProgress;
    for (let i = 0; i < events.length; i++) {
      // Every 64 Ki events (a few milliseconds): the share composed so far.
      if (onProgress && (i & 0xffff) === 0xffff) onProgress(EVENTS_SHARE + ((1 - EVENTS_SHARE) * i) / events.length);
      const event = events[i]!;
      switch (event.type) {
        case DOCUMENT: {
          if (event.directives.length > 0) throw REFUSE;
          doc = this.newDocument();
          contents = null;
          anchors = new Map();
          aliasTargets = new Map();
          docStart = this.lastEnd;
          if (event.explicitStart) this.passDocumentStart();
          break;
        }
        case SCALAR: {
          const parent = stack[stack.length - 1];
          if (event.valueStart === -1 && parent?.flow && parent.hasKey && !this.colonAhead()) {
            // `{a}`: a flow key without `:` has no value node in yaml's tree.
            attach(null, parent.end);
            break;
          }
          const node = this.scalar(event, parent, anchors);
          attach(node, node.range![2]);
          break;
        }
        case ALIAS: {
          const name = text.slice(event.anchorStart, event.anchorEnd);
          const target = anchors.get(name);
          if (!target) throw REFUSE; // yaml reports the unresolved alias
          const alias = new Alias(name);
          const end = event.anchorEnd;
          this.lastEnd = end;
          const nodeEnd = this.trailing(end, stack[stack.length - 1]?.flow ?? false);
          alias.range = [event.anchorStart - 1, end, nodeEnd];
          aliasTargets.set(alias, target);
          attach(alias, nodeEnd);
          break;
        }
        case SEQUENCE:
        case MAPPING: {
          // A tag, or an anchor before a block map's first key (yaml gives it to the key).
          if (event.tagStart !== -1 || text[event.start] === '&') throw REFUSE;
          const node = newCollection(event.type === MAPPING);
          const flow = event.style === FLOW;
          if (flow) node.flow = true;
          node.range = [event.start, event.start, event.start];
          if (event.anchorStart !== -1) {
            node.anchor = text.slice(event.anchorStart, event.anchorEnd);
            anchors.set(node.anchor, node);
          }
          this.lastEnd = Math.max(this.lastEnd, event.start);
          stack.push({ node, flow, key: null, hasKey: false, keys: null, end: event.start });
          break;
        }
        case POP: {
          const frame = stack.pop();
          if (!frame) {
            if (!doc) throw REFUSE;
            this.finishDocument(doc, contents, docStart);
            out.push({ doc, aliasTargets });
            doc = null;
            break;
          }
          if (frame.hasKey) {
            // A key without a value (`{a}`): yaml leaves the pair's value empty.
            (frame.node as YAMLMap).items.push(newPair(frame.key!, null));
            frame.hasKey = false;
          }
          const range = frame.node.range!;
          if (frame.flow) {
            const close = this.closingBracket(frame.end, frame.node instanceof YAMLMap ? '}' : ']');
            const end = this.trailing(close + 1, stack[stack.length - 1]?.flow ?? false);
            range[1] = close + 1;
            range[2] = end;
            this.lastEnd = close + 1;
            attach(frame.node, end);
          } else {
            range[1] = frame.end;
            range[2] = frame.end;
            attach(frame.node, frame.end);
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * An empty Document as `new Document(undefined, options)` makes it, but sharing the first one's
   * schema, directives and options (nothing changes them on a parsed document): building a schema
   * per document was most of the time on a stream of many small documents.
   */
  private newDocument(): Document.Parsed {
    const probe = this.probe;
    const doc = Object.create(Document.prototype) as Document.Parsed;
    doc.commentBefore = null;
    doc.comment = null;
    doc.errors = [];
    doc.warnings = [];
    // The type tag that isDocument() reads, read-only as the constructor defines it.
    Object.defineProperty(doc, this.typeTag, { value: this.typeTagValue });
    doc.options = probe.options;
    doc.directives = probe.directives!;
    doc.schema = probe.schema;
    doc.contents = null;
    return doc;
  }

  private finishDocument(doc: Document.Parsed, contents: Node | null, start: number): void {
    doc.contents = (contents ?? null) as Document.Parsed['contents'];
    const end = contents?.range?.[2] ?? start;
    doc.range = [start, end, end];
  }

  private scalar(event: ScalarEvent, parent: Frame | undefined, anchors: Map<string, Node>): Scalar {
    const text = this.text;
    if (event.tagStart !== -1) throw REFUSE;
    let node: Scalar;
    const atKey = parent !== undefined && parent.node instanceof YAMLMap && !parent.hasKey;
    if (event.valueStart === -1) {
      // Empty keys and anchored empty values are rare, and placed by yaml by rules of its own.
      if (atKey || event.anchorStart !== -1) throw REFUSE;
      // An empty (null) scalar: yaml places it after the indicator and the spaces that follow.
      const at = this.emptyScalarAt(parent, event.anchorEnd);
      node = this.emptyScalar(at);
      this.lastEnd = at;
    } else {
      const value = getScalarValue(text, event);
      const flow = parent?.flow ?? false;
      let start = event.valueStart;
      let valueEnd = event.valueEnd;
      if (event.style === PLAIN) {
        node = this.plain(value, atKey);
      } else {
        node = newScalar(value);
        if (event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED) {
          node.type = event.style === SINGLE_QUOTED ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
          start -= 1;
          valueEnd += 1;
        } else {
          if (value === '') throw REFUSE; // an empty block scalar: yaml's range rules differ
          node.type = event.style === LITERAL_BLOCK ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
          start = this.blockHeader(event.valueStart);
        }
      }
      node.source = value;
      this.lastEnd = valueEnd;
      if (event.style >= LITERAL_BLOCK && event.chomping !== KEEP) valueEnd = this.blockContentEnd(start, valueEnd);
      const nodeEnd = event.style >= LITERAL_BLOCK ? valueEnd : this.trailing(valueEnd, flow);
      node.range = [start, valueEnd, nodeEnd];
    }
    if (event.anchorStart !== -1) {
      node.anchor = text.slice(event.anchorStart, event.anchorEnd);
      anchors.set(node.anchor, node);
    }
    return node;
  }

  /** A plain scalar resolved by the same schema tags `yaml` uses (core schema, merge keys). */
  private plain(value: string, atKey: boolean): Scalar {
    // Most keys and values are words: no tag but str can match them, so skip the tests.
    const first = value.charCodeAt(0);
    const wordy =
      (first >= 97 && first <= 122 && first !== 110 && first !== 116 && first !== 102) ||
      (first >= 65 && first <= 90 && first !== 78 && first !== 84 && first !== 70);
    if (!wordy || !this.stringKeysTest.test(value)) {
      for (const tag of atKey ? this.keyTags : this.tags) {
        if (!tag.test!.test(value)) continue;
        const res = tag.resolve(value, () => {
          throw REFUSE;
        }, this.options);
        const node = isScalar(res) ? res : newScalar(res);
        if (tag.format) node.format = tag.format;
        return node;
      }
    }
    return newScalar(value);
  }

  /**
   * Where `yaml` places an empty scalar: after the indicator that opens it (`:`, `-`, `---`) and
   * the spaces after that, or after its anchor.
   */
  private emptyScalarAt(parent: Frame | undefined, anchorEnd: number): number {
    const text = this.text;
    let at = Math.max(this.lastEnd, anchorEnd);
    if (anchorEnd === -1 && parent) {
      for (;;) {
        while (text[at] === ' ' || text[at] === '\n' || text[at] === '\r') at++;
        if (text[at] !== '#') break;
        while (at < text.length && text[at] !== '\n') at++;
      }
      if (!(parent.node instanceof YAMLMap && !parent.hasKey) && (text[at] === ':' || text[at] === '-'))
        at++;
    }
    while (text[at] === ' ') at++;
    return at;
  }

  /** Whether a `:` comes next (after spaces, line breaks and comments). */
  private colonAhead(): boolean {
    const text = this.text;
    let at = this.lastEnd;
    for (;;) {
      while (text[at] === ' ' || text[at] === '\n' || text[at] === '\r') at++;
      if (text[at] !== '#') break;
      while (at < text.length && text[at] !== '\n') at++;
    }
    return text[at] === ':';
  }

  /** Moves past the `---` that starts a document (and any `...`, blank lines, comments before it). */
  private passDocumentStart(): void {
    const text = this.text;
    let at = this.lastEnd;
    for (;;) {
      while (text[at] === ' ' || text[at] === '\n' || text[at] === '\r') at++;
      if (text[at] === '#') {
        while (at < text.length && text[at] !== '\n') at++;
      } else if (text.startsWith('...', at)) at += 3;
      else break;
    }
    if (text.startsWith('---', at)) this.lastEnd = at + 3;
  }

  private emptyScalar(at: number): Scalar {
    const node = newScalar(null);
    node.source = '';
    node.range = [at, at, this.trailing(at, true)];
    return node;
  }

  /** Where a block scalar's `|` or `>` header starts: the first indicator after the last token. */
  private blockHeader(contentStart: number): number {
    const text = this.text;
    for (let i = this.lastEnd; i < contentStart; i++) {
      const c = text[i];
      // An explicit indentation indicator (`|2`) is rare: yaml reads it.
      if (c === '|' || c === '>') return /^[|>][-+]?[1-9]/.test(text.slice(i, i + 3)) ? refuse() : i;
      if (c === '#') while (i < contentStart && text[i] !== '\n') i++;
    }
    throw REFUSE;
  }

  /**
   * yaml ends a block scalar (unless it keeps trailing lines) after its last line with content,
   * and a trailing line of spaces counts as content when it has more spaces than the first content
   * line's indent (yaml's lexer, parseBlockScalar: "Drop the line if last char not more indented").
   */
  private blockContentEnd(start: number, end: number): number {
    const text = this.text;
    const indent = this.firstLineIndent(start, end);
    let i = end;
    // Step back over trailing lines that hold nothing but spaces, no more than the indent.
    for (;;) {
      if (i <= start || text[i - 1] !== '\n') break;
      let j = i - 1;
      if (text[j - 1] === '\r') j--;
      let k = j;
      while (k > start && text[k - 1] === ' ') k--;
      if (k > start && text[k - 1] !== '\n') break;
      if (k <= start || j - k > indent) break;
      i = k;
    }
    return i;
  }

  /** The spaces before the first character of a block scalar's first line that has one. */
  private firstLineIndent(start: number, end: number): number {
    const text = this.text;
    let i = text.indexOf('\n', start);
    if (i === -1 || i >= end) return 0;
    let indent = 0;
    for (i += 1; i < end; i++) {
      const c = text[i];
      if (c === ' ') indent++;
      else if (c === '\n') indent = 0;
      else if (c !== '\r') break;
    }
    return indent;
  }

  /** The closing bracket of a flow collection, after its last item (comments skipped). */
  private closingBracket(from: number, bracket: '}' | ']'): number {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (c === bracket) return i;
      if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    }
    throw REFUSE;
  }

  /**
   * The end of a node as `yaml` counts it (range[2]): spaces, a comment and, in block context,
   * the line break that follow the value.
   */
  private trailing(from: number, flow: boolean): number {
    const text = this.text;
    let i = from;
    while (text[i] === ' ') i++;
    if (text[i] === '#' && i > from) while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    if (flow) return i;
    if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
    if (text[i] === '\n') return i + 1;
    return i;
  }
}
