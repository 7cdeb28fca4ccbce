/**
 * External message storage: the addresses the operator hands to Milvus. The admission webhook that
 * would refuse `external: true` without an address is off by default, so only this check catches
 * it before Milvus fails to start.
 */
import { isScalar } from 'yaml';
import { formatPath, type Diagnostic, type YamlPath } from '../../diagnostics.ts';
import { checkHostPort } from '../../endpoints.ts';
import type { MsgStreamType } from '../../support.ts';
import { DEPENDENCIES, type CheckContext } from '../context.ts';
import type { Rule } from './types.ts';

import {
  ADDRESS_SHAPE_CHECKS,
  ADDRESS_WHY,
  EXTERNAL_WITHOUT_BROKERS,
  EXTERNAL_WITHOUT_ENDPOINT,
  EXTERNAL_WITHOUT_POOLS,
  POOL_WITHOUT_SEEDS,
  WEBHOOK,
  noPortMessage,
  schemeMessage,
} from '../../policy/admissionRules.ts';

// The words of the checks the admission policy makes too come from its table (policy/admissionRules.ts).

/** What a missing address leads to, with the webhook on or off (apis/milvus.io/v1beta1/milvus_webhook.go validateExternal). */
function missingConsequence(ctx: CheckContext, what: string): string {
  return ctx.options.webhook
    ? `the API server refuses the resource: the operator's validating webhook requires ${what} when external is true.`
    : `${WEBHOOK}`;
}

interface Target {
  mq: 'pulsar' | 'kafka' | 'woodpecker';
  /** Port to suggest when one is missing. */
  usualPort: number;
  /** What a missing port means. */
  noPort: string;
  noPortSeverity: 'error' | 'warning';
  /** A scheme is an error (Pulsar: the operator adds its own) or a warning. */
  schemeSeverity: 'error' | 'warning';
  schemeConsequence: string;
}

const PULSAR: Target = {
  mq: 'pulsar',
  usualPort: 6650,
  noPort: ADDRESS_WHY.pulsar.noPort,
  noPortSeverity: 'error',
  schemeSeverity: 'error',
  schemeConsequence: ADDRESS_WHY.pulsar.scheme,
};

const KAFKA: Target = {
  mq: 'kafka',
  usualPort: 9092,
  // segmentio/kafka-go's dialer (the operator's readiness check) and librdkafka (Milvus) both use 9092.
  noPort:
    "Milvus's Kafka client and the operator's readiness check then use port 9092 (kafka-go's dialer.go); write the port if the broker listens on another",
  noPortSeverity: 'warning',
  schemeSeverity: 'warning',
  schemeConsequence:
    'brokerList takes host:port, which Milvus passes to its Kafka client as the bootstrap servers',
};

const WOODPECKER: Target = {
  mq: 'woodpecker',
  usualPort: 18080,
  noPort: ADDRESS_WHY.woodpecker.noPort,
  noPortSeverity: 'error',
  schemeSeverity: 'error',
  schemeConsequence: ADDRESS_WHY.woodpecker.scheme,
};

/** apis/milvus.io/v1beta1/milvus_webhook.go validateExternal requires each pool's name. */
export const POOL_WITHOUT_NAME = {
  code: 'pool-without-name',
  severity: 'error',
  message: (s: string) =>
    `${s} is not set: each quorum buffer pool needs a name, and the operator's validating webhook refuses a pool without one. Name the pool.`,
} as const;

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
    if (external) out.push(...address(ctx, 'pulsar', endpointPath, endpoint, ADDRESS_LABEL.pulsar));
    else if (!isOperatorAddress(ctx, endpoint))
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
    // pkg/external/kafka.go CheckKafka: the check passes when a broker answers, so a bad broker
    // holds Milvus back only when no broker in the list can be dialled.
    const held = external && ctx.resolved.readiness.held.some((h) => h.path.length === listPath.length + 1);
    if (external) {
      list.items.forEach((item, i) => {
        const value = ctx.resolver.scalar(item);
        if (typeof value === 'string')
          out.push(...address(ctx, 'kafka', [...listPath, i], value, ADDRESS_LABEL.kafka(i), held));
      });
    }
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
    if (external)
      seeds?.items.forEach((item, j) => {
        const value = ctx.resolver.scalar(item);
        if (typeof value === 'string') {
          out.push(...address(ctx, 'woodpecker', [...seedsPath, j], value, ADDRESS_LABEL.woodpecker(i, j)));
        }
      });
  });
  if (pools.items.length > 0 && !external)
    out.push(notExternal(ctx, 'woodpecker', 'quorumBufferPools', poolsPath));
  return out;
}

