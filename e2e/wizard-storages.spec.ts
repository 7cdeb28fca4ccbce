// Every message storage in every mode that supports it, driven through the form; the downloaded
// milvuscluster.yaml is parsed and its fields compared. Forbidden choices are disabled with their reason.
import { expect, test as base } from './fixtures.ts';
import { WizardPage, at } from './pages/wizardPage.ts';

const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    const wizard = new WizardPage(page);
    await wizard.open();
    await use(wizard);
  },
});

test.describe('standalone', () => {
  test('RocksMQ on 2.5 with a 20Gi volume and one day of retention', async ({ wizard }) => {
    await wizard.chooseVersion('2.5');
    await expect(wizard.form.getByRole('status')).toContainText('from Woodpecker to RocksMQ');
    await wizard.next();
    await expect(wizard.radio('RocksMQ')).toBeChecked();
    await wizard.next();
    await wizard.expectStep('Settings');
    await wizard.fill('Size (storage request)', '20Gi');
    await wizard.fill('Storage class (storageClassName)', 'fast-ssd');
    await wizard.fill('Retention time (retentionTimeInMinutes)', '1440');
    await wizard.next();
    await wizard.expectStep('Review');

    const manifest = await wizard.downloadManifest(wizard.form);
    expect(at(manifest, 'kind')).toBe('Milvus');
    expect(at(manifest, 'spec.mode')).toBe('standalone');
    expect(at(manifest, 'spec.components.image')).toBe('milvusdb/milvus:v2.5.26');
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('rocksmq');
    expect(at(manifest, 'spec.dependencies.rocksmq.persistence')).toEqual({
      enabled: true,
      persistentVolumeClaim: {
        spec: { storageClassName: 'fast-ssd', resources: { requests: { storage: '20Gi' } } },
      },
    });
    expect(at(manifest, 'spec.config.rocksmq')).toEqual({ retentionTimeInMinutes: 1440 });
  });

  test('NATS on 2.5 with its server settings under spec.config', async ({ wizard }) => {
    await wizard.chooseVersion('2.5');
    await wizard.next();
    await wizard.chooseStorage('NATS');
    await expect(await wizard.descriptionOf('NATS')).toContainText('Deprecated');
    await expect(await wizard.descriptionOf('NATS')).toContainText('advised for experiments only');
    await wizard.next();
    await wizard.fill('Store directory (storeDir)', '/data/nats');
    await wizard.fill('Max payload (maxPayload)', '1048576');
    await wizard.setTriState('Debug (debug)', 'On');
    await wizard.fill('Max age (maxAge)', '60');
    await wizard.field('Keep the data on a volume (persistence.enabled)').uncheck();
    await expect(wizard.form).toContainText('lost whenever the pod restarts');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('natsmq');
    expect(at(manifest, 'spec.dependencies.natsmq')).toBeUndefined();
    expect(at(manifest, 'spec.config.natsmq.server')).toEqual({
      storeDir: '/data/nats',
      maxPayload: 1048576,
      monitor: { debug: true },
      retention: { maxAge: 60 },
    });
  });

  test('in-cluster Pulsar on 2.6 with the pulsar-v3 chart and two brokers', async ({ wizard }) => {
    await wizard.next();
    await wizard.chooseStorage('Pulsar');
    await wizard.next();
    await expect(wizard.radio('In-cluster')).toBeChecked();
    await expect(wizard.field('Chart version (chartVersion)')).toHaveValue('pulsar-v3');
    await wizard.fill('Broker', '2');
    await wizard.select('Deletion policy (deletionPolicy)', 'Delete');
    await wizard.setTriState('Delete PVCs (pvcDeletion)', 'On');
    await wizard.fill('Memory limit', '8Gi');
    await wizard.fill('Write quorum', '2');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('pulsar');
    expect(at(manifest, 'spec.dependencies.pulsar.inCluster')).toEqual({
      chartVersion: 'pulsar-v3',
      deletionPolicy: 'Delete',
      pvcDeletion: true,
      values: {
        bookkeeper: { resources: { limits: { memory: '8Gi' } } },
        broker: { replicaCount: 2, configData: { managedLedgerDefaultWriteQuorum: '2' } },
      },
    });
  });

  test('external Pulsar needs one host:port endpoint without a scheme', async ({ wizard }) => {
    await wizard.next();
    await wizard.chooseStorage('Pulsar');
    await wizard.next();
    await wizard.chooseSide('External');
    const endpoint = wizard.field('Endpoint');
    await endpoint.fill('pulsar://pulsar.example:6650');
    // Errors show once the field is left.
    await endpoint.blur();
    await expect(wizard.errorNear(endpoint)).toContainText('"pulsar://pulsar.example:6650" has a scheme');
    await endpoint.fill('pulsar.example:6650');
    await expect(wizard.errorNear(endpoint)).toHaveCount(0);

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.dependencies.pulsar')).toEqual({
      external: true,
      endpoint: 'pulsar.example:6650',
    });
  });

  test('external Kafka with two brokers, SASL_SSL and a Secret', async ({ wizard }) => {
    await wizard.next();
    await wizard.chooseStorage('Kafka');
    await wizard.next();
    await wizard.chooseSide('External');
    await wizard.form.getByRole('button', { name: 'Add broker' }).click();
    await wizard.fill('Broker 1', 'kafka-0.example:9092');
    await wizard.form.getByRole('button', { name: 'Add broker' }).click();
    await wizard.fill('Broker 2', 'kafka-1.example:9092');
    await wizard.form.getByRole('button', { name: 'Add broker' }).click();
    await wizard.fill('Broker 3', 'kafka-2.example');
    await wizard.field('Broker 3').blur();
    // Two brokers answer, so the third without a port is the checker's warning (kafka.go CheckKafka
    // passes when one broker answers), not an error: it was an error in the form before.
    await expect(wizard.warningNear(wizard.field('Broker 3'))).toContainText('has no port');
    await expect(wizard.errorNear(wizard.field('Broker 3'))).toHaveCount(0);
    await wizard.form.getByRole('button', { name: 'Remove broker 3' }).click();
    await expect(wizard.field('Broker 3')).toHaveCount(0);
    await wizard.select('Security protocol (securityProtocol)', 'SASL_SSL');
    // The missing mechanism is said on Next, not before the user had a chance to choose one.
    await expect(wizard.errorNear(wizard.field('SASL mechanism (saslMechanisms)'))).toHaveCount(0);
    await wizard.next();
    await expect(wizard.errorNear(wizard.field('SASL mechanism (saslMechanisms)'))).toContainText(
      'saslMechanisms is not set',
    );
    await wizard.select('SASL mechanism (saslMechanisms)', 'SCRAM-SHA-512');
    await wizard.fill('Secret name (secretRef)', 'kafka-credentials');
    await wizard.next();
    await wizard.expectStep('Review');

    const manifest = await wizard.downloadManifest(wizard.form);
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('kafka');
    expect(at(manifest, 'spec.dependencies.kafka')).toEqual({
      external: true,
      brokerList: ['kafka-0.example:9092', 'kafka-1.example:9092'],
      secretRef: 'kafka-credentials',
    });
    expect(at(manifest, 'spec.config.kafka')).toEqual({
      securityProtocol: 'SASL_SSL',
      saslMechanisms: 'SCRAM-SHA-512',
    });
  });

  test('Kafka read timeout: the default shows until one is typed, then the preview writes it', async ({
    wizard,
  }) => {
    await wizard.next();
    await wizard.chooseStorage('Kafka');
    await wizard.next();
    const timeout = wizard.field('Read timeout (readTimeout)');
    await expect(timeout).toHaveAttribute('placeholder', '10');
    await expect(wizard.form.getByText('seconds', { exact: true })).toBeVisible();
    await timeout.fill('30');
    await wizard.expectPreviewToShow('readTimeout: 30');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.config.kafka')).toEqual({ readTimeout: 30 });
  });

  test('in-cluster Kafka with extra Helm values, refusing invalid YAML', async ({ wizard }) => {
    await wizard.next();
    await wizard.chooseStorage('Kafka');
    await wizard.next();
    await expect(wizard.radio('In-cluster')).toBeChecked();
    await wizard.fill('Replica count (replicaCount)', '3');
    const helm = wizard.field('Extra Helm values (inCluster.values, YAML)');
    await helm.fill('heapOpts: [unclosed');
    await expect(wizard.errorNear(helm)).toContainText('not used until they are valid YAML');
    await helm.fill('heapOpts: "-Xmx1G"\npersistence:\n  size: 100Gi');
    await expect(wizard.errorNear(helm)).toHaveCount(0);

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.dependencies.kafka')).toEqual({
      inCluster: { values: { replicaCount: 3, heapOpts: '-Xmx1G', persistence: { size: '100Gi' } } },
    });
  });

  test('embedded Woodpecker on 2.6 on local storage', async ({ wizard }) => {
    await wizard.next();
    await expect(wizard.radio('Woodpecker')).toBeChecked();
    await wizard.next();
    await expect(wizard.radio('Embedded')).toBeChecked();
    await wizard.select('Storage type (woodpecker.storage.type)', 'local');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.components.image')).toBe('milvusdb/milvus:v2.6.22');
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('woodpecker');
    expect(at(manifest, 'spec.dependencies.woodpecker')).toBeUndefined();
    expect(at(manifest, 'spec.config.woodpecker.storage.type')).toBe('local');
  });

  // Milvus docs "Woodpecker" (woodpecker.md): the service runs in cluster mode only.
  test('Woodpecker as a service is refused in standalone mode, with the reason', async ({ wizard }) => {
    await wizard.nextUntil('Settings');
    await expect(
      wizard.form.getByText(/Woodpecker as a service is for cluster mode only/).first(),
    ).toBeVisible();
    await wizard.chooseSide('External');
    await wizard.next();
    await expect(
      wizard.form.getByRole('alert').filter({ hasText: 'cluster mode only' }).first(),
    ).toBeVisible();
  });
});

