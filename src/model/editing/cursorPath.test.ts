import { describe, expect, it } from 'vitest';
import { cursorPlace } from './cursorPath.ts';

/** The place of the `|` in `text` (removed before reading). */
function at(text: string) {
  const offset = text.indexOf('|');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  const lines = clean.slice(0, offset).split('\n');
  return cursorPlace(clean, lines.length - 1, lines.at(-1)!.length);
}

const MANIFEST = `apiVersion: milvus.io/v1beta1
kind: Milvus
spec:
  mode: cluster # a comment: with a colon
  dependencies:
    msgStreamType: |
    woodpecker:
      quorumBufferPools:
        - name: a
          seeds: [x:1]
        - name: b
          seeds:
            - y:1
            - |
`;

describe('cursorPlace', () => {
  it('finds the value being typed after a key, with its parents', () => {
    const place = at(MANIFEST.replace('seeds:\n            - y:1\n            - |', 'seeds: []'));
    expect(place).toEqual({
      documentIndex: 0,
      parent: ['spec', 'dependencies'],
      key: 'msgStreamType',
      on: 'value',
      prefix: '',
    });
  });

  it('counts list items, so a path reaches the second pool', () => {
    const text = MANIFEST.replace('msgStreamType: |', 'msgStreamType: kafka');
    expect(at(text)).toMatchObject({
      parent: ['spec', 'dependencies', 'woodpecker', 'quorumBufferPools', 1, 'seeds', 1],
      on: 'key',
      prefix: '',
    });
  });

  it('reads a half-written key as a key to complete under its parent', () => {
    expect(at('spec:\n  dependencies:\n    msgStr|')).toEqual({
      documentIndex: 0,
      parent: ['spec', 'dependencies'],
      on: 'key',
      prefix: 'msgStr',
    });
  });

  it('is on the key when the cursor is within it, and knows the document of a stream', () => {
    const text = 'kind: Secret\n---\n# next\napiVersion: v1\nspec:\n  mo|de: cluster\n';
    expect(at(text)).toEqual({ documentIndex: 1, parent: ['spec'], key: 'mode', on: 'key', prefix: 'mo' });
  });

  it('reads an item of a kind: List under items', () => {
    const text = 'kind: List\nitems:\n  - kind: Milvus\n  - kind: Milvus\n    spec:\n      mode: |\n';
    expect(at(text)).toMatchObject({ parent: ['items', 1, 'spec'], key: 'mode', on: 'value' });
  });

  it('reads the lines of a block scalar as YAML of their own (the chart’s extraConfigFiles.user.yaml)', () => {
    // The cursor after `type: ` on line 3 (the helper's `|` marker would clash with the block's).
    const text = 'extraConfigFiles:\n  user.yaml: |+\n    mq:\n      type: \n';
    const place = cursorPlace(text, 3, '      type: '.length);
    expect(place.parent).toEqual(['extraConfigFiles', 'user.yaml', 'mq']);
    expect(place.key).toBe('type');
    expect(place.on).toBe('value');
    expect(cursorPlace('a:\n  b: >-\n    c: x\n', 2, 5).parent).toEqual(['a', 'b']);
  });
});
