import { describe, expect, it } from 'vitest';
import { importManifest } from './import.ts';

function imported(yaml: string) {
  const result = importManifest(yaml);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('opening a manifest in the wizard', () => {
  it('reads mode, image, version and storage of a v1beta1 Milvus', () => {
    const { values, notes } = imported(`
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata: {name: search, namespace: vectors}
spec:
  mode: cluster
  components: {image: "milvusdb/milvus:v2.5.16"}
  dependencies:
    msgStreamType: kafka
    kafka: {external: true, brokerList: ["k0:9092"], secretRef: kafka-sasl}
  config:
    kafka: {securityProtocol: SASL_SSL, saslMechanisms: PLAIN}
`);
    expect(values).toMatchObject({
      name: 'search',
      namespace: 'vectors',
      mode: 'cluster',
      milvusVersion: '2.5',
      msgStreamType: 'kafka',
      kafka: {
        external: true,
        brokerList: ['k0:9092'],
        secretRef: 'kafka-sasl',
        securityProtocol: 'SASL_SSL',
      },
    });
    expect(notes).toEqual([]);
  });

  it('resolves an empty msgStreamType as the operator does, and says so', () => {
    const cluster = imported(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: {name: a}\nspec:\n  mode: cluster\n  dependencies:\n    kafka: {external: true}\n',
    );
    expect(cluster.values.msgStreamType).toBe('pulsar');
    expect(cluster.notes.join(' ')).toMatch(/resolves it to pulsar/);
    const standalone = imported(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: {name: a}\nspec:\n  components: {image: milvusdb/milvus:v2.4.17}\n',
    );
    expect(standalone.values.msgStreamType).toBe('rocksmq');
  });

  it('assumes the operator default image (Milvus 2.6.11) when no image is set', () => {
    const { values, notes } = imported('apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: {name: a}\n');
    expect(values.milvusVersion).toBe('2.6');
    expect(values.msgStreamType).toBe('woodpecker');
    expect(values.image).toBe('');
    expect(notes.join(' ')).toMatch(/2\.6\.11/);
  });

  it('reads the legacy MilvusCluster as cluster mode and v1alpha1 Milvus image from spec.image', () => {
    expect(
      imported('apiVersion: milvus.io/v1alpha1\nkind: MilvusCluster\nmetadata: {name: a}\n').values,
    ).toMatchObject({
      mode: 'cluster',
      apiVersion: 'v1alpha1',
    });
    expect(
      imported(
        'apiVersion: milvus.io/v1alpha1\nkind: Milvus\nmetadata: {name: a}\nspec: {image: "milvusdb/milvus:v2.3.13"}\n',
      ).values,
    ).toMatchObject({ mode: 'standalone', milvusVersion: '2.3', image: 'milvusdb/milvus:v2.3.13' });
  });

  it('treats absent persistence as off, because that is the operator default', () => {
    const { values } = imported(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: {name: a}\nspec:\n  components: {image: milvusdb/milvus:v2.5.16}\n  dependencies: {msgStreamType: rocksmq}\n',
    );
    expect(values.rocksmq.persistence.enabled).toBe(false);
  });

  it('notes values of the wrong type instead of failing', () => {
    const { values, notes } = imported(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: {name: a}\nspec:\n  mode: cluster\n  dependencies:\n    msgStreamType: pulsar\n    pulsar: {external: "yes", endpoint: [a]}\n',
    );
    expect(values.pulsar.external).toBe(false);
    expect(notes.join(' ')).toMatch(/spec\.dependencies\.pulsar\.external is not true or false/);
  });

  it('finds the Milvus resource in a stream of several documents', () => {
    const result = imported(
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n---\napiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata: {name: m}\n',
    );
    expect(result.documentIndex).toBe(1);
    expect(result.values.name).toBe('m');
  });

  it('refuses YAML with a syntax error, naming its line', () => {
    const result = importManifest('apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  mode: [cluster\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.line).toBeGreaterThan(0);
  });

  it('refuses text with no Milvus resource', () => {
    const result = importManifest('apiVersion: v1\nkind: ConfigMap\n');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/No Milvus resource/) });
  });

  it('refuses an alias bomb with a message instead of hanging', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = i === 0 ? 'a' : `b${i - 1}`;
        return `b${i}: &b${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    const result = importManifest(`apiVersion: milvus.io/v1beta1\nkind: Milvus\n${bomb}\n`);
    expect(result.ok).toBe(false);
  });

  it('refuses text nested deeper than the checker reads, instead of overflowing the stack', () => {
    const deep = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 + i)}k${i}:`).join('\n');
    const result = importManifest(`apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n${deep} 1\n`);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/nests deeper than 100 levels/) });
  });

  it('refuses an alias whose value would contain itself', () => {
    const result = importManifest(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  config: &c\n    again: *c\n',
    );
    expect(result).toMatchObject({ ok: false, line: 5, error: expect.stringMatching(/contain itself/) });
  });
});

describe('an unknown msgStreamType', () => {
  it('is reported as the file writes it, beside the storage the wizard shows', () => {
    const result = importManifest(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: m\nspec:\n  dependencies:\n    msgStreamType: foo\n',
    );
    expect(result.ok && result.unknownMsgStreamType).toBe('foo');
    const known = importManifest(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: m\nspec:\n  dependencies:\n    msgStreamType: kafka\n',
    );
    expect(known.ok && known.unknownMsgStreamType).toBeUndefined();
  });
});
