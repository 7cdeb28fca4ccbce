import { describe, expect, it } from 'vitest';
import { applyFixes, safeFixes } from '../../../findings/fixes.ts';
import { check, milvus, withCode } from '../testing.ts';

const VALUES = 'spec.dependencies.pulsar.inCluster.values';

function pulsarValues(values: string): string {
  const body = values
    .replace(/^\n/, '')
    .split('\n')
    .map((l) => `        ${l}`)
    .join('\n');
  return milvus(
    `mode: cluster\ndependencies:\n  msgStreamType: pulsar\n  pulsar:\n    inCluster:\n      values:\n${body}`,
  );
}

function typos(text: string) {
  return check(text).filter((d) => d.code === 'likely-typo' || d.code === 'misplaced-key');
}

describe('likely typos in free-form parts', () => {
  it('well-formed Pulsar values and Milvus settings have no typo diagnostic, unknown keys included', () => {
    const text = milvus(`
      mode: cluster
      dependencies:
        msgStreamType: pulsar
        pulsar:
          inCluster:
            values:
              components: {autorecovery: false}
              bookkeeper:
                replicaCount: 1
                resources:
                  requests: {cpu: 100m, memory: 512Mi}
                  limits: {cpu: "2", memory: 4Gi}
                somethingTheChartAdds: true
              broker:
                configData:
                  managedLedgerDefaultEnsembleSize: "1"
      config:
        kafka:
          securityProtocol: PLAINTEXT
        natsmq:
          server:
            port: 4222
        quotaAndLimits: {enabled: false}
        someFutureSection: {}
    `);
    expect(typos(text)).toEqual([]);
  });

  it('resoureces next to a known key is a typo of resources, with a safe rename', () => {
    const text = pulsarValues('bookkeeper:\n  resoureces:\n    requests: {cpu: 1}');
    const [d] = typos(text);
    expect(d).toMatchObject({
      code: 'likely-typo',
      severity: 'warning',
      path: `${VALUES}.bookkeeper.resoureces`,
      line: 13,
    });
    expect(d!.fix?.safe).toBe(true);
    expect(typos(applyFixes(text, safeFixes([d!])))).toEqual([]);
  });

  it('limit is a typo of limits, found inside a misspelled resources too', () => {
    const found = typos(pulsarValues('zookeeper:\n  resoureces:\n    limit:\n      memroy: 1Gi'));
    expect(found.map((d) => d.path)).toEqual([
      `${VALUES}.zookeeper.resoureces`,
      `${VALUES}.zookeeper.resoureces.limit`,
      `${VALUES}.zookeeper.resoureces.limit.memroy`,
    ]);
  });

  it('requests beside resources in a Pulsar component is moved into resources.requests', () => {
    const text = pulsarValues(
      'bookkeeper:\n  resources:\n    limits: {cpu: "2"}\n  # what the pod asks for\n  requests:\n    cpu: 100m',
    );
    const [d] = typos(text);
    expect(d).toMatchObject({ code: 'misplaced-key', path: `${VALUES}.bookkeeper.requests`, line: 16 });
    expect(d!.message).toContain('resources.requests');
    const fixed = applyFixes(text, safeFixes([d!]));
    expect(fixed).toMatch(
      /resources:\n\s+limits: \{ cpu: "2" \}\n\s+# what the pod asks for\n\s+requests:\n\s+cpu: 100m/,
    );
    expect(typos(fixed)).toEqual([]);
  });

  it("the fixes for the docs' bookkeeper (resoureces, limit, misplaced memory and requests) combine", () => {
    const text = pulsarValues(
      'bookkeeper:\n  replicaCount: 1\n  resoureces:\n    limit:\n      cpu: "4"\n    memory: 8Gi\n  requests:\n    cpu: 200m\n    memory: 512Mi',
    );
    const found = typos(text);
    expect(found.map((d) => [d.code, d.path])).toEqual([
      ['likely-typo', `${VALUES}.bookkeeper.resoureces`],
      ['likely-typo', `${VALUES}.bookkeeper.resoureces.limit`],
      ['misplaced-key', `${VALUES}.bookkeeper.resoureces.memory`],
      ['misplaced-key', `${VALUES}.bookkeeper.requests`],
    ]);
    // Applied in reverse order on purpose: the fixes do not depend on each other's order.
    const fixed = applyFixes(
      text,
      found.reverse().map((d) => ({ documentIndex: 0, fix: d.fix! })),
    );
    expect(typos(fixed)).toEqual([]);
    expect(fixed).toContain(
      'resources:\n              limits:\n                cpu: "4"\n                memory: 8Gi\n              requests:\n                cpu: 200m',
    );
  });

  it('the misplaced quantity names the key Kubernetes reads, and keeps its fix after the safe fixes', () => {
    const text = pulsarValues(
      'bookkeeper:\n  resoureces:\n    limit:\n      cpu: "4"\n    memory: 8Gi\n  requests:\n    cpu: 200m',
    );
    const memory = () => withCode(check(current), 'misplaced-key').find((d) => d.path.endsWith('.memory'));
    let current = text;
    expect(memory()?.fix?.title).toBe('Move it into limits, renaming limit');
    expect(applyFixes(current, [{ documentIndex: 0, fix: memory()!.fix! }])).toMatch(
      /limits:\n\s+cpu: "4"\n\s+memory: 8Gi/,
    );
    // "Apply all safe fixes" renames resoureces and limit and moves requests in: memory still has its fix.
    current = applyFixes(text, safeFixes(check(text)));
    expect(memory()?.fix?.title).toBe('Move it into limits');
    current = applyFixes(current, [{ documentIndex: 0, fix: memory()!.fix! }]);
    expect(typos(current)).toEqual([]);
  });

  it("replicas in a Pulsar component is the chart's replicaCount", () => {
    const [d] = typos(pulsarValues('broker:\n  replicas: 3'));
    expect(d).toMatchObject({ path: `${VALUES}.broker.replicas` });
    expect(d!.message).toContain('replicaCount');
  });

  it('a misspelled Milvus setting in spec.config is a likely typo', () => {
    const text = milvus('config:\n  kafka:\n    saslMechanism: PLAIN\n  rockmq:\n    retentionSizeInMB: 100');
    const found = withCode(check(text), 'likely-typo');
    expect(found.map((d) => [d.path, d.message.includes('Milvus does not know this setting')])).toEqual([
      ['spec.config.kafka.saslMechanism', true],
      ['spec.config.rockmq', true],
    ]);
    expect(withCode(check(applyFixes(text, safeFixes(found))), 'likely-typo')).toEqual([]);
  });

  it('a misspelled NATS server setting is a likely typo', () => {
    const [d] = withCode(
      check(milvus('config:\n  natsmq:\n    server:\n      maxPayloud: 1024')),
      'likely-typo',
    );
    expect(d).toMatchObject({ path: 'spec.config.natsmq.server.maxPayloud' });
    expect(d!.message).toContain('maxPayload');
  });

  // Milvus looks keys up lowercased, without '/', '_' and '.' (milvus-io/milvus pkg/config/config.go
  // formatKey): maxPayLoad and max_payload are maxPayload to it.
  it('another case or underscores of a setting is not a typo: Milvus reads it', () => {
    const text = milvus('config:\n  natsmq:\n    server:\n      maxPayLoad: 1024\n      max_pending: 10');
    expect(withCode(check(text), 'likely-typo')).toEqual([]);
  });
});

describe('the fix of a quantity beside a misspelt holder', () => {
  it('moves it into the right name, never into the typo it corrects', () => {
    const text = milvus(
      'mode: cluster\ndependencies:\n  msgStreamType: pulsar\n  pulsar:\n    inCluster:\n      values:\n        broker:\n          resources:\n            limit:\n              cpu: 1\n            memory: 2Gi',
    );
    const d = check(text).find((x) => x.code === 'misplaced-key' && x.path.endsWith('resources.memory'));
    expect(d?.fix?.title).toBe('Move it into limits, renaming limit');
    expect(d?.fix?.title).not.toMatch(/into limit\b/);
    const fixed = applyFixes(text, [{ documentIndex: 0, fix: d!.fix! }]);
    expect(fixed).toMatch(/limits:\n\s+cpu: 1\n\s+memory: 2Gi/);
  });
});
