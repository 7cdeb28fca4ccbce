/**
 * Cross-field rules of the wizard's values: the support matrix and the settings a chosen storage
 * needs. They run inside the zod schema (superRefine), so the form shows them next to the field,
 * the CLI refuses them, and `valuesProblems` lists them.
 */
import type * as z from 'zod';
import { checkHostPort } from './endpoints.ts';
import { MQ_LABELS, isSelectable, pulsarChartFor, supportOf, woodpeckerServiceVerdict } from './support.ts';
import { OPERATOR_DEFAULT_MILVUS, minorOf, versionFromImage } from './versions.ts';
import type { WizardValues } from './valuesObject.ts';

type Ctx = z.core.$RefinementCtx<WizardValues>;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

export function addSupportIssues(v: WizardValues, ctx: Ctx): void {
  const verdict = supportOf(v.mode, v.msgStreamType, v.milvusVersion);
  if (verdict.status === 'unsupported') {
    issue(ctx, ['msgStreamType'], `${MQ_LABELS[v.msgStreamType]} cannot be used here: ${verdict.reason}`);
  }
  checkImage(v, ctx);
  switch (v.msgStreamType) {
    case 'pulsar':
      checkPulsar(v, ctx);
      break;
    case 'kafka':
      checkKafka(v, ctx);
      break;
    case 'woodpecker':
      checkWoodpecker(v, ctx);
      break;
    case 'rocksmq':
    case 'natsmq':
      checkEmbedded(v, ctx);
      break;
  }
}

function checkImage(v: WizardValues, ctx: Ctx): void {
  if (v.image === '') {
    issue(
      ctx,
      ['image'],
      `Set the image: without one the operator runs its default image (Milvus ${OPERATOR_DEFAULT_MILVUS}), not Milvus ${v.milvusVersion}.`,
    );
    return;
  }
  const tagged = versionFromImage(v.image);
  if (tagged && minorOf(tagged) !== v.milvusVersion) {
    issue(
      ctx,
      ['image'],
      `The image tag is ${tagged.major}.${tagged.minor}.${tagged.patch} but you chose Milvus ${v.milvusVersion}: the image decides what runs.`,
    );
  }
}

function checkEndpoint(ctx: Ctx, path: (string | number)[], value: string, what: string): void {
  const result = checkHostPort(value, what);
  if (!result.ok) issue(ctx, path, result.message);
}

function checkPulsar(v: WizardValues, ctx: Ctx): void {
  if (v.pulsar.external) {
    checkEndpoint(ctx, ['pulsar', 'endpoint'], v.pulsar.endpoint, 'The Pulsar endpoint');
    return;
  }
  const chart = v.pulsar.inCluster.chartVersion;
  if (pulsarChartFor(v.milvusVersion) === 'pulsar-v2' && chart !== 'pulsar-v2') {
    issue(
      ctx,
      ['pulsar', 'inCluster', 'chartVersion'],
      chart === undefined
        ? `Milvus ${v.milvusVersion} works with Pulsar 2.x: choose pulsar-v2 (without a chart version the operator installs pulsar-v3).`
        : `Milvus ${v.milvusVersion} works with Pulsar 2.x: choose pulsar-v2.`,
    );
  }
}

function checkKafka(v: WizardValues, ctx: Ctx): void {
  const k = v.kafka;
  if (k.external) {
    if (k.brokerList.length === 0) {
      issue(ctx, ['kafka', 'brokerList'], 'External Kafka needs at least one broker (host:port).');
    }
    k.brokerList.forEach((broker, i) => checkEndpoint(ctx, ['kafka', 'brokerList', i], broker, `Broker ${i + 1}`));
  }
  const sasl = k.securityProtocol === 'SASL_PLAINTEXT' || k.securityProtocol === 'SASL_SSL';
  if (!sasl) return;
  if (!k.saslMechanisms) {
    issue(ctx, ['kafka', 'saslMechanisms'], `${k.securityProtocol} needs a SASL mechanism.`);
  }
  if (k.secretRef === '' && k.saslUsername !== '' && k.saslPassword === '') {
    // A username without its password: most often a password that was not kept (drafts and links
    // never hold one), so the error goes where the password is typed.
    issue(
      ctx,
      ['kafka', 'saslPassword'],
      `${k.securityProtocol} needs the SASL password for ${k.saslUsername}: enter it, or name a Secret (secretRef) instead.`,
    );
  } else if (k.secretRef === '' && (k.saslUsername === '' || k.saslPassword === '')) {
    issue(
      ctx,
      ['kafka', 'secretRef'],
      `${k.securityProtocol} needs credentials: name a Secret (secretRef) with username and password, or give both a SASL username and password.`,
    );
  }
}

function checkWoodpecker(v: WizardValues, ctx: Ctx): void {
  const w = v.woodpecker;
  if (!w.external) return;
  const service = woodpeckerServiceVerdict(v.mode, v.milvusVersion);
  if (!isSelectable(service)) issue(ctx, ['woodpecker', 'external'], service.reason);
  if (w.quorumBufferPools.length === 0) {
    issue(ctx, ['woodpecker', 'quorumBufferPools'], 'A Woodpecker service needs at least one quorum buffer pool.');
  }
  w.quorumBufferPools.forEach((pool, i) => {
    if (pool.name === '') issue(ctx, ['woodpecker', 'quorumBufferPools', i, 'name'], `Pool ${i + 1} needs a name.`);
    if (pool.seeds.length === 0) {
      issue(ctx, ['woodpecker', 'quorumBufferPools', i, 'seeds'], `Pool ${i + 1} needs at least one seed (host:18080).`);
    }
    pool.seeds.forEach((seed, j) =>
      checkEndpoint(ctx, ['woodpecker', 'quorumBufferPools', i, 'seeds', j], seed, `Seed ${j + 1} of pool ${i + 1}`),
    );
  });
}

function checkEmbedded(v: WizardValues, ctx: Ctx): void {
  const key = v.msgStreamType === 'rocksmq' ? 'rocksmq' : 'natsmq';
  const p = v[key].persistence;
  if (p.existingClaim !== '' && (p.storageSize !== '' || p.storageClassName !== '')) {
    issue(
      ctx,
      [key, 'persistence', 'existingClaim'],
      'With an existing claim the size and storage class are not used: clear them or the claim.',
    );
  }
  if (v.msgStreamType === 'natsmq' && v.natsmq.server.storeDir !== '' && !v.natsmq.server.storeDir.startsWith('/')) {
    issue(ctx, ['natsmq', 'server', 'storeDir'], 'The NATS store directory must be an absolute path, e.g. /var/lib/milvus/nats.');
  }
}

/** Every problem of a set of values, with its path in the values (for the CLI and tests). */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '['),
    message: i.message,
  }));
}
