// The form's help under the Helm target (fieldHelp.ts) names where the chart takes each value, never
// the operator's manifest: a Helm user reads the keys of the values.yaml the wizard writes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validValuesArbitrary } from '../../testing/valuesArbitrary.ts';
import { defaultValues } from '../../wizard/values/values.ts';
import type { WizardValues } from '../../wizard/values/values.ts';
import { helmFieldHelp } from './fieldHelp.ts';
import { HELM_UNSUPPORTED } from './places.ts';
import { SETTINGS_LEGENDS, legendKey, type SettingsLegend } from './settingsLegends.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function helm(patch: (v: WizardValues) => WizardValues): WizardValues {
  return patch({ ...defaultValues(), target: 'helm' });
}

/** An in-cluster Pulsar 2 (the pulsar subchart, not pulsarv3) on the Helm target. */
const pulsar2InCluster = () =>
  helm((v) => ({
    ...v,
    mode: 'cluster',
    msgStreamType: 'pulsar',
    pulsar: { ...v.pulsar, inCluster: { ...v.pulsar.inCluster, chartVersion: 'pulsar-v2' } },
  }));

describe('the help of each field on the Helm target', () => {
  it("an external Pulsar's settings name externalPulsar's keys, and the token names the install command", () => {
    const help = helmFieldHelp(
      helm((v) => ({
        ...v,
        mode: 'cluster',
        msgStreamType: 'pulsar',
        pulsar: { ...v.pulsar, external: true, endpoint: 'pulsar.example:6650', authPlugin: 'token' },
      })),
    );
    expect(help.get('pulsar.tenant')).toMatch(/^externalPulsar\.tenant: the Pulsar tenant/);
    expect(help.get('pulsar.endpoint')).toContain('externalPulsar.host and externalPulsar.port');
    expect(help.get('pulsar.endpoint')).not.toContain('port 80');
    expect(help.get('pulsar.authParams')).toBe(
      'Never in values.yaml: the install command passes it with --set-string externalPulsar.authParams from $PULSAR_AUTH_PARAMS.',
    );
    expect(help.get('pulsar.external')).toContain('the chart deploy its Pulsar subchart');
  });

  it("an in-cluster Pulsar's settings name the subchart the values enable (pulsarv3, or pulsar for Pulsar 2)", () => {
    const v3 = helmFieldHelp(helm((v) => ({ ...v, mode: 'cluster', msgStreamType: 'pulsar' })));
    expect(v3.get('pulsar.inCluster.brokerReplicas')).toBe('pulsarv3.broker.replicaCount.');
    const v2 = helmFieldHelp(pulsar2InCluster());
    expect(v2.get('pulsar.inCluster.brokerReplicas')).toBe('pulsar.broker.replicaCount.');
  });

  it("settings the chart has no key for say they go into extraConfigFiles.user.yaml, under milvus.yaml's key", () => {
    const help = helmFieldHelp(helm((v) => ({ ...v, msgStreamType: 'natsmq', milvusVersion: '2.5' })));
    expect(help.get('natsmq.server.port')).toBe(
      'Port the embedded NATS server listens on. Default 4222. In extraConfigFiles.user.yaml: natsmq.server.port.',
    );
    expect(help.get('natsmq.persistence.enabled')).toContain("the chart's default is on");
    expect(help.get('natsmq.persistence.storageSize')).toContain(
      'standalone.persistence.persistentVolumeClaim.size',
    );
  });

  it('for any valid values, no help on the Helm target names the manifest or the operator', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), (values) => {
        const v = { ...values, target: 'helm' as const };
        for (const [field, help] of helmFieldHelp(v)) {
          // A field the chart cannot hold is disabled, with the reason beside it.
          if (HELM_UNSUPPORTED[field]) continue;
          expect(help, field).not.toMatch(
            /spec\.(config|dependencies)|inCluster\.values|the operator|\(persistentVolumeClaim/,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the settings' group legends on the Helm target", () => {
  const legends = (v: WizardValues) =>
    new Map([...helmFieldHelp(v)].filter(([key]) => key.startsWith('legend:')));

  it('name the subchart an in-cluster Pulsar runs in (pulsarv3, or pulsar for Pulsar 2)', () => {
    const v3 = helmFieldHelp(helm((v) => ({ ...v, mode: 'cluster', msgStreamType: 'pulsar' })));
    expect(v3.get(legendKey('release'))).toBe('Release (pulsarv3 subchart)');
    expect(v3.get(legendKey('replicas'))).toBe('Replicas (pulsarv3.*.replicaCount)');
    const v2 = helmFieldHelp(pulsar2InCluster());
    expect(v2.get(legendKey('broker'))).toBe('Broker (pulsar.broker.configData)');
  });

  it("put an external Kafka's security under externalKafka, and Milvus's own settings in user.yaml", () => {
    const kafka = (external: boolean) =>
      helmFieldHelp(
        helm((v) => ({ ...v, mode: 'cluster', msgStreamType: 'kafka', kafka: { ...v.kafka, external } })),
      );
    expect(kafka(true).get(legendKey('kafkaSecurity'))).toBe('Security (externalKafka)');
    expect(kafka(false).get(legendKey('kafkaSecurity'))).toBe(
      'Security (kafka, in extraConfigFiles.user.yaml)',
    );
    expect(kafka(true).get(legendKey('kafkaClient'))).toBe('Client (kafka, in extraConfigFiles.user.yaml)');
  });

  it('cover every legend the settings step names a manifest place in', () => {
    const dir = fileURLToPath(new URL('../../../pages/wizard/steps/settings/', import.meta.url));
    const written = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<GroupLegend legend="([^"]+)"/g)])
      .map((m) => m[1]!);
    expect(written.length).toBeGreaterThan(5);
    const known = legends(helm((v) => v));
    for (const legend of written) {
      expect(legend in SETTINGS_LEGENDS, legend).toBe(true);
      expect(known.has(legendKey(legend as SettingsLegend)), legend).toBe(true);
    }
  });
});
