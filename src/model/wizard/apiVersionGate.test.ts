// The CRD converts v1alpha1 Milvus through the operator's webhook (charts/milvus-operator/templates/crds.yaml),
// which a default install does not run (charts/milvus-operator/values.yaml enableWebhook: false).
import { describe, expect, it } from 'vitest';
import { reconcileContext } from './contextChange.ts';
import { apiVersionSwitch, v1alpha1Refusal, withApiVersionGate } from './apiVersionGate.ts';
import { wizardDefaults } from './wizardDefaults.ts';

const legacy = (mode: 'standalone' | 'cluster') => ({
  ...wizardDefaults(),
  apiVersion: 'v1alpha1' as const,
  mode,
});

describe('the wizard writes v1alpha1 Milvus only for an operator with its webhook', () => {
  it('refuses standalone v1alpha1 without the webhook, with the API server as the reason', () => {
    expect(v1alpha1Refusal('standalone', false)).toMatch(
      /Refused by the API server on a default operator install/,
    );
    expect(v1alpha1Refusal('standalone', true)).toBeNull();
  });

  it('always allows MilvusCluster (cluster mode): its CRD has no conversion', () => {
    expect(v1alpha1Refusal('cluster', false)).toBeNull();
    expect(apiVersionSwitch(legacy('cluster'), false)).toBeNull();
  });

  it('switching to standalone with v1alpha1 and no webhook moves to v1beta1 and says why', () => {
    const result = reconcileContext(legacy('standalone'), { mode: 'cluster', milvusVersion: '2.6' });
    expect(result.changes).toContainEqual({ path: 'apiVersion', value: 'v1beta1' });
    expect(result.notices.at(-1)).toMatch(
      /from milvus.io\/v1alpha1 to milvus.io\/v1beta1.*refused by the API server/,
    );
  });

  it('keeps v1alpha1 in standalone when the operator runs its webhook', () => {
    const result = reconcileContext(
      legacy('standalone'),
      { mode: 'cluster', milvusVersion: '2.6' },
      { webhook: true },
    );
    expect(result.changes.filter((c) => c.path === 'apiVersion')).toEqual([]);
  });

  it('a draft of a standalone v1alpha1 Milvus opens as v1beta1 without the webhook, with a notice', () => {
    const session = { values: legacy('standalone'), notices: [], step: 0, reached: 0 };
    const gated = withApiVersionGate(session, false);
    expect(gated.values.apiVersion).toBe('v1beta1');
    expect(gated.notices).toMatchObject([{ tone: 'info', text: expect.stringMatching(/v1beta1/) }]);
    expect(withApiVersionGate(session, true)).toBe(session);
  });

  it('never rewrites the user’s own YAML text (the checker reports it instead)', () => {
    const session = {
      values: legacy('standalone'),
      yamlText: 'apiVersion: milvus.io/v1alpha1\n',
      notices: [],
    };
    expect(withApiVersionGate(session, false)).toBe(session);
  });
});
