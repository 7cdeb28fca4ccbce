import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildManifestObject, generateYaml } from '../operator/write/generate.ts';
import { liveObjectOf, liveYaml, milvusManifest as milvus } from '../testing/liveObject.ts';
import { allowedCombinations, validValuesArbitrary, valuesFor } from '../testing/valuesArbitrary.ts';
import { diffManifests, diffPatch } from './diff.ts';

type Json = Record<string, unknown>;

const live = (spec: Json) => liveYaml(milvus(spec));
const file = (spec: Json) => stringify(milvus(spec));
const codesOf = (oldText: string, newText: string) => diffManifests(oldText, newText).new.map((d) => d.code);
const finding = (oldText: string, newText: string, code: string) =>
  diffManifests(oldText, newText).new.find((d) => d.code === code);

const cluster = (image: string, deps: Json, extra: Json = {}): Json => ({
  mode: 'cluster',
  components: { image },
  dependencies: deps,
  ...extra,
});

describe('a change of the storage in effect', () => {
  // milvus-io/milvus#50217 (2.6: mq.type fixed once chosen), #26002 (Kafka -> Pulsar, collections
  // no longer load); the operator's ValidateUpdate (apis/milvus.io/v1beta1/milvus_webhook.go) compares nothing.
  it('before 3.0 is an error that names what is lost', () => {
    const d = finding(
      live(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'pulsar' })),
      file(
        cluster('milvusdb/milvus:v2.6.22', {
          msgStreamType: 'kafka',
          kafka: { external: true, brokerList: ['k:9092'] },
        }),
      ),
      'storage-change',
    );
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(
      /from Pulsar to Kafka.*cannot switch.*#50217.*positions in the old topics.*stay in the in-cluster Pulsar.*#26002/,
    );
    expect(d?.path).toBe('spec.dependencies.msgStreamType');
    // Each fact once: the #50217 sentence was said twice.
    expect(d?.message.match(/#50217/g)).toHaveLength(1);
    expect(d?.message).not.toContain('loses the topics');
  });

  // updateConfigMapOnly is true in every live object (the operator's default, milvus_webhook.go):
  // the ConfigMap changes now, the pods take it at their next restart.
  it('says what changes and when: the ConfigMap now, the pods at their next restart', () => {
    const after = file(
      cluster('milvusdb/milvus:v2.6.22', {
        msgStreamType: 'kafka',
        kafka: { external: true, brokerList: ['k:9092'] },
      }),
    );
    const before = live(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'pulsar' }));
    const d = diffManifests(before, after).new.find((x) => x.code === 'storage-change');
    expect(d?.message).toContain("rewrites Milvus's ConfigMap at once");
    expect(d?.message).toContain('at their next restart');
    expect(d?.message).not.toContain('restarts Milvus on');
    const now = diffManifests(
      before,
      after.replace('components:', 'components:\n    updateConfigMapOnly: false'),
    ).new.find((x) => x.code === 'storage-change');
    expect(now?.message).toContain('restarts the Milvus pods on kafka');
  });

  // Milvus docs switch-mq-type.md: 3.0+, Woodpecker and one other storage; never Pulsar <-> Kafka.
  it('from 3.0 names the switch procedure for a supported pair, with a plan', () => {
    const result = diffManifests(
      live(cluster('milvusdb/milvus:v3.0.0', { msgStreamType: 'pulsar' })),
      file(cluster('milvusdb/milvus:v3.0.0', { msgStreamType: 'woodpecker' })),
    );
    const d = result.new.find((x) => x.code === 'storage-change');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toMatch(/switch Pulsar to Woodpecker.*follow the switch plan/);
    const plan = result.pairs[0]?.plan;
    expect(plan?.workable).toBe(true);
    // The docs' operator page (switch-pulsar-woodpecker.md) has no settings step before the alter call.
    expect(plan?.steps.map((s) => s.title)).toEqual([
      'Check the target',
      'Switch the WAL',
      'Confirm in the logs',
      'Make the resource say woodpecker',
      'Clean up Pulsar',
    ]);
    expect(plan?.steps[1]?.command).toContain('deploy/prod-milvus-mixcoord 9091:9091');
    expect(plan?.steps[1]?.command).toContain('{"target_wal_name": "woodpecker"}');
    expect(plan?.steps[3]?.manifest).toContain('msgStreamType: woodpecker');
    expect(plan?.steps[4]?.detail).toContain('prod-pulsar');
  });

  it('from 3.0 is an error for a pair without a switch (Pulsar to Kafka)', () => {
    const d = finding(
      live(cluster('milvusdb/milvus:v3.0.0', { msgStreamType: 'pulsar' })),
      file(
        cluster('milvusdb/milvus:v3.0.0', {
          msgStreamType: 'kafka',
          kafka: { external: true, brokerList: ['k:9092'] },
        }),
      ),
      'storage-change',
    );
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(/never Pulsar <-> Kafka/);
  });

  // Woodpecker to RocksMQ has no operator page; the operator deletes the rocksmq section of
  // spec.config while msgStreamType is woodpecker (pkg/controllers/configmaps.go).
  it('Woodpecker to RocksMQ: the plan says why the procedure cannot work through the operator', () => {
    const standalone = (mq: string): Json => ({
      components: { image: 'milvusdb/milvus:v3.0.1' },
      dependencies: { msgStreamType: mq },
    });
    const plan = diffManifests(live(standalone('woodpecker')), file(standalone('rocksmq'))).pairs[0]?.plan;
    expect(plan?.workable).toBe(false);
    expect(plan?.blocker).toMatch(/deletes the rocksmq section of spec\.config/);
  });
});

