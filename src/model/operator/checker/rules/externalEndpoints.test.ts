import { describe, expect, it } from 'vitest';
import { applyFixes, safeFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';

function pulsar(block: string): string {
  return milvus(
    `mode: cluster\ndependencies:\n  msgStreamType: pulsar\n  pulsar:\n${block
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}`,
  );
}
function kafka(block: string): string {
  return milvus(
    `mode: cluster\ndependencies:\n  msgStreamType: kafka\n  kafka:\n${block
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}`,
  );
}
const ENDPOINT_CODES = /^(external-|endpoint-|pool-)/;

describe('external message storage addresses', () => {
  it('well-formed external Pulsar, Kafka and Woodpecker addresses pass', () => {
    expect(
      check(pulsar('external: true\nendpoint: pulsar.example:6650')).filter((d) =>
        ENDPOINT_CODES.test(d.code),
      ),
    ).toEqual([]);
    expect(
      check(kafka('external: true\nbrokerList: [k0:9092, "[::1]:9093"]')).filter((d) =>
        ENDPOINT_CODES.test(d.code),
      ),
    ).toEqual([]);
    const woodpecker = milvus(`
      components:
        image: milvusdb/milvus:v2.6.15
      dependencies:
        msgStreamType: woodpecker
        woodpecker:
          external: true
          quorumBufferPools:
            - name: pool-a
              seeds: [wp-0.wp:18080]
    `);
    expect(check(woodpecker).filter((d) => ENDPOINT_CODES.test(d.code))).toEqual([]);
  });

  it('external Pulsar without endpoint is an error (the webhook that would catch it is off)', () => {
    const [d] = withCode(check(pulsar('external: true')), 'external-without-endpoint');
    expect(d).toMatchObject({ severity: 'error', line: 10, path: 'spec.dependencies.pulsar.endpoint' });
    expect(d!.message).toContain('webhook');
  });

  it('external Kafka without brokers is an error', () => {
    expect(withCode(check(kafka('external: true')), 'external-without-brokers')).toMatchObject([
      { severity: 'error' },
    ]);
    expect(withCode(check(kafka('external: true\nbrokerList: []')), 'external-without-brokers')).toHaveLength(
      1,
    );
  });

  it('external Woodpecker without quorum buffer pools is an error; a pool without seeds too', () => {
    const base =
      'components:\n  image: milvusdb/milvus:v2.6.15\ndependencies:\n  msgStreamType: woodpecker\n  woodpecker:\n    external: true';
    expect(withCode(check(milvus(base)), 'external-without-pools')).toHaveLength(1);
    expect(
      withCode(
        check(milvus(`${base}\n    quorumBufferPools:\n      - {name: a, seeds: []}`)),
        'pool-without-seeds',
      ),
    ).toHaveLength(1);
  });

  it('a scheme in the Pulsar endpoint is an error; the safe fix strips it', () => {
    const text = pulsar('external: true\nendpoint: pulsar://pulsar.example:6650 # prod');
    const [d] = withCode(check(text), 'endpoint-scheme');
    expect(d).toMatchObject({ severity: 'error', line: 11, column: 17 });
    // pkg/external/pulsar.go: the readiness check dials "pulsar://" + endpoint.
    expect(d!.message).toContain('"pulsar://" + endpoint');
    expect(d!.message).toContain('MsgStreamReady');
    const fixed = applyFixes(text, safeFixes([d!]));
    expect(fixed).toContain('endpoint: pulsar.example:6650 # prod');
    expect(withCode(check(fixed), 'endpoint-scheme')).toEqual([]);
  });

  // Was a warning: pkg/util/util.go GetHostPort writes port 80 into Milvus's config, so Milvus cannot reach Pulsar.
  it('a Pulsar endpoint without a port is an error: the operator writes port 80 into Milvus config', () => {
    const [d] = withCode(check(pulsar('external: true\nendpoint: pulsar.example')), 'endpoint-no-port');
    expect(d).toMatchObject({ severity: 'error' });
    expect(d!.message).toContain('port 80');
  });

  // pkg/external/kafka.go CheckKafka dials the brokers with segmentio/kafka-go, which dials a broker
  // without a port at 9092 (dialer.go splitHostPort); the check passes when one broker answers.
  it('Kafka brokers that cannot be dialled hold Milvus back: an error when no broker can be dialled', () => {
    const all = check(kafka('external: true\nbrokerList:\n  - PLAINTEXT://k0:9092\n  - SSL://k1:9093'));
    expect(withCode(all, 'endpoint-scheme')).toMatchObject([{ severity: 'error' }, { severity: 'error' }]);
    expect(withCode(all, 'endpoint-scheme')[0]!.message).toContain('never deployed');
    // A broker without a port is dialled at 9092 by the operator's check and by Milvus: a warning.
    const bare = check(kafka('external: true\nbrokerList:\n  - PLAINTEXT://k0:9092\n  - k1'));
    expect(withCode(bare, 'endpoint-no-port')).toMatchObject([{ severity: 'warning' }]);
    expect(withCode(bare, 'endpoint-no-port')[0]!.message).toContain('port 9092');
    expect(withCode(bare, 'endpoint-scheme')).toMatchObject([{ severity: 'warning' }]);
    const some = check(kafka('external: true\nbrokerList:\n  - k0:9092\n  - k1'));
    expect(withCode(some, 'endpoint-no-port')).toMatchObject([{ severity: 'warning' }]);
  });

  it('an in-cluster Pulsar ignores the endpoint: no address error, only that it is unused', () => {
    const found = check(pulsar('endpoint: pulsar://pulsar.example'));
    expect(withCode(found, 'endpoint-scheme')).toEqual([]);
    expect(withCode(found, 'endpoint-without-external')).toHaveLength(1);
  });

  // apis/milvus.io/v1beta1/milvus_webhook.go validateExternal (after defaulting).
  it('with the webhook option, an external storage without its address is refused by the API server', () => {
    const [d] = withCode(check(kafka('external: true'), { webhook: true }), 'external-without-brokers');
    expect(d!.message).toContain('API server refuses');
    const [off] = withCode(check(kafka('external: true')), 'external-without-brokers');
    expect(off!.message).toContain('never deployed');
  });

  it('a port out of range is an error', () => {
    const [d] = withCode(
      check(kafka('external: true\nbrokerList:\n  - k0:9092\n  - k1:99999')),
      'endpoint-port',
    );
    expect(d).toMatchObject({ severity: 'error', path: 'spec.dependencies.kafka.brokerList[1]', line: 13 });
  });

  it('something that is not host:port at all is an error', () => {
    expect(withCode(check(pulsar('external: true\nendpoint: "a b:6650"')), 'endpoint-format')).toHaveLength(
      1,
    );
  });

  it('a Woodpecker seed without its port is an error (the service port is 18080)', () => {
    const text = milvus(`
      components:
        image: milvusdb/milvus:v2.6.15
      dependencies:
        msgStreamType: woodpecker
        woodpecker:
          external: true
          quorumBufferPools:
            - name: pool-a
              seeds: [wp-0.wp]
    `);
    const [d] = withCode(check(text), 'endpoint-no-port');
    expect(d).toMatchObject({
      severity: 'error',
      path: 'spec.dependencies.woodpecker.quorumBufferPools[0].seeds[0]',
    });
    expect(d!.message).toContain('18080');
  });

  it('an endpoint without external: true is ignored by the operator: a warning', () => {
    const [d] = withCode(check(pulsar('endpoint: pulsar.example:6650')), 'endpoint-without-external');
    expect(d!.message).toContain('installs its own Pulsar');
  });
});
