/**
 * External message storage: the addresses the operator hands to Milvus. The admission webhook that
 * would refuse `external: true` without an address is off by default, so only this check catches
 * it before Milvus fails to start.
 */
import { isScalar } from 'yaml';
import type { Diagnostic, YamlPath } from '../../diagnostics.ts';
import { checkHostPort } from '../../endpoints.ts';
import type { MsgStreamType } from '../../support.ts';
import {
  ADDRESS_CHECKS,
  EXTERNAL_WITHOUT_BROKERS,
  EXTERNAL_WITHOUT_ENDPOINT,
  EXTERNAL_WITHOUT_POOLS,
  POOL_WITHOUT_SEEDS,
  type SharedCheck,
} from '../../policy/admissionRules.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';

/**
 * The operator does not deploy Milvus until its readiness check reaches the message storage
 * (pkg/controllers/msgstream.go): a scheme or a missing port keeps it from passing. Code, severity
 * and words come from the table the admission policy is generated from.
 */
interface Target {
  mq: 'pulsar' | 'kafka' | 'woodpecker';
  /** What the address is, for messages. */
  what: string;
  /** Port to suggest when one is missing. */
  usualPort: number;
  scheme: SharedCheck;
  noPort: SharedCheck;
}

const PULSAR: Target = { mq: 'pulsar', what: 'Pulsar endpoint', usualPort: 6650, ...ADDRESS_CHECKS.pulsar };
const KAFKA: Target = { mq: 'kafka', what: 'Kafka broker', usualPort: 9092, ...ADDRESS_CHECKS.kafka };
const WOODPECKER: Target = { mq: 'woodpecker', what: 'Woodpecker seed', usualPort: 18080, ...ADDRESS_CHECKS.woodpecker };

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
        severity: EXTERNAL_WITHOUT_ENDPOINT.severity,
        code: EXTERNAL_WITHOUT_ENDPOINT.code,
        message: EXTERNAL_WITHOUT_ENDPOINT.message('spec.dependencies.pulsar.external'),
        path: endpointPath,
        anchor: [...base, 'external'],
      }),
    );
  }
  if (typeof endpoint === 'string' && endpoint.trim() !== '') {
    out.push(...address(ctx, PULSAR, endpointPath, endpoint, 'spec.dependencies.pulsar.endpoint'));
    if (!external) out.push(notExternal(ctx, 'pulsar', 'endpoint', endpointPath));
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
        severity: EXTERNAL_WITHOUT_BROKERS.severity,
        code: EXTERNAL_WITHOUT_BROKERS.code,
        message: EXTERNAL_WITHOUT_BROKERS.message('spec.dependencies.kafka.external'),
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
    if (list.items.length > 0 && !external) out.push(notExternal(ctx, 'kafka', 'brokerList', listPath));
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
        severity: EXTERNAL_WITHOUT_POOLS.severity,
        code: EXTERNAL_WITHOUT_POOLS.code,
        message: EXTERNAL_WITHOUT_POOLS.message('spec.dependencies.woodpecker.external'),
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
          severity: POOL_WITHOUT_SEEDS.severity,
          code: POOL_WITHOUT_SEEDS.code,
          message: POOL_WITHOUT_SEEDS.message(`spec.dependencies.woodpecker.quorumBufferPools[${i}].seeds`),
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
          severity: target.scheme.severity,
          code: target.scheme.code,
          message: target.scheme.message(`${label} "${raw}"`),
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
          severity: target.noPort.severity,
          code: target.noPort.code,
          message: target.noPort.message(`${label} "${raw}"`),
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
