// diff --helm speaks of helm upgrade and the chart, never of the operator or kubectl apply: the
// shared change rules (../change/rules.ts) with the chart's words (diffWords.ts), on three
// representative upgrades. Sources as in diffWords.ts (chart 5.0.19's templates).
import { describe, expect, it } from 'vitest';
import { diffHelm } from './diff.ts';

const file = (name: string, text: string) => ({ kind: 'file' as const, name, text });
const tag = (v: string) => `image:\n  all:\n    tag: v${v}\n`;

function messages(oldValues: string, newValues: string): Record<string, string> {
  const r = diffHelm([file('old.yaml', oldValues)], [file('new.yaml', newValues)]);
  return Object.fromEntries(r.reports.flatMap((x) => x.diagnostics.map((d) => [d.code, d.message])));
}

const OPERATOR_WORDS = /operator|kubectl|msgStreamType|updateConfigMapOnly|apply this file|Applying it/;

describe('diff --helm words: helm upgrade and the chart', () => {
  it('a storage change (the bundled Kafka dropped, no --reuse-values) says what helm upgrade does with it', () => {
    const m = messages('pulsarv3:\n  enabled: false\nkafka:\n  enabled: true\n', tag('2.6.15'));
    const change = m['storage-change']!;
    expect(change).toMatch(
      /^This changes the message storage of a running Milvus from Kafka to Pulsar\. helm upgrade renders it/,
    );
    expect(change).toContain("without --reuse-values it starts from the chart's defaults");
    expect(change).toContain('the pods restart on pulsar at once');
    expect(change).toContain('helm upgrade with these values loses');
    expect(change).toContain('once its enabled key is false, helm upgrade deletes its pods');
    expect(m['helm-upgrade-resets']).toContain('kafka.enabled goes from true to false');
    for (const text of Object.values(m)) expect(text).not.toMatch(OPERATOR_WORDS);
  });

  it('a cluster crossing to 2.6 names streaming.enabled, the chart’s key for the streaming node', () => {
    const m = messages(tag('2.5.16'), tag('2.6.15'));
    const crossing = m['version-crossing']!;
    expect(crossing).toContain('The Milvus version changes from 2.5.16 to 2.6.15');
    expect(crossing).toContain('which the chart renders only with streaming.enabled: true');
    expect(crossing).not.toContain('standalone');
    for (const text of Object.values(m)) expect(text).not.toMatch(OPERATOR_WORDS);
  });

  it('a standalone crossing to 2.6 is told what this upgrade runs and why', () => {
    const standalone = 'cluster:\n  enabled: false\npulsarv3:\n  enabled: false\n';
    const r = diffHelm(
      [file('old.yaml', standalone + tag('2.5.16'))],
      [file('new.yaml', standalone + tag('2.6.15'))],
      {
        oldChartVersion: '4.2.58',
        newChartVersion: '5.0.19',
      },
    );
    const crossing = r.reports[0]!.diagnostics.find((d) => d.code === 'version-crossing')!.message;
    expect(crossing).toContain(
      "a standalone on chart 5.0's defaults runs Woodpecker; this upgrade runs rocksmq",
    );
    expect(crossing).not.toMatch(OPERATOR_WORDS);
  });

  it('a switch Milvus 3.0 supports (Pulsar to Woodpecker in a cluster) waits for its plan, then helm upgrade', () => {
    const m = messages(
      tag('3.0.1'),
      `pulsarv3:\n  enabled: false\nwoodpecker:\n  enabled: true\n${tag('3.0.1')}`,
    );
    expect(m['storage-change']).toContain(
      'Do not run helm upgrade with these values directly: follow the switch plan (switch first, then helm upgrade), or Milvus loses',
    );
    for (const text of Object.values(m)) expect(text).not.toMatch(OPERATOR_WORDS);
  });
});
