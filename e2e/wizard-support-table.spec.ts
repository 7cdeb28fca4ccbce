// The storage step shows the whole support matrix, rendered from the rules module, with the chosen
// mode and version highlighted and the reason behind each "No".
import { checkA11y, expect, test } from './fixtures.ts';
import { WizardPage } from './pages/wizardPage.ts';

test('the storage step shows which storage runs where, and why not', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.chooseMode('Cluster');
  await wizard.chooseVersion('2.5');
  await wizard.next();
  await wizard.expectStep('Message storage');

  await page.getByText('Which storage runs where (all modes and versions)').click();
  const table = page.getByRole('table', {
    name: 'Message storage support by deployment mode and Milvus version',
  });
  await expect(table).toBeVisible();

  const clusterRocks = table.getByRole('row', { name: /^Cluster, RocksMQ/ });
  await expect(clusterRocks.getByRole('cell')).toHaveText([
    'No',
    'No',
    'No',
    'No',
    'No',
    /in cluster mode Milvus fails at start/,
  ]);
  const standaloneNats = table.getByRole('row', { name: /^Standalone, NATS/ });
  await expect(standaloneNats.getByRole('cell')).toHaveText([
    'Experimental',
    'Experimental',
    'Deprecated',
    'No',
    'No',
    /experiments only.*removed in 2\.6|removed in Milvus 2\.6/s,
  ]);
  await expect(table.locator('thead th.is-current')).toHaveText('Milvus 2.5');
  // Milvus 3.0 in a cluster: the operator's default (Pulsar) and Milvus's own (Woodpecker) part.
  await expect(
    table
      .getByRole('row', { name: /^Cluster, Pulsar/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('Yes (operator default)');
  await expect(
    table
      .getByRole('row', { name: /^Cluster, Woodpecker/ })
      .getByRole('cell')
      .nth(4),
  ).toHaveText('Yes (Milvus default)');
  await checkA11y(page, { include: ['.support-matrix'] });
});
