import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { HELM_UNSUPPORTED } from '../../../model/helm/write/unsupported.ts';
import { fieldId } from './fieldIds.ts';
import { useWizardFormContext } from './formTypes.ts';

/**
 * A setting the milvus-helm chart cannot hold: on the Helm target its field is disabled (a
 * disabled fieldset disables whatever control it holds) and the reason is shown under it. The
 * reasons are the Helm writer's own (model/helm/write/places.ts), so the form and the values file
 * agree on what is written.
 */
export function ChartLimit({ name, children }: { name: keyof typeof HELM_UNSUPPORTED & string; children: ReactNode }) {
  const { control } = useWizardFormContext();
  const target = useWatch({ control, name: 'target' });
  const reason = target === 'helm' ? HELM_UNSUPPORTED[name] : undefined;
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
}
