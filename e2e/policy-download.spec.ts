// "Enforce in the cluster": the check page and the wizard's Review step offer the same admission
// policy that `milvus-mq policy` writes, as a download.
import { parseAllDocuments } from 'yaml';
import { admissionPolicyYaml } from '../src/model/operator/policy/policy.ts';
import { expect, test } from './fixtures.ts';
import { CheckYamlPage } from './pages/checkPage.ts';
import { PolicyDownloadControl } from './pages/PolicyDownloadControl.ts';
import { WizardPage } from './pages/wizardPage.ts';

function kindsAndActions(text: string): [string[], unknown] {
  const docs = parseAllDocuments(text) as unknown as {
    toJS(): { kind: string; spec: { validationActions?: unknown } };
  }[];
  const objects = docs.map((d) => d.toJS());
  return [objects.map((o) => o.kind), objects[1]?.spec.validationActions];
}

test('the check page downloads the admission policy with the chosen action, the same file as the CLI', async ({
  page,
}) => {
  const check = new CheckYamlPage(page);
  await check.open();
  const policy = new PolicyDownloadControl(page);
  await expect(policy.section.getByRole('heading', { name: 'Enforce in the cluster' })).toBeVisible();
  const text = await policy.download('Deny');
  expect(kindsAndActions(text)).toEqual([
    [
      'ValidatingAdmissionPolicy',
      'ValidatingAdmissionPolicyBinding',
      'ValidatingAdmissionPolicy',
      'ValidatingAdmissionPolicyBinding',
    ],
    ['Deny'],
  ]);
  expect(text).toBe(admissionPolicyYaml({ validationActions: ['Deny'] }));
  await expect(policy.section).toContainText('kubectl apply -f milvus-mq-admission-policy.yaml');
});

test("the wizard's Review step downloads the same policy, warning by default", async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.nextUntil('Review');
  const text = await new PolicyDownloadControl(page).download();
  expect(kindsAndActions(text)[1]).toEqual(['Warn']);
  expect(text).toBe(admissionPolicyYaml());
});
