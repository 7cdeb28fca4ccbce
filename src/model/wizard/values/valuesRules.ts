/**
 * Cross-field rules of the wizard's values, where "Next" and the CLI's `generate` must refuse at
 * once. The checker is the home of every rule on a manifest: what is checked here calls the
 * checker's own predicates (same condition, words and severity), and only its errors refuse; its
 * warnings reach the form from the checker's run on the preview (model/wizard/fieldForDiagnostic.ts).
 * The wizard-only rules (the chosen version against the image) are the wizard's own.
 */
import type * as z from 'zod';
import {
  ADDRESS_LABEL,
  POOL_WITHOUT_NAME,
  addressFinding,
  type AddressStorage,
} from '../../whatRuns/predicates/addresses.ts';
import { kafkaSaslFindings } from '../../whatRuns/predicates/kafkaSasl.ts';
import { imageVersionDisagrees } from '../../whatRuns/predicates/imageVersion.ts';
import {
  WOODPECKER_LOCAL_IN_CLUSTER,
  woodpeckerLocalRefused,
} from '../../whatRuns/predicates/woodpeckerLocal.ts';
import {
  EXTERNAL_WITHOUT_BROKERS,
  EXTERNAL_WITHOUT_ENDPOINT,
  EXTERNAL_WITHOUT_POOLS,
  POOL_WITHOUT_SEEDS,
} from '../../findings/sharedChecks.ts';
import { noBrokerDialled } from '../../operator/resolve/operatorAddress.ts';
import { MQ_LABELS, isSelectable, supportOf, woodpeckerServiceVerdict } from '../../facts/support.ts';
import { OPERATOR_DEFAULT_MILVUS, formatVersion, versionFromImage } from '../../facts/versions.ts';
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
      // Their cross-field findings (an existing claim beside a size, a relative storeDir) are
      // warnings: the checker shows them on the field, and nothing refuses.
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
  if (tagged && imageVersionDisagrees(v.milvusVersion, v.image)) {
    issue(
      ctx,
      ['image'],
      `The image tag is ${formatVersion(tagged)} but you chose Milvus ${v.milvusVersion}: the image decides what runs.`,
    );
  }
}

function checkAddress(
  ctx: Ctx,
  path: (string | number)[],
  mq: AddressStorage,
  raw: string,
  label: string,
  held = false,
): void {
  const found = addressFinding(mq, raw, label, held);
  if (found?.severity === 'error') issue(ctx, path, found.message);
}

function checkPulsar(v: WizardValues, ctx: Ctx): void {
  if (!v.pulsar.external) return;
  if (v.pulsar.endpoint.trim() === '') {
    issue(
      ctx,
      ['pulsar', 'endpoint'],
      EXTERNAL_WITHOUT_ENDPOINT.message('spec.dependencies.pulsar.external'),
    );
    return;
  }
  checkAddress(ctx, ['pulsar', 'endpoint'], 'pulsar', v.pulsar.endpoint, ADDRESS_LABEL.pulsar);
}

function checkKafka(v: WizardValues, ctx: Ctx): void {
  const k = v.kafka;
  if (k.external) {
    if (k.brokerList.length === 0) {
      issue(
        ctx,
        ['kafka', 'brokerList'],
        EXTERNAL_WITHOUT_BROKERS.message('spec.dependencies.kafka.external'),
      );
    }
    const held = noBrokerDialled(k.brokerList);
    k.brokerList.forEach((broker, i) =>
      checkAddress(ctx, ['kafka', 'brokerList', i], 'kafka', broker, ADDRESS_LABEL.kafka(i), held),
    );
  }
  if (v.target === 'helm') {
    checkHelmKafkaSasl(v, ctx);
    return;
  }
  const findings = kafkaSaslFindings({
    protocol: k.securityProtocol ?? '',
    mechanism: k.saslMechanisms ?? '',
    username: k.saslUsername,
    password: k.saslPassword,
    secretRef: k.secretRef,
  });
  for (const f of findings) issue(ctx, ['kafka', f.key], f.message);
}

/**
 * On Helm the password is never in the form: the install command passes $KAFKA_SASL_PASSWORD
 * (helm/write/installCommand.ts). The mechanism and username are the checker's same condition,
 * with the password taken as given.
 */
function checkHelmKafkaSasl(v: WizardValues, ctx: Ctx): void {
  const k = v.kafka;
  // config.tpl passes only externalKafka's credentials; the subchart's would go into user.yaml.
  if (!k.external && /^SASL_/.test(k.securityProtocol ?? '')) {
    issue(
      ctx,
      ['kafka', 'securityProtocol'],
      `The chart has no key for an in-cluster Kafka's SASL password, and the wizard never writes a password into values.yaml: use PLAINTEXT with the in-cluster Kafka, or an external Kafka.`,
    );
    return;
  }
  const findings = kafkaSaslFindings({
    protocol: k.securityProtocol ?? '',
    mechanism: k.saslMechanisms ?? '',
    username: k.saslUsername,
    password: 'from-the-environment',
    secretRef: '',
  });
  for (const f of findings) {
    if (f.key === 'saslMechanisms') issue(ctx, ['kafka', f.key], f.message);
    else
      issue(
        ctx,
        ['kafka', 'saslUsername'],
        `securityProtocol is ${k.securityProtocol ?? ''}: set the SASL username (externalKafka.sasl.username); the install command passes the password from $KAFKA_SASL_PASSWORD.`,
      );
  }
}

function checkWoodpecker(v: WizardValues, ctx: Ctx): void {
  const w = v.woodpecker;
  // The wizard writes no forceLocalStorage.
  if (!w.external && woodpeckerLocalRefused(v.mode, w.storageType, undefined)) {
    issue(ctx, ['woodpecker', 'storageType'], WOODPECKER_LOCAL_IN_CLUSTER);
  }
  if (!w.external) return;
  const service = woodpeckerServiceVerdict(v.mode, v.milvusVersion);
  if (!isSelectable(service)) issue(ctx, ['woodpecker', 'external'], service.reason);
  // The chart runs the service and writes its pool itself (helm/write/places.ts).
  if (v.target === 'helm') return;
  const pools = 'spec.dependencies.woodpecker.quorumBufferPools';
  if (w.quorumBufferPools.length === 0) {
    issue(
      ctx,
      ['woodpecker', 'quorumBufferPools'],
      EXTERNAL_WITHOUT_POOLS.message('spec.dependencies.woodpecker.external'),
    );
  }
  w.quorumBufferPools.forEach((pool, i) => {
    if (pool.name.trim() === '') {
      issue(
        ctx,
        ['woodpecker', 'quorumBufferPools', i, 'name'],
        POOL_WITHOUT_NAME.message(`${pools}[${i}].name`),
      );
    }
    if (pool.seeds.length === 0) {
      issue(
        ctx,
        ['woodpecker', 'quorumBufferPools', i, 'seeds'],
        POOL_WITHOUT_SEEDS.message(`${pools}[${i}].seeds`),
      );
    }
    pool.seeds.forEach((seed, j) =>
      checkAddress(
        ctx,
        ['woodpecker', 'quorumBufferPools', i, 'seeds', j],
        'woodpecker',
        seed,
        ADDRESS_LABEL.woodpecker(i, j),
      ),
    );
  });
}

/** Every problem of a set of values, with its path in the values (for the CLI and tests). */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((i) => ({
    path: i.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
      .join('.')
      .replace(/\.\[/g, '['),
    message: i.message,
  }));
}
