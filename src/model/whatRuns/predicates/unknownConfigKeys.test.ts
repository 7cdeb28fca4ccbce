// The writers against the key table: whatever the wizard writes into Milvus's config (the
// operator's spec.config, the chart's extraConfigFiles.user.yaml) is a key the Milvus it runs reads.
// The table is Milvus's paramtable per minor (facts/milvusConfigKeys.ts), not the writers' output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartForMilvus } from '../../helm/write/chartChoice.ts';
import { planHelmValues } from '../../helm/write/writeValues.ts';
import { buildManifestObject } from '../../operator/write/generate.ts';
import { validValuesArbitrary } from '../../testing/valuesArbitrary.ts';
import { unknownConfigKeys } from './unknownConfigKeys.ts';

describe('unknown config keys', () => {
  it('the wizard writes only keys the Milvus it runs reads, for both front ends', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        const minor = v.milvusVersion;
        const spec = buildManifestObject(v).spec as Record<string, unknown> | undefined;
        expect(unknownConfigKeys(spec?.config, minor)).toEqual([]);
        const helm = planHelmValues(v, chartForMilvus(minor).chart);
        expect(unknownConfigKeys(helm.userYaml, minor)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  // Milvus looks keys up lowercased, without '/', '_' and '.' (milvus-io/milvus pkg/config/config.go).
  it('reads another spelling of a key as the key, and names the nearest one for a key it never reads', () => {
    expect(unknownConfigKeys({ kafka: { SSL: { tls_ca_cert: '/ca.pem' } } }, '2.6')).toEqual([]);
    expect(unknownConfigKeys({ rocksmq: { retentionTimeInMinute: 10 } }, '2.5')).toMatchObject([
      { path: ['rocksmq', 'retentionTimeInMinute'], nearest: { name: 'retentionTimeInMinutes', typo: true } },
    ]);
    expect(unknownConfigKeys({ natsmq: { server: { port: 4222 } } }, '3.0')).toMatchObject([
      { path: ['natsmq'], section: true },
    ]);
  });
});
