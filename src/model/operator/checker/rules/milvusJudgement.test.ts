// The operator's checker says the rules about Milvus through the seam's judge (whatRuns/judge.ts),
// once each, on the manifest's own lines: no operator rule repeats a finding the judge makes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFixes } from '../../../findings/fixes.ts';
import { MILVUS_JUDGEMENTS } from '../../../whatRuns/judge.ts';
import { describeOperator } from '../../resolve/toWhatRuns.ts';
import { checkManifest } from '../runner.ts';
import { check, milvus, withCode } from '../testing.ts';

/** The codes the judge says for a manifest (its families the operator's rules still word themselves aside). */
const JUDGED_HERE = ['storage-support', 'woodpecker-local', 'kafka-sasl', 'address-shapes'];

function judged(text: string): string[] {
  const view = checkManifest(text).resolved[0]!.view;
  const d = describeOperator(view, '');
  return MILVUS_JUDGEMENTS.filter((j) => JUDGED_HERE.includes(j.name))
    .flatMap((j) => j.judge(d))
    .map((f) => f.code);
}

describe('the rules about Milvus, judged once for a manifest', () => {
  it("RocksMQ in cluster mode: one unsupported-storage, on msgStreamType, in the judge's words", () => {
    const text = milvus(
      'mode: cluster\ncomponents:\n  image: milvusdb/milvus:v2.5.16\ndependencies:\n  msgStreamType: rocksmq',
    );
    const found = withCode(check(text), 'unsupported-storage');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 10, path: 'spec.dependencies.msgStreamType' });
    expect(found[0]!.message).toMatch(/^msgStreamType is rocksmq in cluster mode on Milvus 2\.5\.16/);
  });

  it("the operator's default picked from a version the pods do not run: version-split alone says it", () => {
    // A standalone the operator believes 2.6 gets Woodpecker, which the 2.5 pods lack.
    const text = milvus(
      'mode: standalone\ncomponents:\n  version: "2.6.1"\n  image: milvusdb/milvus:v2.5.16\ndependencies: {}',
    );
    const found = check(text);
    expect(withCode(found, 'version-split').map((d) => d.severity)).toContain('error');
    expect(withCode(found, 'unsupported-storage')).toEqual([]);
    expect(judged(text)).toContain('unsupported-storage');
  });

  it('a broker with a scheme is fixed in place, and the fixed manifest checks clean of it', () => {
    const plain = milvus(
      'mode: cluster\ncomponents:\n  image: milvusdb/milvus:v2.6.15\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: ["kafka://a:9092", "b:9092"]',
    );
    const [d] = withCode(check(plain), 'endpoint-scheme');
    expect(d).toMatchObject({ severity: 'warning', path: 'spec.dependencies.kafka.brokerList[0]' });
    const fixed = applyFixes(plain, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(withCode(check(fixed), 'endpoint-scheme')).toEqual([]);
    expect(fixed).toContain('brokerList: [ a:9092, "b:9092" ]');
  });

  it('Kafka SASL without a mechanism shows on securityProtocol and names saslMechanisms', () => {
    const text = milvus(
      'mode: cluster\ncomponents:\n  image: milvusdb/milvus:v2.6.15\nconfig:\n  kafka:\n    securityProtocol: SASL_SSL\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: ["a:9092"]\n    secretRef: kafka-credentials',
    );
    const found = withCode(check(text), 'kafka-sasl-incomplete');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: 'spec.config.kafka.saslMechanisms', line: 11 });
    expect(found[0]!.message).toMatch(
      /^spec\.config\.kafka\.securityProtocol is SASL_SSL but saslMechanisms/,
    );
  });

  it('every finding the judge makes about a manifest is reported once, with its code', () => {
    const modes = fc.constantFrom('standalone', 'cluster');
    const images = fc.constantFrom('v2.4.9', 'v2.5.16', 'v2.6.3', 'v2.6.15', 'master-20250101-abc');
    const storages = fc.constantFrom('', 'rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker');
    const addresses = fc.array(fc.constantFrom('a:9092', 'kafka://a:9092', 'a', 'a:0', 'a:b:c', ''), {
      maxLength: 3,
    });
    const woodpeckerTypes = fc.constantFrom('', 'local', 'minio');
    const protocols = fc.constantFrom('', 'PLAINTEXT', 'SASL_SSL');
    fc.assert(
      fc.property(
        modes,
        images,
        storages,
        addresses,
        woodpeckerTypes,
        protocols,
        (mode, image, mq, list, wpType, protocol) => {
          const external = mq === 'pulsar' || mq === 'kafka' || mq === 'woodpecker';
          const text = milvus(
            [
              `mode: ${mode}`,
              `components:\n  image: milvusdb/milvus:${image}`,
              `config:\n  woodpecker:\n    storage:\n      type: ${wpType || 'minio'}\n  kafka:\n    securityProtocol: ${protocol || 'PLAINTEXT'}`,
              'dependencies:',
              mq ? `  msgStreamType: ${mq}` : '  rocksmq: {}',
              mq === 'kafka' ? `  kafka:\n    external: true\n    brokerList: ${JSON.stringify(list)}` : '',
              mq === 'pulsar' ? `  pulsar:\n    external: true\n    endpoint: "${list[0] ?? 'p:6650'}"` : '',
              mq === 'woodpecker' && external && list.length > 0 && mode === 'cluster'
                ? `  woodpecker:\n    external: true\n    quorumBufferPools:\n      - name: p\n        seeds: ${JSON.stringify(list)}`
                : '',
            ]
              .filter((l) => l !== '')
              .join('\n'),
          );
          const reported = checkManifest(text).diagnostics.map((d) => d.code);
          const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;
          const expected = judged(text);
          const splitHidesIt = reported.includes('version-split');
          for (const code of new Set(expected)) {
            if (code === 'unsupported-storage' && splitHidesIt) continue;
            expect(count(reported, code), `${code} in\n${text}`).toBe(count(expected, code));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
