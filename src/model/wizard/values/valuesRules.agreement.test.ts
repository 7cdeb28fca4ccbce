// The form and the checker say the same about each rule they share: over random values with
// problems planted in them, the form refuses a field exactly where the checker's run on the
// generated manifest finds an error of a shared rule on that field; a shared finding that is only
// a warning never refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../operator/checker/index.ts';
import { generateYaml } from '../../operator/write/generate.ts';
import { allowedCombinations, validValuesArbitrary, valuesFor } from '../../testing/valuesArbitrary.ts';
import { EMBEDDED_ONLY } from '../../facts/support.ts';
import { valuesProblems } from './validateValues.ts';
import type { WizardValues } from './values.ts';
import { placeFindings } from '../fieldForDiagnostic.ts';

/** The checker's codes for the rules valuesRules.ts calls. */
const SHARED = new Set([
  'kafka-sasl-incomplete',
  'external-without-endpoint',
  'external-without-brokers',
  'external-without-pools',
  'pool-without-name',
  'pool-without-seeds',
  'endpoint-scheme',
  'endpoint-no-port',
  'endpoint-port',
  'endpoint-format',
  'existing-claim-with-spec',
  'nats-store-dir',
]);

const address = fc.constantFrom('', 'host', 'host:', 'host:99999', 'tcp://host:9092', 'a b', 'host:9092');

/** A mistake a user can make in the form, planted in valid values. */
const plant = fc.record({
  endpoint: address,
  brokers: fc.array(address, { maxLength: 3 }),
  protocol: fc.constantFrom(undefined, 'PLAINTEXT' as const, 'SASL_PLAINTEXT' as const, 'SASL_SSL' as const),
  mechanism: fc.constantFrom(undefined, 'PLAIN' as const),
  username: fc.constantFrom('', 'user'),
  password: fc.constantFrom('', 'secret'),
  secretRef: fc.constantFrom('', 'kafka-user'),
  pools: fc.array(
    fc.record({ name: fc.constantFrom('', 'pool'), seeds: fc.array(address, { maxLength: 2 }) }),
    { maxLength: 2 },
  ),
  claim: fc.constantFrom('', 'my-claim'),
  size: fc.constantFrom('', '10Gi'),
  storeDir: fc.constantFrom('', 'nats', '/var/lib/milvus/nats'),
});

type Plant = typeof plant extends fc.Arbitrary<infer T> ? T : never;

function planted(v: WizardValues, p: Plant): WizardValues {
  const out = structuredClone(v);
  out.pulsar.endpoint = out.pulsar.external ? p.endpoint : out.pulsar.endpoint;
  if (out.kafka.external) out.kafka.brokerList = p.brokers;
  out.kafka.securityProtocol = p.protocol;
  out.kafka.saslMechanisms = p.mechanism;
  out.kafka.saslUsername = p.username;
  out.kafka.saslPassword = p.password;
  out.kafka.secretRef = p.secretRef;
  if (out.woodpecker.external) out.woodpecker.quorumBufferPools = p.pools;
  for (const key of ['rocksmq', 'natsmq'] as const) {
    const persistence = out[key].persistence;
    if (persistence.enabled) Object.assign(persistence, { existingClaim: p.claim, storageSize: p.size });
  }
  out.natsmq.server.storeDir = p.storeDir;
  return out;
}

/** `kafka.brokerList[1]` -> `kafka.brokerList.1`, the form's field name. */
const fieldNameOf = (valuesPath: string) => valuesPath.replace(/\[(\d+)\]/g, '.$1');

interface Agreement {
  formErrors: string[];
  checkerErrors: string[];
  /** Shared findings, by severity, so a case can show which kinds it reached. */
  seen: { error: number; warning: number };
}

