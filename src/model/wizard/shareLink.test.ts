import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_MODES, MSG_STREAM_TYPES, PULSAR_CHART_VERSIONS } from '../facts/support.ts';
import {
  API_VERSIONS,
  INSTALL_TARGETS,
  KAFKA_SASL_MECHANISMS,
  KAFKA_SECURITY_PROTOCOLS,
  WOODPECKER_STORAGE_TYPES,
} from '../facts/operatorEnums.ts';
import { parseValuesShape, type WizardValues } from './values/values.ts';
import { MILVUS_MINOR_VERSIONS } from '../facts/versions.ts';
import { textHasSecrets } from './secretText.ts';
import { stripPasswords } from './secrets.ts';
import {
  buildShareQuery,
  decodeShareParam,
  fromBase64Url,
  shareParamFromHash,
  toBase64Url,
} from './shareLink.ts';
import { wizardDefaults } from './wizardDefaults.ts';

const hostPort = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}$/), fc.integer({ min: 1, max: 65535 }))
  .map(([host, port]) => `${host}:${port}`);
const optionalInt = fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined });
const optionalBool = fc.option(fc.boolean(), { nil: undefined });
const anyText = fc.string({ maxLength: 30 }).map((s) => s.trim());

/** Values a user can produce with the form: every storage block filled with arbitrary settings. */
const wizardValues: fc.Arbitrary<WizardValues> = fc
  .record({
    target: fc.constantFrom(...INSTALL_TARGETS),
    name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/),
    namespace: fc.constantFrom('', 'milvus', 'team-a'),
    mode: fc.constantFrom(...DEPLOYMENT_MODES),
    milvusVersion: fc.constantFrom(...MILVUS_MINOR_VERSIONS),
    image: fc.constantFrom('milvusdb/milvus:v2.5.16', 'registry.local/milvus@sha256:abc', ''),
    apiVersion: fc.constantFrom(...API_VERSIONS),
    msgStreamType: fc.constantFrom(...MSG_STREAM_TYPES),
    persistenceEnabled: fc.boolean(),
    storageSize: fc.constantFrom('', '20Gi', '512Mi'),
    retention: optionalInt,
    storeDir: fc.constantFrom('', '/data/nats'),
    debug: optionalBool,
    pulsarExternal: fc.boolean(),
    endpoint: hostPort,
    chart: fc.option(fc.constantFrom(...PULSAR_CHART_VERSIONS), { nil: undefined }),
    replicas: optionalInt,
    kafkaExternal: fc.boolean(),
    brokers: fc.array(hostPort, { maxLength: 3 }),
    protocol: fc.option(fc.constantFrom(...KAFKA_SECURITY_PROTOCOLS), { nil: undefined }),
    mechanism: fc.option(fc.constantFrom(...KAFKA_SASL_MECHANISMS), { nil: undefined }),
    secretRef: anyText,
    saslUsername: anyText,
    saslPassword: anyText,
    tlsKeyPassword: anyText,
    extraValues: fc.dictionary(
      fc.stringMatching(/^[a-z]{1,8}$/),
      fc.oneof(fc.integer(), fc.string(), fc.boolean()),
    ),
    pools: fc.array(
      fc.record({ name: fc.stringMatching(/^[a-z]{1,8}$/), seeds: fc.array(hostPort, { maxLength: 2 }) }),
      {
        maxLength: 2,
      },
    ),
    storageType: fc.option(fc.constantFrom(...WOODPECKER_STORAGE_TYPES), { nil: undefined }),
  })
  .map((r) => {
    const v = wizardDefaults();
    Object.assign(v, {
      target: r.target,
      name: r.name,
      namespace: r.namespace,
      mode: r.mode,
      milvusVersion: r.milvusVersion,
      image: r.image,
      apiVersion: r.apiVersion,
      msgStreamType: r.msgStreamType,
    });
    v.rocksmq.persistence.enabled = r.persistenceEnabled;
    v.rocksmq.persistence.storageSize = r.storageSize;
    v.rocksmq.retentionTimeInMinutes = r.retention;
    v.natsmq.server.storeDir = r.storeDir;
    v.natsmq.server.monitor.debug = r.debug;
    v.pulsar.external = r.pulsarExternal;
    v.pulsar.endpoint = r.endpoint;
    v.pulsar.inCluster.chartVersion = r.chart;
    v.pulsar.inCluster.brokerReplicas = r.replicas;
    v.kafka.external = r.kafkaExternal;
    v.kafka.brokerList = r.brokers;
    v.kafka.securityProtocol = r.protocol;
    v.kafka.saslMechanisms = r.mechanism;
    v.kafka.secretRef = r.secretRef;
    v.kafka.saslUsername = r.saslUsername;
    v.kafka.saslPassword = r.saslPassword;
    v.kafka.tls.tlsKeyPassword = r.tlsKeyPassword;
    v.kafka.inCluster.extraValues = r.extraValues;
    v.woodpecker.quorumBufferPools = r.pools;
    v.woodpecker.storageType = r.storageType;
    // What the form holds is what the schema's shape parser gives back.
    const parsed = parseValuesShape(v);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    return parsed.data;
  });

