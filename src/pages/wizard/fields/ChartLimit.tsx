import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { fieldId } from './fieldIds.ts';
import { useWizardFormContext } from './formTypes.ts';

/**
 * A setting the milvus-helm chart cannot hold: on the Helm target its field is disabled (a
 * disabled fieldset disables whatever control it holds) and the reason is shown under it. The
 * reasons are the Helm writer's own (model/helm/write/places.ts), so the form and the values file
 * agree on what is written. Each step makes its own from its table, so a step's reasons load with
 * the step (the first step's with the page, the settings' with the settings step).
 */
export function chartLimitFor<Name extends string>(reasons: Readonly<Record<Name, string>>) {
  return function ChartLimit({ name, children }: { name: Name; children: ReactNode }) {
    const { control } = useWizardFormContext();
    const target = useWatch({ control, name: 'target' });
    const reason = target === 'helm' ? reasons[name] : undefined;
    if (!reason) return <>{children}</>;
    const id = `${fieldId(name)}-chart-limit`;
    return (
      <div className="chart-limit">
        <fieldset disabled aria-describedby={id} className="chart-limit-field">
          {children}
        </fieldset>
        <p id={id} className="field-help chart-limit-reason">
          Not with Helm: {reason}
        </p>
      </div>
    );
  };
}