/** What the form refuses and where the checker finds a shared error, for one set of values. */
function agreementOf(v: WizardValues): Agreement {
  const storageFields = (name: string) => name.startsWith(`${v.msgStreamType}.`);
  const formErrors = new Set(
    valuesProblems(v)
      .map((problem) => fieldNameOf(problem.path))
      // The support verdicts (storage, Woodpecker service) come from support.ts, not from these rules.
      .filter((name) => storageFields(name) && name !== 'woodpecker.external'),
  );
  const shared = checkManifest(generateYaml(v)).diagnostics.filter((d) => SHARED.has(d.code));
  const placed = placeFindings(v, shared);
  const checkerErrors = new Set<string>();
  const seen = { error: 0, warning: 0 };
  for (const d of shared) {
    const field = placed.fieldOf.get(d) ?? null;
    expect(field, `${d.code} at ${d.path} has a field`).not.toBeNull();
    if (d.severity === 'error' && field !== null) checkerErrors.add(field);
    if (d.severity === 'error' || d.severity === 'warning') seen[d.severity] += 1;
  }
  return { formErrors: [...formErrors].sort(), checkerErrors: [...checkerErrors].sort(), seen };
}

/** Valid values for one storage, external where it can be. */
function validFor(mq: 'pulsar' | 'kafka' | 'rocksmq' | 'natsmq' | 'woodpecker'): WizardValues {
  const c = allowedCombinations().find((x) => x.mq === mq && x.external === !EMBEDDED_ONLY.includes(mq));
  if (c === undefined) throw new Error(`no allowed combination for ${mq}`);
  return valuesFor(c);
}

const noMistake: Plant = {
  endpoint: 'host:9092',
  brokers: ['host:9092'],
  protocol: undefined,
  mechanism: undefined,
  username: '',
  password: '',
  secretRef: '',
  pools: [{ name: 'pool', seeds: ['host:9092'] }],
  claim: '',
  size: '',
  storeDir: '/var/lib/milvus/nats',
};

/**
 * Fixed mistakes that are sure to reach each severity. Random runs reach warnings only now and
 * then (4 to 20 in 150 runs, by seed), so a count over them cannot prove the warning side is tested.
 */
const FIXED: { name: string; values: WizardValues; reaches: 'error' | 'warning' }[] = [
  {
    name: 'a Kafka broker with no port',
    values: planted(validFor('kafka'), { ...noMistake, brokers: ['host'] }),
    reaches: 'warning',
  },
  {
    name: 'an existing claim with a size',
    values: planted(validFor('rocksmq'), { ...noMistake, claim: 'my-claim', size: '10Gi' }),
    reaches: 'warning',
  },
  {
    name: 'a NATS store directory that is relative',
    values: planted(validFor('natsmq'), { ...noMistake, storeDir: 'nats' }),
    reaches: 'warning',
  },
  {
    name: 'a Pulsar address with a port out of range',
    values: planted(validFor('pulsar'), { ...noMistake, endpoint: 'host:99999' }),
    reaches: 'error',
  },
  {
    name: 'a Pulsar address with a scheme',
    values: planted(validFor('pulsar'), { ...noMistake, endpoint: 'tcp://host:9092' }),
    reaches: 'error',
  },
  {
    name: 'Kafka with no brokers',
    values: planted(validFor('kafka'), { ...noMistake, brokers: [] }),
    reaches: 'error',
  },
  {
    name: 'SASL with no password',
    values: planted(validFor('kafka'), {
      ...noMistake,
      protocol: 'SASL_SSL',
      mechanism: 'PLAIN',
      username: 'user',
    }),
    reaches: 'error',
  },
];

describe('the form and the checker agree on the rules they share', () => {
  it('the form refuses a field exactly where the checker finds a shared error on it', () => {
    fc.assert(
      fc.property(validValuesArbitrary(), plant, (valid, p) => {
        const { formErrors, checkerErrors } = agreementOf(planted(valid, p));
        expect(formErrors).toEqual(checkerErrors);
      }),
      { numRuns: 150 },
    );
  });

  it.each(FIXED)('they agree on $name, which the checker finds as an $reaches', ({ values, reaches }) => {
    const { formErrors, checkerErrors, seen } = agreementOf(values);
    // The case reaches the kind of finding it is meant to, so the agreement is tested, not vacuous.
    expect(seen[reaches]).toBeGreaterThan(0);
    if (reaches === 'warning') expect(seen.error).toBe(0);
    expect(formErrors).toEqual(checkerErrors);
  });
});