const open = (hash: string) => {
  const param = shareParamFromHash(hash);
  if (param === null) throw new Error(`no share parameter in ${hash}`);
  return decodeShareParam(param);
};

describe('share link', () => {
  it('restores every setting except the passwords', () => {
    fc.assert(
      fc.property(wizardValues, (values) => {
        const restored = open(buildShareQuery({ values }, textHasSecrets).query);
        expect(restored).toEqual({
          ok: true,
          state: { values: stripPasswords(values), yamlText: undefined },
        });
      }),
    );
  });

  it('never carries a password, in the values or in the YAML text', () => {
    fc.assert(
      fc.property(wizardValues, fc.stringMatching(/^[A-Za-z0-9]{6,12}$/), (values, secret) => {
        values.kafka.saslPassword = `pw-${secret}`;
        values.kafka.tls.tlsKeyPassword = `key-${secret}`;
        const yamlText = `spec:\n  config:\n    kafka:\n      saslPassword: pw-${secret}\n`;
        const link = buildShareQuery({ values, yamlText }, textHasSecrets);
        const decoded = fromBase64Url(shareParamFromHash(link.query) ?? '');
        // The passwords themselves; the random values may contain the bare secret by chance.
        expect(decoded).not.toContain(`pw-${secret}`);
        expect(decoded).not.toContain(`key-${secret}`);
        expect(link.textLeftOut).toBe(true);
        expect(link.passwordsLeftOut).toBe(true);
      }),
    );
  });

  it('keeps YAML text the user edited when it holds no secret', () => {
    const values = wizardDefaults();
    const yamlText =
      '# mine\napiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: x\n  labels: {team: ü}\n';
    const link = buildShareQuery({ values, yamlText }, textHasSecrets);
    expect(link.textLeftOut).toBe(false);
    expect(open(link.query)).toEqual({ ok: true, state: { values, yamlText } });
  });

  it('stays short for the defaults', () => {
    expect(buildShareQuery({ values: wizardDefaults() }, textHasSecrets).query.length).toBeLessThan(250);
  });

  it('explains a damaged link instead of failing', () => {
    expect(decodeShareParam('***')).toEqual({
      ok: false,
      error: 'The share link is damaged: it is not valid base64url text.',
    });
    expect(decodeShareParam(toBase64Url('{not json'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not JSON/),
    });
    expect(decodeShareParam(toBase64Url('[1,2]'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no wizard settings/),
    });
    const badName = toBase64Url(JSON.stringify({ f: 1, v: { name: 'Not A Name' } }));
    expect(decodeShareParam(badName)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The share link cannot be opened: name: /),
    });
    const otherFormat = toBase64Url(JSON.stringify({ f: 9, v: {} }));
    expect(decodeShareParam(otherFormat)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/another version/),
    });
  });

  it('ignores keys that would reach the object prototype', () => {
    const crafted = toBase64Url('{"f":1,"v":{"__proto__":{"polluted":true},"name":"ok"}}');
    const result = decodeShareParam(crafted);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds the share parameter in the fragment', () => {
    expect(shareParamFromHash('#/wizard?s=abc')).toBe('abc');
    expect(shareParamFromHash('#/wizard')).toBeNull();
    expect(shareParamFromHash('#/wizard?x=1&s=q-_')).toBe('q-_');
  });

  it('round-trips any text through base64url', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fromBase64Url(toBase64Url(text))).toBe(text);
      }),
    );
  });
});
