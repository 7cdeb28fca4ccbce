import type { SwitchPlan } from '../../model/change/switchPlan.ts';
import { storageLabel } from '../../model/change/rules.ts';

/** The steps of a message-storage switch, each with the manifest to apply or the command to run. */
export function SwitchPlanView({ plan, name }: { plan: SwitchPlan; name: string }) {
  const title = `Switch plan for ${name}: ${storageLabel(plan.from)} to ${storageLabel(plan.to)}`;
  return (
    <section className="switch-plan" aria-label={title}>
      <h3>{title}</h3>
      {plan.blocker && (
        <p className="check-failure" role="note">
          The published procedure cannot work under the operator: {plan.blocker}
        </p>
      )}
      <ol>
        {plan.steps.map((step) => (
          <li key={step.title}>
            <strong>{step.title}</strong>
            <p>{step.detail}</p>
            {step.command && (
              <pre tabIndex={0} aria-label={`Command: ${step.title}`}>
                <code>{step.command}</code>
              </pre>
            )}
            {step.manifest && (
              <pre tabIndex={0} aria-label={`Manifest: ${step.title}`}>
                <code>{step.manifest}</code>
              </pre>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
