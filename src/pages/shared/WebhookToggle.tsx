// "The operator was installed with its webhook": one remembered preference (shared/operatorWebhook.ts)
// that the check page and the wizard judge manifests with.
import { useId } from 'react';
import { useOperatorWebhook } from '../../shared/operatorWebhook.ts';
import './webhookToggle.css';

interface WebhookToggleProps {
  /** Called after the user changed it (the preference itself is already saved). */
  onChange?: (on: boolean) => void;
}

export function WebhookToggle({ onChange }: WebhookToggleProps) {
  const [on, setOn] = useOperatorWebhook();
  const id = useId();
  return (
    <div className="webhook-toggle">
      <input
        id={id}
        type="checkbox"
        checked={on}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          setOn(e.target.checked);
          onChange?.(e.target.checked);
        }}
      />
      <label htmlFor={id}>The operator was installed with its webhook</label>
      <p id={`${id}-help`} className="webhook-toggle-help">
        Off by default. On: a milvus.io/v1alpha1 Milvus is converted instead of refused, and the webhook’s own
        validation refuses external storage without an address.
      </p>
    </div>
  );
}
