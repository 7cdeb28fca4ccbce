import { describe, expect, it } from 'vitest';
import { valuesFor } from '../testing/valuesArbitrary.ts';
import { manifestEnvSecrets, operatorApplyCommand } from './applyCommand.ts';

const pulsar = () =>
  valuesFor({ mode: 'cluster', minor: '2.6', mq: 'pulsar', external: true, api: 'v1beta1' });

describe('the operator apply command', () => {
  it('is plain kubectl apply without a secret to fill in', () => {
    expect(operatorApplyCommand({ ...pulsar(), namespace: 'vectors' })).toBe(
      'kubectl apply -f milvuscluster.yaml -n vectors',
    );
  });

  it("fills Pulsar's authParams in from $PULSAR_AUTH_PARAMS with envsubst, and stops without it", () => {
    const v = pulsar();
    v.pulsar.authPlugin = 'token';
    v.pulsar.authParams = 'token:typed-in-the-form';
    expect(manifestEnvSecrets(v)).toEqual(['PULSAR_AUTH_PARAMS']);
    const command = operatorApplyCommand(v);
    expect(command).toBe(
      [
        ': "${PULSAR_AUTH_PARAMS:?set PULSAR_AUTH_PARAMS first}" && \\',
        "  envsubst '${PULSAR_AUTH_PARAMS}' < milvuscluster.yaml | kubectl apply -f -",
      ].join('\n'),
    );
    // What the form holds never goes into the command either.
    expect(command).not.toContain('typed-in-the-form');
  });
});
