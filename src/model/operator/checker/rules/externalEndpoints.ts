/**
 * External message storage: the addresses the operator hands to Milvus. The admission webhook that
 * would refuse `external: true` without an address is off by default, so only this check catches
 * it before Milvus fails to start.
 */
import { formatPath, type Diagnostic, type YamlPath } from '../../../findings/diagnostics.ts';
import type { MsgStreamType } from '../../../facts/support.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';
import { POOL_WITHOUT_NAME } from '../../../whatRuns/predicates/addresses.ts';

import {
  EXTERNAL_WITHOUT_BROKERS,
  EXTERNAL_WITHOUT_ENDPOINT,
  EXTERNAL_WITHOUT_POOLS,
  POOL_WITHOUT_SEEDS,
  WEBHOOK,
} from '../../../findings/sharedChecks.ts';

// The words of the checks the admission policy makes too come from its table (policy/admissionRules.ts).

/** What a missing address leads to, with the webhook on or off (apis/milvus.io/v1beta1/milvus_webhook.go validateExternal). */
function missingConsequence(ctx: CheckContext, what: string): string {
  return ctx.options.webhook
    ? `the API server refuses the resource: the operator's validating webhook requires ${what} when external is true.`
    : `${WEBHOOK}`;
}

export const externalEndpointsRule: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  switch (ctx.storage.type) {
    case 'pulsar':
      out.push(...pulsar(ctx));
      break;
    case 'kafka':
      out.push(...kafka(ctx));
      break;
    case 'woodpecker':
      out.push(...woodpecker(ctx));
      break;
    default:
      break;
  }
  return out;
};

function isExternal(ctx: CheckContext, mq: MsgStreamType): boolean {
  return ctx.value([...DEPENDENCIES, mq, 'external']) === true;
}

/**
 * The address the operator itself writes back for the storage it installs (a live object holds
 * it): not a setting of the user's, so not a sign of a forgotten `external: true`.
 */
function isOperatorAddress(ctx: CheckContext, address: string): boolean {
  return ctx.resolved.addresses.some((a) => a.inCluster && a.raw === address.trim());
}

function notExternal(ctx: CheckContext, mq: MsgStreamType, field: string, path: YamlPath): Diagnostic {
  return ctx.report({
    severity: 'warning',
    code: 'endpoint-without-external',
    message: `spec.dependencies.${mq}.${field} is set but external is not true: the operator ignores it and installs its own ${mq === 'pulsar' ? 'Pulsar' : mq === 'kafka' ? 'Kafka' : 'Woodpecker'} ${mq === 'woodpecker' ? '(embedded)' : 'in the cluster'}.`,
    path,
    fix: {
      title: `Set spec.dependencies.${mq}.external: true`,
      safe: false,
      edits: [{ op: 'set', path: [...DEPENDENCIES, mq, 'external'], value: true }],
    },
  });
}

function pulsar(ctx: CheckContext): Diagnostic[] {
  const base = [...DEPENDENCIES, 'pulsar'];
  const out: Diagnostic[] = [];
  const endpointPath = [...base, 'endpoint'];
  const endpoint = ctx.value(endpointPath);
  const external = isExternal(ctx, 'pulsar');
  // `endpoints` (the docs' spelling) is reported as a pruned field with its own fix.
  const pruned = ctx.pair([...base, 'endpoints']) !== null;
  const missing = ctx.node(endpointPath) === null || endpoint === null || endpoint === '';
  if (external && missing && !pruned) {
    out.push(
      ctx.report({
        severity: 'error',
        code: 'external-without-endpoint',
        message: ctx.options.webhook
          ? `spec.dependencies.pulsar.external is true but endpoint is not set: ${missingConsequence(ctx, 'endpoint')} Set endpoint: host:port.`
          : EXTERNAL_WITHOUT_ENDPOINT.message('spec.dependencies.pulsar.external'),
        path: endpointPath,
        anchor: [...base, 'external'],
      }),
    );
  }
  if (typeof endpoint === 'string' && endpoint.trim() !== '') {
    // In-cluster, setDefaultMsgStreamConfigs overwrites the endpoint with its own service address.
    // An external one's shape is the judge's (rules/milvusJudgement.ts).
    if (!external && !isOperatorAddress(ctx, endpoint))
      out.push(notExternal(ctx, 'pulsar', 'endpoint', endpointPath));
  }
  return out;
}

