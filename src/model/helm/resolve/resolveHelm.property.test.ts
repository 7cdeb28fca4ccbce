// The resolution against a small, independent re-statement of config.tpl's precedence (DOMAIN.md
// §10, read in templates/config.tpl at 4.2.0, 4.2.21, 4.2.42, 4.2.43, 5.0.0 and 5.0.19), written
// with version comparisons instead of the generated branch data: any disagreement is a bug in one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_VERSIONS, chartDefault, compareChartVersions } from '../chart/versions.ts';
import type { ChartVersionFacts } from '../chart/types.ts';
import { readValuesFile } from '../read/sources.ts';
import { resolveHelm } from './resolveHelm.ts';
import { stringify } from 'yaml';

type Flag = boolean | undefined;
interface Case {
  chart: ChartVersionFacts;
  cluster: Flag;
  messageQueue: string | undefined;
  flags: Record<'pulsar' | 'pulsarv3' | 'kafka' | 'woodpecker' | 'externalPulsar' | 'externalKafka', Flag>;
}

const at = (c: ChartVersionFacts, v: string) => compareChartVersions(c.version, v) >= 0;

function expected(k: Case): string {
  const chart = k.chart;
  const on = (flag: keyof Case['flags']) => k.flags[flag] ?? chartDefault(chart, `${flag}.enabled`) === true;
  const cluster = k.cluster ?? chartDefault(chart, 'cluster.enabled') === true;
  const mq = k.messageQueue ?? String(chartDefault(chart, 'standalone.messageQueue'));
  const is4242 = chart.version === '4.2.42';
  let a: string | null = null;
  if (on('externalPulsar') || on('pulsar')) a = 'pulsar';
  else if (at(chart, '4.2.42') && on('woodpecker') && (!is4242 || cluster)) a = 'woodpecker';
  else if (at(chart, '4.2.21') && on('pulsarv3') && (!is4242 || cluster)) a = 'pulsar';
  const b = on('externalKafka') || on('kafka') ? 'kafka' : null;
  const cValues = ['rocksmq', 'natsmq', ...(is4242 || at(chart, '5.0.0') ? ['woodpecker'] : [])];
  const c = !cluster && cValues.includes(mq) ? mq : null;
  return c ?? b ?? a ?? (cluster ? 'pulsar' : 'rocksmq');
}

const flag = fc.constantFrom<Flag>(true, false, undefined);
const caseArb: fc.Arbitrary<Case> = fc.record({
  chart: fc.constantFrom(...CHART_VERSIONS),
  cluster: flag,
  messageQueue: fc.constantFrom(
    undefined,
    'rocksmq',
    'natsmq',
    'pulsar',
    'kafka',
    'woodpecker',
    'Woodpecker',
    '',
  ),
  flags: fc.record({
    pulsar: flag,
    pulsarv3: flag,
    kafka: flag,
    woodpecker: flag,
    externalPulsar: flag,
    externalKafka: flag,
  }),
});

function valuesOf(k: Case): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  if (k.cluster !== undefined) v.cluster = { enabled: k.cluster };
  if (k.messageQueue !== undefined) v.standalone = { messageQueue: k.messageQueue };
  for (const [key, value] of Object.entries(k.flags)) if (value !== undefined) v[key] = { enabled: value };
  return v;
}

describe("the Helm resolution agrees with config.tpl's precedence", () => {
  it('for random enabled flags × mode × messageQueue × externals × chart version', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const read = readValuesFile('values.yaml', stringify(valuesOf(k)));
        const r = resolveHelm([read], k.chart);
        expect(r.whatRuns.storage.type).toBe(expected(k));
        // What Milvus receives says the same.
        expect(
          (r.config.mq as { type?: string } | undefined)?.type ??
            (r.mode === 'cluster' ? 'pulsar' : 'rocksmq'),
        ).toBe(expected(k));
      }),
      { numRuns: 400 },
    );
  });
});
