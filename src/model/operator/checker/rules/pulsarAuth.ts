/**
 * spec.config.pulsar.authPlugin without authParams: the condition is the shared predicate
 * (whatRuns/predicates/pulsarAuth.ts), which the Helm front end asks through the judge. Milvus reads
 * both from milvus.yaml's pulsar section, which the operator renders from spec.config as written
 * (milvus-operator v1.3.8 pkg/external/pulsar.go reads authPlugin from the same section).
 */
import { CONFIG } from '../context.ts';
import type { Rule } from './types.ts';
import {
  pulsarAuthWithoutParams,
  pulsarAuthWithoutParamsMessage,
} from '../../../whatRuns/predicates/pulsarAuth.ts';

const PULSAR = [...CONFIG, 'pulsar'];

export const pulsarAuthRule: Rule = (ctx) => {
  if (ctx.storage.invalid || ctx.storage.type !== 'pulsar') return [];
  const plugin = ctx.value([...PULSAR, 'authPlugin']);
  if (!pulsarAuthWithoutParams(plugin, ctx.value([...PULSAR, 'authParams']))) return [];
  return [
    ctx.report({
      severity: 'warning',
      code: 'pulsar-auth-without-params',
      message: pulsarAuthWithoutParamsMessage(
        'spec.config.pulsar.authPlugin',
        'spec.config.pulsar.authParams',
        plugin,
      ),
      path: [...PULSAR, 'authPlugin'],
      part: 'value',
    }),
  ];
};
