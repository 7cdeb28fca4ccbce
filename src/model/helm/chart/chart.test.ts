import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  CHART_VERSIONS,
  NEWEST_CHART,
  chartDefault,
  chartVersion,
  compareChartVersions,
  newerChartWithKey,
} from './versions.ts';
import { HelmValuesSchema } from './valuesSchema.ts';

// The facts below were read by hand in zilliztech/milvus-helm (charts/milvus/values.yaml,
// templates/config.tpl, templates/_helpers.tpl at each named tag); the data must agree.
describe('chart versions read from the mirror', () => {
  it('covers 4.2.0 to 5.0.19, oldest first, each with its tag and commit', () => {
    expect(CHART_VERSIONS[0].version).toBe('4.2.0');
    expect(NEWEST_CHART.version).toBe('5.0.19');
    expect(NEWEST_CHART.appVersion).toBe('2.6.15');
    expect(NEWEST_CHART.commit.startsWith('9832476')).toBe(true);
    for (let i = 1; i < CHART_VERSIONS.length; i++)
      expect(compareChartVersions(CHART_VERSIONS[i - 1].version, CHART_VERSIONS[i].version)).toBeLessThan(0);
  });

  it('pulsarv3 is absent before 4.2.21, off at 4.2.21, on (and Pulsar v2 off) from 4.2.27', () => {
    expect(chartDefault(chartVersion('4.2.20')!, 'pulsarv3.enabled')).toBeUndefined();
    expect(chartDefault(chartVersion('4.2.20')!, 'pulsar.enabled')).toBe(true);
    expect(chartDefault(chartVersion('4.2.21')!, 'pulsarv3.enabled')).toBe(false);
    expect(chartDefault(chartVersion('4.2.27')!, 'pulsarv3.enabled')).toBe(true);
    expect(chartDefault(chartVersion('4.2.27')!, 'pulsar.enabled')).toBe(false);
  });

  it('5.0.0 makes Woodpecker the standalone default, turns streaming on and keeps an earlier RocksMQ on upgrade (_helpers.tpl)', () => {
    expect(chartDefault(chartVersion('4.2.58')!, 'standalone.messageQueue')).toBe('rocksmq');
    const c = chartVersion('milvus-5.0.0')!;
    expect(chartDefault(c, 'standalone.messageQueue')).toBe('woodpecker');
    expect(chartDefault(c, 'streaming.enabled')).toBe(true);
    expect(c.blocks.standalone.keepsEarlierMqOnUpgrade).toBe(true);
    expect(chartVersion('4.2.58')!.blocks.standalone.keepsEarlierMqOnUpgrade).toBe(false);
  });

  it("config.tpl's branches: 4.2.42 writes Woodpecker and pulsarv3 only in cluster and standalone woodpecker; 4.2.43 drops both", () => {
    const bug = chartVersion('4.2.42')!.blocks;
    expect(bug.pulsarSide.map((b) => `${b.flag}${b.clusterOnly ? '(cluster)' : ''}`)).toEqual([
      'externalPulsar',
      'pulsar',
      'woodpecker(cluster)',
      'pulsarv3(cluster)',
    ]);
    expect(bug.standalone.messageQueues).toEqual(['rocksmq', 'natsmq', 'woodpecker']);
    const fixed = chartVersion('4.2.43')!.blocks;
    expect(fixed.pulsarSide.every((b) => !b.clusterOnly)).toBe(true);
    expect(fixed.standalone.messageQueues).toEqual(['rocksmq', 'natsmq']);
    expect(NEWEST_CHART.blocks.kafkaSide.map((b) => b.flag)).toEqual(['externalKafka', 'kafka']);
  });

  it('Woodpecker service mode arrives at 5.0.8 (milvus.woodpecker.external.enabled)', () => {
    expect(chartVersion('5.0.7')!.woodpeckerService).toBe(false);
    expect(chartVersion('5.0.8')!.woodpeckerService).toBe(true);
  });

  it('names the first newer version that has a top-level key, for every version and key', () => {
    // pulsarv3 arrived at 4.2.21: values for it judged against 4.2.20 name that version.
    expect(newerChartWithKey(chartVersion('4.2.20')!, 'pulsarv3')?.version).toBe('4.2.21');
    expect(newerChartWithKey(NEWEST_CHART, 'pulsarv3')).toBeUndefined();
    expect(newerChartWithKey(CHART_VERSIONS[0], 'component0')).toBeUndefined();
    // The answer of a scan of every version, which it replaces (one per key was most of a wide values check).
    const keys = [...new Set(CHART_VERSIONS.flatMap((c) => c.topLevelKeys))];
    for (const chart of CHART_VERSIONS)
      for (const key of keys)
        expect(newerChartWithKey(chart, key)).toBe(
          CHART_VERSIONS.find(
            (c) => compareChartVersions(c.version, chart.version) > 0 && c.topLevelKeys.includes(key),
          ),
        );
  });

  it('unknown versions are undefined, not the newest', () => {
    expect(chartVersion('5.0.18')).toBeUndefined();
    expect(chartVersion('9.9.9')).toBeUndefined();
  });
});

describe('the message-storage keys schema', () => {
  it("carries the newest chart's defaults in its JSON Schema", () => {
    const json = z.toJSONSchema(HelmValuesSchema, { unrepresentable: 'any' }) as {
      properties: Record<string, { properties: Record<string, { default?: unknown; description?: string }> }>;
    };
    expect(json.properties.pulsarv3.properties.enabled.default).toBe(true);
    expect(json.properties.standalone.properties.messageQueue.default).toBe('woodpecker');
    expect(json.properties.externalKafka.properties.securityProtocol.description).toMatch(/SASL_SSL/);
  });

  it('refuses a misspelt key in a map the chart owns whole, accepts other keys elsewhere', () => {
    expect(HelmValuesSchema.safeParse({ externalPulsar: { enabled: true, hots: 'x' } }).success).toBe(false);
    expect(HelmValuesSchema.safeParse({ streaming: { woodpecker: { embeded: false } } }).success).toBe(false);
    expect(
      HelmValuesSchema.safeParse({ pulsarv3: { enabled: true, bookkeeper: { replicaCount: 3 } }, attu: {} })
        .success,
    ).toBe(true);
  });
});