function kafka(ctx: CheckContext): Diagnostic[] {
  const base = [...DEPENDENCIES, 'kafka'];
  const listPath = [...base, 'brokerList'];
  const out: Diagnostic[] = [];
  const list = ctx.resolver.seq(ctx.node(listPath));
  const external = isExternal(ctx, 'kafka');
  const pruned = ctx.pair([...base, 'brokers']) !== null;
  const wrongType = ctx.node(listPath) !== null && !list && ctx.value(listPath) !== null;
  if (external && (!list || list.items.length === 0) && !pruned && !wrongType) {
    out.push(
      ctx.report({
        severity: 'error',
        code: 'external-without-brokers',
        message: ctx.options.webhook
          ? `spec.dependencies.kafka.external is true but brokerList is empty: ${missingConsequence(ctx, 'brokerList')} Set brokerList to the brokers' host:port.`
          : EXTERNAL_WITHOUT_BROKERS.message('spec.dependencies.kafka.external'),
        path: listPath,
        anchor: [...base, 'external'],
      }),
    );
  }
  if (list) {
    // Each external broker's shape is the judge's (rules/milvusJudgement.ts).
    const onlyOperators =
      list.items.length === 1 && isOperatorAddress(ctx, String(ctx.resolver.scalar(list.items[0]) ?? ''));
    if (list.items.length > 0 && !external && !onlyOperators)
      out.push(notExternal(ctx, 'kafka', 'brokerList', listPath));
  }
  return out;
}

function woodpecker(ctx: CheckContext): Diagnostic[] {
  const base = [...DEPENDENCIES, 'woodpecker'];
  const poolsPath = [...base, 'quorumBufferPools'];
  const out: Diagnostic[] = [];
  const pools = ctx.resolver.seq(ctx.node(poolsPath));
  const external = isExternal(ctx, 'woodpecker');
  if (external && (!pools || pools.items.length === 0)) {
    out.push(
      ctx.report({
        severity: 'error',
        code: 'external-without-pools',
        message: ctx.options.webhook
          ? `spec.dependencies.woodpecker.external is true but quorumBufferPools is empty: ${missingConsequence(ctx, 'quorumBufferPools')} Add pools with a name and seeds (host:18080).`
          : EXTERNAL_WITHOUT_POOLS.message('spec.dependencies.woodpecker.external'),
        path: poolsPath,
        anchor: [...base, 'external'],
      }),
    );
  }
  if (!pools) return out;
  pools.items.forEach((_pool, i) => {
    const namePath = [...poolsPath, i, 'name'];
    const name = ctx.value(namePath);
    if (
      external &&
      (name === undefined || name === null || (typeof name === 'string' && name.trim() === ''))
    ) {
      out.push(
        ctx.report({
          severity: POOL_WITHOUT_NAME.severity,
          code: POOL_WITHOUT_NAME.code,
          message: POOL_WITHOUT_NAME.message(formatPath(namePath)),
          path: namePath,
          anchor: ctx.node(namePath) === null ? [...poolsPath, i] : namePath,
        }),
      );
    }
    const seedsPath = [...poolsPath, i, 'seeds'];
    const seeds = ctx.resolver.seq(ctx.node(seedsPath));
    if (seeds && seeds.items.length === 0) {
      out.push(
        ctx.report({
          severity: 'error',
          code: 'pool-without-seeds',
          message: POOL_WITHOUT_SEEDS.message(`spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds`),
          path: seedsPath,
        }),
      );
    }
  });
  if (pools.items.length > 0 && !external)
    out.push(notExternal(ctx, 'woodpecker', 'quorumBufferPools', poolsPath));
  return out;
}
