import { describe, expect, it } from 'vitest';
import { check, milvus, withCode } from '../testing.ts';

function pulsar(config: string): string {
  return milvus(
    `mode: cluster\nconfig:\n  pulsar:\n${config
      .split('\n')
      .map((l) => `    ${l}`)
      .join(
        '\n',
      )}\ndependencies:\n  msgStreamType: pulsar\n  pulsar:\n    external: true\n    endpoint: pulsar.example:6650`,
  );
}

describe('Pulsar authentication in a manifest (whatRuns/judge.ts through rules/milvusJudgement.ts)', () => {
  it('an authPlugin without authParams is a warning on the plugin', () => {
    const text = pulsar('authPlugin: org.apache.pulsar.client.impl.auth.AuthenticationToken');
    const [d] = withCode(check(text), 'pulsar-auth-without-params');
    expect(d?.severity).toBe('warning');
    expect(text.split('\n')[d!.line - 1]).toContain('authPlugin:');
    expect(d!.message).toContain('spec.config.pulsar.authParams is empty');
  });

  it('an empty authParams counts as none', () => {
    expect(
      withCode(check(pulsar('authPlugin: token\nauthParams: ""')), 'pulsar-auth-without-params'),
    ).toHaveLength(1);
  });

  it("the operator's own sample (a token file from a Secret) and the wizard's placeholder are fine", () => {
    for (const params of ['file:/milvus/pulsar/token', "'${PULSAR_AUTH_PARAMS}'"])
      expect(
        withCode(check(pulsar(`authPlugin: token\nauthParams: ${params}`)), 'pulsar-auth-without-params'),
      ).toEqual([]);
  });

  it('no plugin, no finding; and not on another storage', () => {
    expect(withCode(check(pulsar('tenant: milvus')), 'pulsar-auth-without-params')).toEqual([]);
    const kafka = milvus(
      'mode: cluster\nconfig:\n  pulsar:\n    authPlugin: token\ndependencies:\n  msgStreamType: kafka\n  kafka:\n    external: true\n    brokerList: [k0:9092]',
    );
    expect(withCode(check(kafka), 'pulsar-auth-without-params')).toEqual([]);
  });
});
