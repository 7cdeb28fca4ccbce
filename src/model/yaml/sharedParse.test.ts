import { describe, expect, it } from 'vitest';
import { checkManifest } from '../operator/checker/index.ts';
import { checkHelm, looksLikeHelmValues } from '../helm/index.ts';
import { parseStreamShared, sharedByText, sharingParses } from './sharedParse.ts';

// pulsarv3 deployed but idle, and an octal-looking number: a finding of the chart and one of the parse.
const VALUES = 'cluster:\n  enabled: true\nkafka:\n  enabled: true\nstreamingNode:\n  replicas: 010\n';

describe('sharingParses: one parse per text within one operation, nothing kept after it', () => {
  it('hands the stages of one operation the same parse of the same text', () => {
    sharingParses(() => {
      expect(parseStreamShared(VALUES)).toBe(parseStreamShared(VALUES));
    });
  });

  it('parses again outside an operation, in the next operation, and for another text', () => {
    expect(parseStreamShared(VALUES)).not.toBe(parseStreamShared(VALUES));
    const first = sharingParses(() => parseStreamShared(VALUES));
    expect(sharingParses(() => parseStreamShared(VALUES))).not.toBe(first);
    sharingParses(() => {
      const a = parseStreamShared(VALUES);
      parseStreamShared(`${VALUES}# another text\n`);
      expect(parseStreamShared(VALUES)).not.toBe(a);
    });
  });

  it('gives the manifest check and the Helm check the findings they give alone, whatever an earlier stage did with its own', () => {
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
    const helm = () => checkHelm([{ kind: 'file', name: 'v', text: VALUES }]);
    const alone = { manifest: plain(checkManifest(VALUES).diagnostics), helm: plain(helm().reports) };
    expect((alone.helm as { diagnostics: { code: string }[] }[])[0]!.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['helm-idle-subchart', 'yaml11-octal']),
    );
    sharingParses(() => {
      const manifest = checkManifest(VALUES);
      expect(plain(manifest.diagnostics)).toEqual(alone.manifest);
      manifest.diagnostics[0]!.message = 'changed by a caller';
      expect(plain(checkManifest(VALUES).diagnostics)).toEqual(alone.manifest);

      expect(looksLikeHelmValues(VALUES)).toBe(true);
      const first = helm();
      expect(plain(first.reports)).toEqual(alone.helm);
      first.inputs[0]!.diagnostics.push(manifest.diagnostics[0]!);
      first.reports[0]!.diagnostics[0]!.message = 'changed by a caller';
      expect(plain(helm().reports)).toEqual(alone.helm);
    });
  });

  it('makes a reading once per kind and text', () => {
    const made: string[] = [];
    sharingParses(() => {
      sharedByText('probe', VALUES, (t) => made.push(t));
      sharedByText('probe', VALUES, (t) => made.push(t));
    });
    expect(made).toHaveLength(1);
  });
});
