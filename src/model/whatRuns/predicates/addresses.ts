/**
 * What is wrong with one external address (a Pulsar endpoint, a Kafka broker, a Woodpecker seed):
 * the checker's rule (rules/externalEndpoints.ts) and the wizard's form (valuesRules.ts) both ask
 * here, so the condition, the words and the severity are written once. No YAML here: the form loads
 * this with the first page.
 */
import { checkHostPort } from '../../facts/endpoints.ts';
import {
  ADDRESS_SHAPE_CHECKS,
  ADDRESS_WHY,
  type AddressStorage,
  NO_PORT_SEVERITY,
  noPortMessage,
  schemeMessage,
} from '../../findings/sharedChecks.ts';

interface Target {
  mq: AddressStorage;
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
  noPortSeverity: NO_PORT_SEVERITY.pulsar,
  schemeSeverity: 'error',
  schemeConsequence: ADDRESS_WHY.pulsar.scheme,
};

const KAFKA: Target = {
  mq: 'kafka',
  usualPort: 9092,
  noPort: ADDRESS_WHY.kafka.noPort,
  noPortSeverity: NO_PORT_SEVERITY.kafka,
  schemeSeverity: 'warning',
  schemeConsequence:
    'brokerList takes host:port, which Milvus passes to its Kafka client as the bootstrap servers',
};

const WOODPECKER: Target = {
  mq: 'woodpecker',
  usualPort: 18080,
  noPort: ADDRESS_WHY.woodpecker.noPort,
  noPortSeverity: NO_PORT_SEVERITY.woodpecker,
  schemeSeverity: 'error',
  schemeConsequence: ADDRESS_WHY.woodpecker.scheme,
};

export { POOL_WITHOUT_NAME } from '../../findings/sharedChecks.ts';

export type { AddressStorage } from '../../findings/sharedChecks.ts';

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
