import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { valuesProblems } from './validateValues.ts';
import { defaultValues, WizardValuesObject, type WizardValues } from './values.ts';
import { defaultImageFor } from '../../facts/versions.ts';

function with_(patch: (v: WizardValues) => void): WizardValues {
  const v = defaultValues();
  patch(v);
  return v;
}

const messages = (v: WizardValues) => valuesProblems(v).map((p) => `${p.path}: ${p.message}`);

describe('wizard values', () => {
  it('start valid: Milvus 2.6 standalone on Woodpecker with the 2.6 image', () => {
    expect(valuesProblems(defaultValues())).toEqual([]);
    expect(defaultValues()).toMatchObject({
      mode: 'standalone',
      milvusVersion: '2.6',
      msgStreamType: 'woodpecker',
    });
  });

  it('refuse RocksMQ in cluster mode with the reason', () => {
    const v = with_((x) => {
      x.mode = 'cluster';
      x.msgStreamType = 'rocksmq';
    });
    expect(messages(v)).toEqual([
      expect.stringMatching(/^msgStreamType: RocksMQ cannot be used here: .*fails at start/),
    ]);
  });

  it('refuse NATS on 2.6 and Woodpecker before 2.6', () => {
    expect(messages(with_((x) => (x.msgStreamType = 'natsmq')))[0]).toMatch(/removed in Milvus 2\.6/);
    const old = with_((x) => {
      x.milvusVersion = '2.5';
      x.image = defaultImageFor('2.5');
    });
    expect(messages(old)[0]).toMatch(/Woodpecker arrived in Milvus 2\.6/);
  });

  it('require an image whose tag matches the chosen version', () => {
    expect(messages(with_((x) => (x.image = '')))[0]).toMatch(/^image: Set the image/);
    expect(messages(with_((x) => (x.image = 'milvusdb/milvus:v2.5.16')))[0]).toMatch(
      /tag is 2\.5\.16 but you chose Milvus 2\.6/,
    );
  });

  it('require one host:port endpoint for an external Pulsar, without a scheme', () => {
    const v = with_((x) => {
      x.msgStreamType = 'pulsar';
      x.pulsar.external = true;
      x.pulsar.endpoint = 'pulsar://pulsar:6650';
    });
    expect(messages(v)).toEqual([expect.stringMatching(/^pulsar\.endpoint: .*scheme/)]);
  });

  it('check every Kafka broker and name the one that is wrong', () => {
    const v = with_((x) => {
      x.msgStreamType = 'kafka';
      x.kafka.external = true;
      x.kafka.brokerList = ['k0:9092', 'k1:x'];
    });
    expect(messages(v)).toEqual([
      expect.stringMatching(
        /^kafka\.brokerList\[1\]: spec\.dependencies\.kafka\.brokerList\[1\] "k1:x" has a port that is not a number from 1 to 65535/,
      ),
    ]);
  });

  // A broker without a port is dialled at 9092 by the operator's readiness check (segmentio/kafka-go,
  // dialer.go) and by Milvus's client: the checker's warning, which does not refuse (it shows on the
  // field). A scheme is refused when no broker can be dialled (pkg/external/kafka.go CheckKafka).
  it('do not refuse a Kafka broker without a port; refuse a scheme when no broker can be dialled', () => {
    const v = with_((x) => {
      x.msgStreamType = 'kafka';
      x.kafka.external = true;
      x.kafka.brokerList = ['k1'];
    });
    expect(messages(v)).toEqual([]);
    v.kafka.brokerList = ['PLAINTEXT://k1:9092'];
    expect(messages(v)).toEqual([expect.stringMatching(/^kafka\.brokerList\[0\]: .*has a scheme/)]);
    v.kafka.brokerList = ['PLAINTEXT://k1:9092', 'k2:9092'];
    expect(messages(v)).toEqual([]);
  });

  it('require SASL credentials or a secretRef with a SASL protocol', () => {
    const v = with_((x) => {
      x.msgStreamType = 'kafka';
      x.kafka.securityProtocol = 'SASL_SSL';
    });
    expect(messages(v)).toEqual([
      expect.stringMatching(/^kafka\.saslMechanisms/),
      expect.stringMatching(/^kafka\.secretRef: .*SASL_SSL but there are no SASL credentials/),
    ]);
    v.kafka.saslMechanisms = 'SCRAM-SHA-512';
    v.kafka.secretRef = 'kafka-sasl';
    expect(messages(v)).toEqual([]);
  });

  it('require pools with names and seeds for a Woodpecker service', () => {
    const v = with_((x) => {
      x.mode = 'cluster';
      x.milvusVersion = '3.0';
      x.image = defaultImageFor('3.0');
      x.msgStreamType = 'woodpecker';
      x.woodpecker.external = true;
      x.woodpecker.quorumBufferPools = [{ name: '', seeds: [] }];
    });
    expect(messages(v)).toEqual([
      expect.stringMatching(/quorumBufferPools\[0\]\.name/),
      expect.stringMatching(/quorumBufferPools\[0\]\.seeds: .*the pool has no Woodpecker node to reach/),
    ]);
  });

  // Milvus docs "Woodpecker" (woodpecker.md): the service is cluster-only, a 3.x storage type.
  // One verdict with check and the policy: a 2.6 cluster may run it (support.ts WOODPECKER_SERVICE_SINCE_PATCH).
  it('refuse a Woodpecker service in standalone mode and on 2.6, and say "cluster mode only" once', () => {
    const service = (patch: (x: WizardValues) => void) =>
      with_((x) => {
        x.msgStreamType = 'woodpecker';
        x.woodpecker.external = true;
        x.woodpecker.quorumBufferPools = [{ name: 'a', seeds: ['wp:18080'] }];
        patch(x);
      });
    const standalone = messages(service(() => undefined));
    expect(standalone).toEqual([expect.stringMatching(/woodpecker\.external: .*cluster mode only/)]);
    expect(standalone[0]?.match(/cluster mode only/g)).toHaveLength(1);
    // Milvus 2.6 has no client for a Woodpecker service (support.ts WOODPECKER_SERVICE_SINCE_PATCH).
    expect(messages(service((x) => (x.mode = 'cluster')))).toEqual([
      expect.stringMatching(/woodpecker\.external: .*Milvus 3\.0\.0 and later.*no client for a Woodpecker service/),
    ]);
    const on30 = service((x) => {
      x.mode = 'cluster';
      x.milvusVersion = '3.0';
      x.image = defaultImageFor('3.0');
    });
    expect(messages(on30)).toEqual([]);
  });

  // The checker's pulsar-chart-version is a warning: the form shows it on the field and does not refuse.
  it('do not refuse pulsar-v3 for Milvus 2.4: the checker warns about it', () => {
    const v = with_((x) => {
      x.milvusVersion = '2.4';
      x.image = defaultImageFor('2.4');
      x.msgStreamType = 'pulsar';
      x.pulsar.inCluster.chartVersion = 'pulsar-v3';
    });
    expect(messages(v)).toEqual([]);
  });

  it('read empty number fields as "not set" and reject names Kubernetes refuses', () => {
    const parsed = WizardValuesObject.safeParse({
      ...defaultValues(),
      rocksmq: { retentionTimeInMinutes: '' },
      name: 'My_Release',
    });
    expect(parsed.success).toBe(false);
    expect(z.flattenError(parsed.error!).fieldErrors.name?.[0]).toMatch(/lower-case/);
    const ok = WizardValuesObject.parse({ rocksmq: { retentionTimeInMinutes: '' } });
    expect(ok.rocksmq.retentionTimeInMinutes).toBeUndefined();
  });

  it('describe every field, so the form and the editor can show help', () => {
    const missing: string[] = [];
    const visit = (schema: z.ZodType, path: string) => {
      const inner = unwrap(schema);
      if (inner instanceof z.ZodObject) {
        for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>))
          visit(child, path ? `${path}.${key}` : key);
        return;
      }
      if (!describe_(schema)) missing.push(path);
    };
    visit(WizardValuesObject, '');
    expect(missing).toEqual([]);
  });
});

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodPrefault)
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.out as z.ZodType;
    else return s;
  }
}

function describe_(schema: z.ZodType): string | undefined {
  let s: z.ZodType | undefined = schema;
  while (s) {
    const meta = s.meta();
    if (meta?.description) return meta.description;
    s =
      s instanceof z.ZodDefault || s instanceof z.ZodOptional || s instanceof z.ZodPrefault
        ? (s.unwrap() as z.ZodType)
        : s instanceof z.ZodPipe
          ? (s.out as z.ZodType)
          : undefined;
  }
  return undefined;
}
