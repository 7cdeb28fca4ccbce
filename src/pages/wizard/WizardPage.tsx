export function WizardPage() {
  return <h1>Wizard</h1>;
}