describe('what kubectl apply leaves in place', () => {
  // kubectl's three-way merge with last-applied-configuration; the operator's Default() wrote
  // msgStreamType back (pkg/controllers/milvus_controller.go).
  it('an image upgrade from 2.5 to 2.6 keeps the live rocksmq, where a fresh install gets Woodpecker', () => {
    const oldText = live({ components: { image: 'milvusdb/milvus:v2.5.16' } });
    const newText = file({ components: { image: 'milvusdb/milvus:v2.6.22' } });
    const d = finding(oldText, newText, 'storage-kept-by-apply');
    expect(d?.message).toMatch(
      /keeps the live one, rocksmq.*fresh install of this file would get Woodpecker/,
    );
    expect(codesOf(oldText, newText)).not.toContain('storage-change');
  });

  it('the same from the old file instead of the live object', () => {
    const oldText = file({ components: { image: 'milvusdb/milvus:v2.5.16' } });
    const newText = file({ components: { image: 'milvusdb/milvus:v2.6.22' } });
    expect(codesOf(oldText, newText)).toContain('storage-kept-by-apply');
  });

  it('a msgStreamType the last apply named and NEW drops goes back to the default: a storage change', () => {
    const oldText = live({
      components: { image: 'milvusdb/milvus:v2.6.22' },
      dependencies: { msgStreamType: 'rocksmq' },
    });
    const newText = file({ components: { image: 'milvusdb/milvus:v2.6.22' } });
    expect(finding(oldText, newText, 'storage-change')?.message).toMatch(/from RocksMQ to Woodpecker/);
  });

  // support.ts: RocksMQ is embedded in one process; the operator accepts the mode change.
  it('standalone to cluster with the defaulted rocksmq leaves Milvus unable to start', () => {
    const oldText = live({ components: { image: 'milvusdb/milvus:v2.5.16' } });
    const newText = file({ mode: 'cluster', components: { image: 'milvusdb/milvus:v2.5.16' } });
    const d = finding(oldText, newText, 'mode-change-storage');
    expect(d).toMatchObject({ severity: 'error', path: 'spec.mode' });
    expect(d?.message).toMatch(/stays RocksMQ \(kubectl apply keeps the live msgStreamType.*fails at start/);
    expect(codesOf(oldText, newText)).toContain('storage-kept-by-apply');
  });
});

describe('version, persistence, chart and deletion', () => {
  // Milvus 2.6 refuses natsmq (release notes); IsVersionGreaterThan2_6 adds the streaming node.
  it('a version change across 2.6 says what changes, and is an error for NATS', () => {
    const cross = finding(
      live(
        cluster('milvusdb/milvus:v2.5.16', {
          msgStreamType: 'kafka',
          kafka: { external: true, brokerList: ['k:9092'] },
        }),
      ),
      file(
        cluster('milvusdb/milvus:v2.6.22', {
          msgStreamType: 'kafka',
          kafka: { external: true, brokerList: ['k:9092'] },
        }),
      ),
      'version-crossing',
    );
    expect(cross?.severity).toBe('info');
    expect(cross?.message).toMatch(/2\.5\.16 to 2\.6\.22: the operator adds a streaming node.*NATS is gone/);
    const nats = finding(
      live({ components: { image: 'milvusdb/milvus:v2.5.16' }, dependencies: { msgStreamType: 'natsmq' } }),
      file({ components: { image: 'milvusdb/milvus:v2.6.22' }, dependencies: { msgStreamType: 'natsmq' } }),
      'version-crossing',
    );
    expect(nats?.severity).toBe('error');
    const to30 = finding(
      live(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'pulsar' })),
      file(cluster('milvusdb/milvus:v3.0.0', { msgStreamType: 'pulsar' })),
      'version-crossing',
    );
    expect(to30?.message).toMatch(
      /must keep its current message storage.*operator keeps Pulsar for a cluster/,
    );
  });

  const rocks = (persistence: Json) => ({
    components: { image: 'milvusdb/milvus:v2.5.16' },
    dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence } },
  });

  it('embedded persistence turned off, or its claim changed, loses the data', () => {
    const oldText = live(rocks({ enabled: true, persistentVolumeClaim: { existingClaim: 'rocks-a' } }));
    expect(finding(oldText, file(rocks({ enabled: false })), 'persistence-change')?.message).toMatch(
      /turns its persistence off/,
    );
    expect(
      finding(
        oldText,
        file(rocks({ enabled: true, persistentVolumeClaim: { existingClaim: 'rocks-b' } })),
        'persistence-change',
      )?.message,
    ).toMatch(/changes the volume claim/);
    expect(
      codesOf(oldText, file(rocks({ enabled: true, persistentVolumeClaim: { existingClaim: 'rocks-a' } }))),
    ).toEqual([]);
  });

  // The operator: exactly pulsar-v3 installs the Pulsar 3 chart, anything else Pulsar 2.
  it('the in-cluster Pulsar moving between pulsar-v2 and pulsar-v3 is an error', () => {
    const d = finding(
      live(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'pulsar' })),
      file(
        cluster('milvusdb/milvus:v2.6.22', {
          msgStreamType: 'pulsar',
          pulsar: { inCluster: { chartVersion: 'pulsar-v2' } },
        }),
      ),
      'pulsar-chart-change',
    );
    expect(d?.message).toMatch(/from pulsar-v3 to pulsar-v2/);
  });

  // pkg/controllers/milvus.go Finalize.
  it('deletionPolicy Delete or pvcDeletion warns that deleting the resource deletes the data', () => {
    const d = finding(
      live(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'pulsar' })),
      file(
        cluster('milvusdb/milvus:v2.6.22', {
          msgStreamType: 'pulsar',
          pulsar: { inCluster: { deletionPolicy: 'Delete', pvcDeletion: true } },
        }),
      ),
      'deletes-storage-data',
    );
    expect(d?.message).toMatch(/uninstalls the in-cluster Pulsar and deletes its volumes/);
  });
});

