import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, type Diagnostic } from '../findings/diagnostics.ts';
import { manifestEntries } from '../operator/write/layout.ts';
import { defaultValues, type WizardValues } from './values/values.ts';
import { validValuesArbitrary } from '../testing/valuesArbitrary.ts';
import { fieldLookup, formProblemsBesideFindings, placeFindings } from './fieldForDiagnostic.ts';

/** Walks the values along a field path; undefined where the path leaves them. */
function parentOf(v: WizardValues, field: (string | number)[]): unknown {
  let at: unknown = v;
  for (const key of field.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

function finding(path: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { severity, code: 'x', message: path, path, line: 1, column: 1, documentIndex: 0 };
}

describe('a checker finding on the preview is placed on the field it is about', () => {
  it('every place the layout writes maps back to the field it is written from', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        const lookup = fieldLookup(v);
        for (const entry of manifestEntries(v)) {
          expect(lookup(formatPath(entry.path))).toEqual(entry.field);
          // The field is a real place in the values: its parent is an object of the values.
          expect(typeof parentOf(v, entry.field)).toBe('object');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an item of a list the layout writes whole lands on that item', () => {
    const v: WizardValues = {
      ...defaultValues(),
      mode: 'cluster',
      msgStreamType: 'woodpecker',
      woodpecker: {
        ...defaultValues().woodpecker,
        external: true,
        quorumBufferPools: [{ name: 'p', seeds: ['a:18080', 'b'] }],
      },
    };
    const lookup = fieldLookup(v);
    expect(lookup('spec.dependencies.woodpecker.quorumBufferPools[0].seeds[1]')).toEqual([
      'woodpecker',
      'quorumBufferPools',
      0,
      'seeds',
      1,
    ]);
    expect(lookup('spec.dependencies.woodpecker.quorumBufferPools')).toEqual([
      'woodpecker',
      'quorumBufferPools',
    ]);
  });

  it('a finding on what the form does not show has no field', () => {
    const v = defaultValues();
    const d = finding('spec.components.proxy.replicas', 'warning');
    const placed = placeFindings(v, [d, finding('spec.components.image')]);
    expect(placed.fieldOf.get(d)).toBeNull();
    expect([...placed.byField.keys()]).toEqual(['image']);
  });

  it('review keeps a form problem only where the checker does not say it on the same field', () => {
    const v: WizardValues = {
      ...defaultValues(),
      msgStreamType: 'kafka',
      kafka: { ...defaultValues().kafka, external: true, brokerList: ['a b'] },
    };
    const placed = placeFindings(v, [finding('spec.dependencies.kafka.brokerList[0]')]);
    const problems = [
      { path: 'kafka.brokerList[0]', message: 'not host:port' },
      { path: 'name', message: 'lower-case only' },
    ];
    expect(formProblemsBesideFindings(problems, placed)).toEqual([problems[1]]);
  });
});