export type AddressStorage = 'pulsar' | 'kafka' | 'woodpecker';

/** Where each address sits in the manifest: the checker's and the form's messages name it so. */
export const ADDRESS_LABEL = {
  pulsar: 'spec.dependencies.pulsar.endpoint',
  kafka: (i: number) => `spec.dependencies.kafka.brokerList[${i}]`,
  woodpecker: (pool: number, seed: number) =>
    `spec.dependencies.woodpecker.quorumBufferPools[${pool}].seeds[${seed}]`,
} as const;

/** What is wrong with one address, said once for the checker and the wizard's form. */
export interface AddressFinding {
  severity: 'error' | 'warning';
  code: 'endpoint-scheme' | 'endpoint-no-port' | 'endpoint-port' | 'endpoint-format';
  message: string;
  /** The address written right, where one can be guessed. */
  fix?: { title: string; safe: boolean; value: string };
}

/**
 * One host:port address, with the problems checkHostPort finds, worded for where it sits (`label`).
 * `held`: the operator's readiness check can dial no Kafka broker at all (pkg/external/kafka.go
 * CheckKafka passes when one answers), which makes a Kafka address problem an error.
 */
export function addressFinding(
  mq: AddressStorage,
  raw: string,
  label: string,
  held = false,
): AddressFinding | null {
  const base = mq === 'pulsar' ? PULSAR : mq === 'kafka' ? KAFKA : WOODPECKER;
  const target: Target =
    mq === 'kafka' && held
      ? {
          ...KAFKA,
          schemeSeverity: 'error',
          schemeConsequence: ADDRESS_WHY.kafka.scheme,
        }
      : base;
  const check = checkHostPort(raw, label);
  if (check.ok) return null;
  switch (check.kind) {
    case 'scheme':
      return {
        severity: target.schemeSeverity,
        code: 'endpoint-scheme',
        message: schemeMessage(`${label} "${raw}"`, target.schemeConsequence),
        fix: { title: `Write ${check.withoutScheme}`, safe: true, value: check.withoutScheme },
      };
    case 'no-port': {
      const value = `${raw.trim()}:${target.usualPort}`;
      return {
        severity: target.noPortSeverity,
        code: 'endpoint-no-port',
        message: noPortMessage(`${label} "${raw}"`, target.noPort),
        fix: { title: `Write ${value}`, safe: false, value },
      };
    }
    case 'bad-port':
      return {
        severity: 'error',
        code: 'endpoint-port',
        message: ADDRESS_SHAPE_CHECKS[mq].port.message(`${label} "${raw.trim()}"`),
      };
    case 'empty':
    case 'format':
      return {
        severity: 'error',
        code: 'endpoint-format',
        message: ADDRESS_SHAPE_CHECKS[mq].format.message(`${label} "${raw.trim()}"`),
      };
  }
}

/** One address as a diagnostic at its place; a fix only where the value is a plain scalar. */
function address(
  ctx: CheckContext,
  mq: AddressStorage,
  path: YamlPath,
  raw: string,
  label: string,
  held = false,
): Diagnostic[] {
  const found = addressFinding(mq, raw, label, held);
  if (!found) return [];
  const { fix, ...rest } = found;
  return [
    ctx.report({
      ...rest,
      path,
      part: 'value',
      fix:
        fix && isScalar(ctx.node(path))
          ? { title: fix.title, safe: fix.safe, edits: [{ op: 'set', path, value: fix.value }] }
          : undefined,
    }),
  ];
}
