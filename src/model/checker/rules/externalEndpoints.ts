/**
 * External message storage: the addresses the operator hands to Milvus. The admission webhook that
 * would refuse `external: true` without an address is off by default, so only this check catches
 * it before Milvus fails to start.
 */
import { isScalar } from 'yaml';
import type { Diagnostic, YamlPath } from '../../diagnostics.ts';
import { checkHostPort } from '../../endpoints.ts';
import type { MsgStreamType } from '../../support.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';
import { namespaceOf, operatorAddress } from '../../live/operatorAddresses.ts';

const WEBHOOK = 'The admission webhook that would refuse this is off by default in operator installs.';

interface Target {
  mq: MsgStreamType;
  /** What the address is, for messages. */
  what: string;
  /** Port to suggest when one is missing. */
  usualPort: number;
  /** What a missing port means. */
  noPort: string;
  /** A scheme is an error (Pulsar: the operator adds its own) or a warning. */
  schemeSeverity: 'error' | 'warning';
  schemeConsequence: string;
}

const PULSAR: Target = {
  mq: 'pulsar',
  what: 'Pulsar endpoint',
  usualPort: 6650,
  noPort: 'the operator then uses port 80, where Pulsar does not listen (its usual port is 6650)',
  schemeSeverity: 'error',
  schemeConsequence:
    'the operator prepends pulsar:// itself, so Milvus gets a doubled scheme and cannot connect',
};

const KAFKA: Target = {
  mq: 'kafka',
  what: 'Kafka broker',
  usualPort: 9092,
  noPort: 'write the port the broker listens on (usually 9092)',
  schemeSeverity: 'warning',
  schemeConsequence:
    'brokerList takes host:port, which Milvus passes to its Kafka client as the bootstrap servers',
};

const WOODPECKER: Target = {
  mq: 'woodpecker',
  what: 'Woodpecker seed',
  usualPort: 18080,
  noPort: 'the Woodpecker service listens on port 18080',
  schemeSeverity: 'error',
  schemeConsequence: 'seeds are host:port',
};

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

/** The address the operator itself wrote back for its in-cluster service (a live object has it). */
function isOperatorAddress(ctx: CheckContext, service: 'pulsar' | 'kafka', address: string): boolean {
  const name = ctx.value(['metadata', 'name']);
  if (typeof name !== 'string') return false;
  return address.trim() === operatorAddress(service, name, namespaceOf(ctx.value(['metadata', 'namespace'])));
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
        message: `spec.dependencies.pulsar.external is true but endpoint is not set: Milvus has no Pulsar to connect to and fails at start. ${WEBHOOK} Set endpoint: host:port.`,
        path: endpointPath,
        anchor: [...base, 'external'],
      }),
    );
  }
  if (typeof endpoint === 'string' && endpoint.trim() !== '') {
    out.push(...address(ctx, PULSAR, endpointPath, endpoint, 'spec.dependencies.pulsar.endpoint'));
    if (!external && !isOperatorAddress(ctx, 'pulsar', endpoint))
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
        message: `spec.dependencies.kafka.external is true but brokerList is empty: Milvus has no Kafka to connect to and fails at start. ${WEBHOOK} Set brokerList to the brokers' host:port.`,
        path: listPath,
        anchor: [...base, 'external'],
      }),
    );
  }
  if (list) {
    list.items.forEach((item, i) => {
      const value = ctx.resolver.scalar(item);
      if (typeof value === 'string')
        out.push(...address(ctx, KAFKA, [...listPath, i], value, `spec.dependencies.kafka.brokerList[${i}]`));
    });
    const onlyOperators =
      list.items.length === 1 && isOperatorAddress(ctx, 'kafka', String(ctx.resolver.scalar(list.items[0]) ?? ''));
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
        message: `spec.dependencies.woodpecker.external is true but quorumBufferPools is empty: the Woodpecker service mode has no pool to write to. ${WEBHOOK} Add pools with a name and seeds (host:18080).`,
        path: poolsPath,
        anchor: [...base, 'external'],
      }),
    );
  }
  if (!pools) return out;
  pools.items.forEach((_pool, i) => {
    const seedsPath = [...poolsPath, i, 'seeds'];
    const seeds = ctx.resolver.seq(ctx.node(seedsPath));
    if (seeds && seeds.items.length === 0) {
      out.push(
        ctx.report({
          severity: 'error',
          code: 'pool-without-seeds',
          message: `spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds is empty: the pool has no Woodpecker node to reach. Add host:18080 addresses.`,
          path: seedsPath,
        }),
      );
    }
    seeds?.items.forEach((item, j) => {
      const value = ctx.resolver.scalar(item);
      if (typeof value === 'string') {
        out.push(
          ...address(
            ctx,
            WOODPECKER,
            [...seedsPath, j],
            value,
            `spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds[${j}]`,
          ),
        );
      }
    });
  });
  if (pools.items.length > 0 && !external)
    out.push(notExternal(ctx, 'woodpecker', 'quorumBufferPools', poolsPath));
  return out;
}

/** One host:port address, with the problems checkHostPort finds, worded for where it sits. */
function address(
  ctx: CheckContext,
  target: Target,
  path: YamlPath,
  raw: string,
  label: string,
): Diagnostic[] {
  const check = checkHostPort(raw, label);
  if (check.ok) return [];
  const node = ctx.node(path);
  const isPlain = isScalar(node);
  switch (check.kind) {
    case 'scheme':
      return [
        ctx.report({
          severity: target.schemeSeverity,
          code: 'endpoint-scheme',
          message: `${label} "${raw}" has a scheme: ${target.schemeConsequence}. Write only host:port.`,
          path,
          part: 'value',
          fix: isPlain
            ? {
                title: `Write ${check.withoutScheme}`,
                safe: true,
                edits: [{ op: 'set', path, value: check.withoutScheme }],
              }
            : undefined,
        }),
      ];
    case 'no-port':
      return [
        ctx.report({
          severity: target.mq === 'woodpecker' ? 'error' : 'warning',
          code: 'endpoint-no-port',
          message: `${label} "${raw}" has no port: ${target.noPort}.`,
          path,
          part: 'value',
          fix: isPlain
            ? {
                title: `Write ${raw.trim()}:${target.usualPort}`,
                safe: false,
                edits: [{ op: 'set', path, value: `${raw.trim()}:${target.usualPort}` }],
              }
            : undefined,
        }),
      ];
    case 'bad-port':
      return [
        ctx.report({
          severity: 'error',
          code: 'endpoint-port',
          message: `${check.message} Milvus cannot connect to the ${target.what}.`,
          path,
          part: 'value',
        }),
      ];
    case 'empty':
    case 'format':
      return [
        ctx.report({
          severity: 'error',
          code: 'endpoint-format',
          message: `${check.message} The ${target.what} must be host:port${target.mq === 'pulsar' ? ' (ONE address)' : ''}, or Milvus cannot connect.`,
          path,
          part: 'value',
        }),
      ];
  }
}
