// The wizard checks its Helm preview with helmInstallInputs (no values file written on each change):
// it must say what the install command of helmOutput pins and passes, for every valid set of values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validValuesArbitrary } from '../../testing/valuesArbitrary.ts';
import { helmInstallInputs, helmOutput } from './helmOutput.ts';

describe('helmInstallInputs', () => {
  it("is the chart version and the --set-string keys of helmOutput's install command", () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (values) => {
        const v = { ...values, target: 'helm' as const };
        const out = helmOutput(v);
        expect(helmInstallInputs(v)).toEqual({
          chartVersion: out.chartVersion,
          setFromEnv: out.secrets.map((s) => s.key),
        });
        for (const key of helmInstallInputs(v).setFromEnv)
          expect(out.command).toContain(`--set-string ${key}=`);
      }),
      { numRuns: 150 },
    );
  });
});