test.describe('cluster', () => {
  test('in-cluster Pulsar on 2.4 gets the pulsar-v2 chart', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.chooseVersion('2.4');
    await expect(wizard.form.getByRole('status')).toContainText('from Woodpecker to Pulsar');
    await wizard.next();
    await expect(wizard.radio('Pulsar')).toBeChecked();
    await wizard.next();
    await expect(wizard.field('Chart version (chartVersion)')).toHaveValue('pulsar-v2');
    await wizard.fill('ZooKeeper', '3');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.mode')).toBe('cluster');
    expect(at(manifest, 'spec.components.image')).toBe('milvusdb/milvus:v2.4.24');
    expect(at(manifest, 'spec.dependencies.pulsar.inCluster')).toEqual({
      chartVersion: 'pulsar-v2',
      values: { zookeeper: { replicaCount: 3 } },
    });
  });

  test('external Pulsar', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.next();
    await wizard.chooseStorage('Pulsar');
    await wizard.next();
    await wizard.chooseSide('External');
    await wizard.fill('Endpoint', 'pulsar-proxy.pulsar:6650');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.mode')).toBe('cluster');
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('pulsar');
    expect(at(manifest, 'spec.dependencies.pulsar')).toEqual({
      external: true,
      endpoint: 'pulsar-proxy.pulsar:6650',
    });
  });

  test('in-cluster Kafka that is kept when Milvus is deleted', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.next();
    await wizard.chooseStorage('Kafka');
    await wizard.next();
    await wizard.select('Deletion policy (deletionPolicy)', 'Retain');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('kafka');
    expect(at(manifest, 'spec.dependencies.kafka')).toEqual({ inCluster: { deletionPolicy: 'Retain' } });
  });

  test('external Kafka with SASL credentials in the resource', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.next();
    await wizard.chooseStorage('Kafka');
    await wizard.next();
    await wizard.chooseSide('External');
    await wizard.form.getByRole('button', { name: 'Add broker' }).click();
    await wizard.fill('Broker 1', 'kafka.example:9093');
    await wizard.select('Security protocol (securityProtocol)', 'SASL_PLAINTEXT');
    await wizard.select('SASL mechanism (saslMechanisms)', 'PLAIN');
    await wizard.fill('SASL username (saslUsername)', 'milvus');
    await wizard.fill('SASL password (saslPassword)', 'not-in-drafts');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.dependencies.kafka')).toEqual({
      external: true,
      brokerList: ['kafka.example:9093'],
    });
    expect(at(manifest, 'spec.config.kafka')).toEqual({
      securityProtocol: 'SASL_PLAINTEXT',
      saslMechanisms: 'PLAIN',
      saslUsername: 'milvus',
      saslPassword: 'not-in-drafts',
    });
  });

  test('external Woodpecker on 3.0 with a quorum buffer pool of two seeds', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.chooseVersion('3.0');
    await wizard.next();
    await wizard.chooseStorage('Woodpecker');
    await wizard.next();
    await wizard.chooseSide('External');
    await wizard.form.getByRole('button', { name: 'Add pool' }).click();
    const pool = wizard.form.getByRole('group', { name: 'Pool 1' });
    await pool.getByLabel('Pool name (name)').fill('pool-a');
    await pool.getByLabel('Seed 1', { exact: true }).fill('wp-0.wp:18080');
    await pool.getByRole('button', { name: 'Add seed to pool 1' }).click();
    await pool.getByLabel('Seed 2', { exact: true }).fill('wp-1.wp:18080');

    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.mode')).toBe('cluster');
    expect(at(manifest, 'spec.components.image')).toBe('milvusdb/milvus:v3.0.1');
    expect(at(manifest, 'spec.dependencies.woodpecker')).toEqual({
      external: true,
      quorumBufferPools: [{ name: 'pool-a', seeds: ['wp-0.wp:18080', 'wp-1.wp:18080'] }],
    });
  });

  test('embedded Woodpecker', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.nextUntil('Settings');
    await expect(wizard.radio('Embedded')).toBeChecked();
    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'spec.mode')).toBe('cluster');
    expect(at(manifest, 'spec.dependencies.msgStreamType')).toBe('woodpecker');
    expect(at(manifest, 'spec.dependencies.woodpecker')).toBeUndefined();
  });

  test('the legacy v1alpha1 API writes a MilvusCluster', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.radio('milvus.io/v1alpha1').check();
    const manifest = await wizard.downloadManifest();
    expect(at(manifest, 'apiVersion')).toBe('milvus.io/v1alpha1');
    expect(at(manifest, 'kind')).toBe('MilvusCluster');
    expect(at(manifest, 'spec.mode')).toBeUndefined();
  });
});

