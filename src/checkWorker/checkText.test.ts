// What the check page's worker reads a text as: Auto decides as `milvus-mq check` does, the switch
// forces, and Helm values are judged by the Helm front end for the chart version chosen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from './checkText.ts';
import { applyFixes, safeFixes } from '../model/operator/checker/index.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/helm/${name}`, 'utf-8');
const EXTERNAL_PULSAR = fixture('issue-helm-116-external-pulsar.yaml');
const MANIFEST = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo
spec:
  mode: standalone
`;

describe('the check page worker reads a text as the CLI does', () => {
  it('Auto reads a values file of the chart as Helm values and warns at the idle subchart’s line', () => {
    const checked = checkText(EXTERNAL_PULSAR, {}, { format: 'auto' });
    expect(checked.as).toBe('helm');
    expect(checked.diagnostics.map((d) => [d.code, d.line])).toEqual([['helm-idle-subchart', 3]]);
    expect(checked.diagnostics[0]!.fix?.title).toBe('Set pulsarv3.enabled: false');
  });

  it('the fix of the Helm warning applies to the text and the check is then clean', () => {
    const first = checkText(EXTERNAL_PULSAR, {}, { format: 'auto' });
    const fixed = applyFixes(
      EXTERNAL_PULSAR,
      first.diagnostics.flatMap((d) => (d.fix ? [{ documentIndex: d.documentIndex, fix: d.fix }] : [])),
    );
    expect(fixed).toMatch(/pulsarv3:\n\s+enabled: false/);
    expect(checkText(fixed, {}, { format: 'auto' }).diagnostics).toEqual([]);
    expect(safeFixes(first.diagnostics)).toEqual([]); // the fix changes what Helm deploys: not "safe"
  });

  it('What will run names the block that won and the config Milvus receives', () => {
    const checked = checkText(EXTERNAL_PULSAR, {}, { format: 'helm', chartVersion: '5.0.19' });
    if (checked.as !== 'helm') throw new Error('read as a manifest');
    expect(checked.chartVersion).toBe('5.0.19');
    const sections = checked.explanation?.sections ?? [];
    expect(sections.map((s) => s.id)).toEqual([
      'storage',
      'versions',
      'releases',
      'addresses',
      'changes',
      'deployment',
      'config',
    ]);
    expect(sections.find((s) => s.id === 'config')?.yaml).toMatch(/type: pulsar/);
    expect(sections.find((s) => s.id === 'releases')?.lines.join('\n')).toMatch(/pulsarv3.*idle/);
  });

  it('Auto keeps a manifest a manifest, and the switch forces either reading', () => {
    expect(checkText(MANIFEST, {}, { format: 'auto' }).as).toBe('manifest');
    const forced = checkText(EXTERNAL_PULSAR, {}, { format: 'manifest' });
    expect(forced.as).toBe('manifest');
    expect(forced.diagnostics.map((d) => d.code)).toContain('no-milvus-resource');
    expect(checkText(MANIFEST, {}, { format: 'helm' }).as).toBe('helm');
    // No choice at all (the wizard's operator preview): a manifest.
    expect(checkText(EXTERNAL_PULSAR).as).toBe('manifest');
  });

  it('the chart version chosen is the one the values are judged against', () => {
    // Chart 4.2.20 still defaults to Pulsar v2 (pulsar.enabled), so the idle subchart is another key.
    const old = checkText(EXTERNAL_PULSAR, {}, { format: 'helm', chartVersion: '4.2.20' });
    expect(old.diagnostics.map((d) => d.path)).toEqual(['pulsar.enabled']);
  });
});

describe("the wizard's Helm preview: what the install command passes from the environment counts as set", () => {
  const SASL = `cluster:
  enabled: true
pulsarv3:
  enabled: false
externalKafka:
  enabled: true
  brokerList: kafka-0.example:9092
  securityProtocol: SASL_SSL
  sasl:
    mechanisms: PLAIN
    username: milvus
`;
  const codes = (setFromEnv?: string[]) =>
    checkText(SASL, {}, { format: 'helm', chartVersion: '5.0.19', ...(setFromEnv && { setFromEnv }) })
      .diagnostics.filter((d) => d.severity !== 'info')
      .map((d) => d.code);

  it('the values file alone lacks the password; with the command’s --set-string it is clean', () => {
    expect(codes()).toContain('kafka-sasl-incomplete');
    expect(codes(['externalKafka.sasl.password'])).toEqual([]);
  });

  it('an error in the file itself still shows (a Pulsar 3 beside the external Kafka is deployed for nothing)', () => {
    const edited = SASL.replace('pulsarv3:\n  enabled: false', 'pulsarv3:\n  enabled: true');
    const checked = checkText(
      edited,
      {},
      {
        format: 'helm',
        chartVersion: '5.0.19',
        setFromEnv: ['externalKafka.sasl.password'],
      },
    );
    expect(checked.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['helm-idle-subchart', 4]);
  });
});