describe('reading OLD and NEW', () => {
  it('finds the pair in a kind: List by name, and points at the line in NEW', () => {
    const list = stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        liveObjectOf(milvus({ dependencies: { msgStreamType: 'rocksmq' } }, 'a')),
        liveObjectOf(milvus(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'pulsar' }), 'b')),
      ],
    });
    const newText =
      `# the new file\n${file(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'woodpecker' }))}`.replace(
        'name: prod',
        'name: b',
      );
    const result = diffManifests(list, newText);
    const d = result.new.find((x) => x.code === 'storage-change');
    expect(d?.message).toMatch(/from Pulsar to Woodpecker/);
    expect(newText.split('\n')[d!.line - 1]).toContain('msgStreamType: woodpecker');
  });

  it('reports unreadable input on its side', () => {
    const result = diffManifests('spec: [', file({}));
    expect(result.old.map((d) => d.code)).toContain('yaml-syntax');
    expect(diffManifests(file({}), 'kind: Secret\n').new.map((d) => d.code)).toEqual(['no-milvus-resource']);
  });
});

describe('properties', () => {
  it('diff(x, x) finds nothing', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (v) => {
        const text = generateYaml(v);
        expect(diffManifests(text, text).new).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('a live object against its own file finds nothing, for every combination', () => {
    for (const c of allowedCombinations().filter((x) => x.api === 'v1beta1')) {
      const manifest = buildManifestObject(valuesFor(c));
      expect(diffManifests(stringify(liveObjectOf(manifest)), stringify(manifest)).new).toEqual([]);
    }
  }, 60_000);

  it('diff(generate(v), generate(w)) reports a storage change exactly when the storages differ', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), validValuesArbitrary(), (v, w) => {
        const codes = diffManifests(generateYaml(v), generateYaml(w)).new.map((d) => d.code);
        expect(codes.includes('storage-change')).toBe(v.msgStreamType !== w.msgStreamType);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

// `kubectl patch --type merge` as the Milvus 3.0 docs' switch and upgrade pages use it: the patch
// is applied to the stored object (RFC 7386), so what it does not name stays.
describe('diff --patch: a merge patch on the running Milvus', () => {
  const running = live(cluster('milvusdb/milvus:v3.0.0', { msgStreamType: 'pulsar' }));
  const docsPatch = 'spec:\n  dependencies:\n    msgStreamType: woodpecker\n';

  it("keeps what the patch does not name: the docs' patch is no downgrade to the default image", () => {
    const result = diffPatch(running, docsPatch);
    expect(result.new.map((d) => d.code)).toEqual(['storage-change']);
    expect(result.pairs[0]?.after.versionLabel).toBe('3.0.0');
    expect(result.pairs[0]?.plan?.to).toBe('woodpecker');
    // As a file for kubectl apply, the same text is no resource at all.
    expect(diffManifests(running, docsPatch).new.map((d) => d.code)).toEqual(['no-milvus-resource']);
  });

  it('null deletes a field (the image: the operator default 2.6.11 then runs)', () => {
    const result = diffPatch(running, 'spec:\n  components:\n    image: null\n');
    expect(result.pairs[0]?.after.versionLabel).toBe('2.6.11');
    expect(result.new.map((d) => d.code)).toContain('version-crossing');
  });

  // Milvus docs upgrade_milvus_cluster-operator.md (2.6.x to 3.0): "Apply the complete Milvus CR for
  // this upgrade. Do not use an image-only merge patch."
  it('an upgrade from 2.6 to 3.0 by an image-only patch is a warning: the docs apply the complete resource', () => {
    const on26 = live(cluster('milvusdb/milvus:v2.6.22', { msgStreamType: 'pulsar' }));
    const result = diffPatch(on26, 'spec:\n  components:\n    image: milvusdb/milvus:v3.0.1\n');
    const d = result.new.find((x) => x.code === 'upgrade-by-patch');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toMatch(
      /2\.6\.22 to 3\.0\.1.*complete resource \(kubectl apply -f.*not an image-only merge patch/,
    );
    expect(d?.line).toBe(3);
    // The same upgrade as kubectl apply -f of the whole manifest: no warning, and the crossing says how.
    const applied = diffManifests(on26, file(cluster('milvusdb/milvus:v3.0.1', { msgStreamType: 'pulsar' })));
    expect(applied.new.map((x) => x.code)).not.toContain('upgrade-by-patch');
    expect(applied.new.find((x) => x.code === 'version-crossing')?.message).toContain(
      'by applying the complete resource',
    );
    // A patch within 3.0 is no upgrade across it.
    expect(
      diffPatch(running, 'spec:\n  components:\n    image: milvusdb/milvus:v3.0.1\n').new.map((x) => x.code),
    ).not.toContain('upgrade-by-patch');
  });

  it('a patch that is not a map is an error', () => {
    expect(diffPatch(running, '- a\n').new.map((d) => d.code)).toEqual(['diff-bad-patch']);
  });
});

// The Milvus 3.0 docs' switch pages (switch-pulsar-woodpecker.md, switch-kafka-woodpecker.md) as
// issue #21 lists them; the operator's updateConfigMapOnly (every live object) and its milvus-data
// volume (deployments.go, GetMilvusBuiltInMQ).
describe('the switch plan follows the docs', () => {
  const steps = (oldSpec: Json, newSpec: Json) => {
    const plan = diffManifests(live(oldSpec), file(newSpec)).pairs[0]?.plan;
    return (plan?.steps ?? []).map((s) => `${s.title}\n${s.detail}\n${s.command ?? ''}`).join('\n');
  };

  it('Pulsar to Woodpecker: no steps the docs lack; their confirmation, warnings and no way back', () => {
    const text = steps(
      cluster('milvusdb/milvus:v3.0.1', { msgStreamType: 'pulsar' }),
      cluster('milvusdb/milvus:v3.0.1', { msgStreamType: 'woodpecker' }),
    );
    expect(text).not.toContain('Stop DDL');
    expect(text).not.toContain('wait until the pods have restarted');
    expect(text).toContain('the pods keep running');
    expect(text).toContain('successfully updated mq.type configuration in etcd');
    expect(text).toContain('pending release');
    expect(text).toContain('high-risk');
    expect(text).toContain('switching back to a builtin (in-cluster) Pulsar is not possible');
    expect(text).not.toContain('-n  ');
  });

  it('RocksMQ to Woodpecker under the operator: the milvus-data volume becomes an emptyDir, which restarts the pod; the claim is cleaned up', () => {
    const standalone = (mq: string, extra: Json = {}): Json => ({
      mode: 'standalone',
      components: { image: 'milvusdb/milvus:v3.0.1' },
      dependencies: { msgStreamType: mq, ...extra },
    });
    const text = steps(
      standalone('rocksmq', { rocksmq: { persistence: { enabled: true } } }),
      standalone('woodpecker', { rocksmq: { persistence: { enabled: true } } }),
    );
    expect(text).toContain('from the RocksMQ claim to an emptyDir');
    expect(text).toContain('which restarts the pod');
    expect(text).toContain('delete the RocksMQ claim');
  });
});

// Woodpecker to Pulsar or Kafka as the Milvus 3.0 docs' operator pages write it
// (switch-pulsar-woodpecker.md, switch-kafka-woodpecker.md: `kubectl patch --type merge` with the
// address in spec.config and msgStreamType, nothing under dependencies), against milvus-operator
// v1.3.8: apis/milvus.io/v1beta1/milvus_webhook.go setDefaultMsgStreamConfigs (a target that is not
// external gets the in-cluster address, and chartVersion pulsar-v2 on an existing resource) and
// deleteUnsettableConf (spec.config.pulsar.address and port go); pkg/controllers/dependencies.go
// ReconcilePulsar/ReconcileKafka (the in-cluster release); pkg/controllers/configmaps.go (Milvus's
// pulsar.address/port from dependencies.pulsar.endpoint, kafka.brokerList from dependencies.kafka).
describe('away from Woodpecker: the external route', () => {
  const running = live(cluster('milvusdb/milvus:v3.0.1', { msgStreamType: 'woodpecker' }));
  const docsPulsar = [
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: prod',
    '  labels:',
    '    app: milvus',
    'spec:',
    '  config:',
    '    pulsar:',
    '      address: pulsar.example.com',
    '      port: 6650',
    '  dependencies:',
    '    msgStreamType: pulsar',
    '',
  ].join('\n');
  const docsKafka = [
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: prod',
    'spec:',
    '  config:',
    '    kafka:',
    '      brokerList:',
    '        - kafka-0.example.com:9092',
    '      saslMechanisms: PLAIN',
    '      securityProtocol: SASL_SSL',
    '  dependencies:',
    '    msgStreamType: kafka',
    '',
  ].join('\n');

  it("the docs' Pulsar manifest would install an in-cluster Pulsar 2 and drop the address: the plan shows the external route", () => {
    const result = diffPatch(running, docsPulsar);
    const pair = result.pairs[0];
    // What the operator does with the docs' patch, as the resolution reads its code.
    expect(pair?.after.pulsarExternal).toBe(false);
    expect(pair?.after.pulsarChart).toBe('pulsar-v2');
    expect(pair?.applied.helmReleases.map((r) => r.storage)).toContain('pulsar');
    const plan = pair?.plan;
    expect(plan?.workable).toBe(false);
    expect(plan?.blocker).toMatch(
      /new, empty in-cluster Pulsar with the Pulsar 2 chart.*prod-pulsar.*deletes spec\.config\.pulsar\.address and port.*external Pulsar only/,
    );
    const route = plan?.steps.find((s) => s.manifest)?.manifest ?? '';
    expect(route).toMatch(/msgStreamType: pulsar/);
    expect(route).toMatch(/pulsar:\n\s+external: true\n\s+endpoint: pulsar\.example\.com:6650/);
    expect(route).not.toMatch(/address:|status:|resourceVersion|prod-pulsar-proxy|inCluster/);
    expect(plan?.steps.map((s) => s.command ?? '').join('\n')).toContain('{"target_wal_name": "pulsar"}');
  });

  it('the route manifest, applied, runs Milvus on the external Pulsar and installs nothing', () => {
    const route = diffPatch(running, docsPulsar).pairs[0]!.plan!.steps.find((s) => s.manifest)!.manifest!;
    const result = diffManifests(running, route);
    const pair = result.pairs[0]!;
    expect(pair.after.pulsarExternal).toBe(true);
    expect(pair.applied.helmReleases.filter((r) => r.storage === 'pulsar')).toEqual([]);
    expect(pair.applied.addresses.map((a) => a.raw)).toContain('pulsar.example.com:6650');
    expect(pair.plan).toMatchObject({ workable: true, blocker: null });
    expect(result.new.find((d) => d.code === 'storage-change')?.severity).toBe('warning');
  });

  it("the docs' Kafka manifest: the brokers move under dependencies.kafka, the SASL settings stay in spec.config", () => {
    const plan = diffPatch(running, docsKafka).pairs[0]?.plan;
    expect(plan?.workable).toBe(false);
    expect(plan?.blocker).toMatch(
      /new, empty in-cluster Kafka as the Helm release prod-kafka.*over spec\.config\.kafka\.brokerList/,
    );
    const route = plan?.steps.find((s) => s.manifest)?.manifest ?? '';
    expect(route).toMatch(/kafka:\n\s+saslMechanisms: PLAIN\n\s+securityProtocol: SASL_SSL/);
    expect(route).toMatch(/kafka:\n\s+external: true\n\s+brokerList:\n\s+- kafka-0\.example\.com:9092/);
    expect(route.match(/brokerList/g)).toHaveLength(1);
  });
});

// The manifest a step shows is the one the user applies then: not the live object the diff read
// (status, server metadata) and no in-cluster address, which the operator writes itself
// (milvus_webhook.go setDefaultMsgStreamConfigs) and the writtenBack.ts table lists.
describe('a step shows the manifest applied at that step', () => {
  const running = live(cluster('milvusdb/milvus:v3.0.1', { msgStreamType: 'pulsar' }));
  const lastStep = (plan: { steps: { title: string; manifest?: string }[] } | null | undefined) =>
    plan?.steps.find((s) => s.title === 'Make the resource say woodpecker')?.manifest ?? '';

  it('after a merge patch on the live object', () => {
    const manifest = lastStep(
      diffPatch(running, 'spec:\n  dependencies:\n    msgStreamType: woodpecker\n').pairs[0]?.plan,
    );
    expect(running).toContain('prod-pulsar-proxy.vector:6650');
    expect(manifest).toContain('msgStreamType: woodpecker');
    expect(manifest).not.toMatch(/prod-pulsar-proxy|status:|resourceVersion|last-applied-configuration/);
  });

  it('from a copy of the live object with msgStreamType edited', () => {
    const edited = running.replace('msgStreamType: pulsar', 'msgStreamType: woodpecker');
    const manifest = lastStep(diffManifests(running, edited).pairs[0]?.plan);
    expect(manifest).toContain('msgStreamType: woodpecker');
    expect(manifest).not.toMatch(/prod-pulsar-proxy|status:|managedFields/);
  });
});
