// @vitest-environment jsdom
// JUnit XML, read back with the browser's XML parser (jsdom's DOMParser), as a CI server would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milvus } from '../operator/checker/testing.ts';
import { formatJunit } from './junit.ts';
import { BROKEN, CLEAN, checkRun } from './testing.ts';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('junit output', () => {
  it('has a suite per file, a failed test case per error, and warnings and infos in system-out', () => {
    const doc = parse(formatJunit(checkRun({ 'clean.yaml': CLEAN, 'broken.yaml': BROKEN })));
    const root = doc.documentElement;
    expect([root.tagName, root.getAttribute('tests'), root.getAttribute('failures')]).toEqual([
      'testsuites',
      '2',
      '1',
    ]);
    const [clean, broken] = Array.from(doc.getElementsByTagName('testsuite'));
    expect(clean!.getAttribute('name')).toBe('clean.yaml');
    expect(Array.from(clean!.getElementsByTagName('testcase')).map((t) => t.getAttribute('name'))).toEqual([
      'no errors',
    ]);
    expect(clean!.getElementsByTagName('failure')).toHaveLength(0);

    const failure = broken!.getElementsByTagName('failure')[0]!;
    expect(failure.getAttribute('type')).toBe('unsupported-storage');
    expect(failure.getAttribute('message')).toMatch(/^msgStreamType is rocksmq in cluster mode/);
    expect(failure.textContent).toMatch(/^broken\.yaml:10:20 error unsupported-storage /);
    expect(failure.parentElement!.getAttribute('name')).toBe(
      'unsupported-storage at spec.dependencies.msgStreamType (line 10)',
    );
    const out = broken!.getElementsByTagName('system-out')[0]!.textContent;
    expect(out).toContain('broken.yaml:11:5 warning ignored-storage-block ');
    expect(out).toContain('    fix: Enable rocksmq persistence (a PVC)');
  });

  it('counts a file it could not read as an error', () => {
    const doc = parse(formatJunit(checkRun({}, [{ file: 'gone.yaml', reason: 'no such file' }])));
    expect(doc.documentElement.getAttribute('errors')).toBe('1');
    expect(doc.getElementsByTagName('error')[0]!.getAttribute('message')).toBe(
      'Cannot read gone.yaml: no such file.',
    );
  });

  it('stays well-formed XML for any file name and any key in the manifest, and keeps them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (file, key) => {
        const doc = parse(
          formatJunit(checkRun({ [file]: milvus(`dependencies:\n  ${JSON.stringify(key)}: 1\n`) })),
        );
        const name = doc.getElementsByTagName('testsuite')[0]!.getAttribute('name');
        // eslint-disable-next-line no-control-regex -- the characters XML cannot hold
        if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(file))
          expect(name).toBe(file);
      }),
      { numRuns: 100 },
    );
  });
});