test.describe('forbidden choices are disabled with their reason', () => {
  test('cluster mode disables RocksMQ and NATS', async ({ wizard }) => {
    await wizard.chooseMode('Cluster');
    await wizard.next();
    await expect(wizard.radio('RocksMQ')).toBeDisabled();
    await expect(await wizard.descriptionOf('RocksMQ')).toContainText(
      'in cluster mode Milvus fails at start',
    );
    await expect(wizard.radio('NATS')).toBeDisabled();
    await expect(wizard.radio('Pulsar')).toBeEnabled();
  });

  test('Milvus 2.6 disables NATS', async ({ wizard }) => {
    await wizard.next();
    await expect(wizard.radio('NATS')).toBeDisabled();
    await expect(await wizard.descriptionOf('NATS')).toContainText('NATS was removed in Milvus 2.6');
    await expect(wizard.radio('Woodpecker')).toBeEnabled();
  });

  test('Milvus 2.5 disables Woodpecker', async ({ wizard }) => {
    await wizard.chooseVersion('2.5');
    await wizard.next();
    await expect(wizard.radio('Woodpecker')).toBeDisabled();
    await expect(await wizard.descriptionOf('Woodpecker')).toContainText('Woodpecker arrived in Milvus 2.6');
    await expect(await wizard.descriptionOf('NATS')).toContainText('Deprecated');
  });

  test('switching to 2.6 replaces NATS and says so; the default image follows the version', async ({
    wizard,
  }) => {
    await wizard.chooseVersion('2.5');
    await expect(wizard.field('Image (spec.components.image)')).toHaveValue('milvusdb/milvus:v2.5.26');
    await wizard.next();
    await wizard.chooseStorage('NATS');
    await wizard.back();
    await wizard.chooseVersion('2.6');
    await expect(wizard.form.getByRole('status')).toContainText('from NATS to Woodpecker');
    await expect(wizard.form.getByRole('status')).toContainText('NATS was removed in Milvus 2.6');
    await expect(wizard.field('Image (spec.components.image)')).toHaveValue('milvusdb/milvus:v2.6.22');
    await wizard.next();
    await expect(wizard.radio('Woodpecker')).toBeChecked();
  });

  test('a custom image stays when the version changes, and its mismatch is named', async ({ wizard }) => {
    const image = wizard.field('Image (spec.components.image)');
    await image.fill('mirror.local/milvus:v2.6.3');
    await image.blur();
    await wizard.chooseVersion('2.5');
    await expect(image).toHaveValue('mirror.local/milvus:v2.6.3');
    await expect(wizard.errorNear(image)).toContainText('The image tag is 2.6.3 but you chose Milvus 2.5');
    await wizard.next();
    await wizard.expectStep('Deployment');
    await expect(wizard.form.getByRole('alert').filter({ hasText: 'need attention' })).toBeVisible();
    await wizard.form.getByRole('button', { name: 'Use milvusdb/milvus:v2.5.26' }).click();
    await wizard.next();
    await wizard.expectStep('Message storage');
  });
});

for (const width of [1440, 390]) {
  test.describe(`cluster at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 844 } });

    // Milvus's WAL builder (pkg/streaming/walimpls/impls/wp/builder.go): 2.6 has no client for a
    // Woodpecker service, and 2.6.21 refuses woodpecker.storage.type: service (milvus-io/milvus#50201).
    // The field's alert is the form's reason until the checker's finding (the same words, with the
    // version that runs) replaces it: both start "Woodpecker as a service needs Milvus 3.0.0".
    test('Woodpecker as a service on a 2.6 cluster is refused, with the reason', async ({ wizard }) => {
      await wizard.chooseMode('Cluster');
      await wizard.next();
      await wizard.chooseStorage('Woodpecker');
      await wizard.next();
      await expect(wizard.form.getByText(/no client for a Woodpecker service/).first()).toBeVisible();
      await wizard.chooseSide('External');
      await wizard.next();
      await expect(
        wizard.form
          .getByRole('alert')
          .filter({ hasText: 'Woodpecker as a service needs Milvus 3.0.0' })
          .first(),
      ).toBeVisible();
    });
  });
}
