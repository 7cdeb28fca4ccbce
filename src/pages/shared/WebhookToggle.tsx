// "The operator was installed with its webhook": one remembered preference (shared/operatorWebhook.ts)
// that the check page and the wizard judge manifests with.
import { useOperatorWebhook } from '../../shared/operatorWebhook.ts';
import { Toggle } from './Toggle.tsx';

interface WebhookToggleProps {
  /** Called after the user changed it (the preference itself is already saved). */
  onChange?: (on: boolean) => void;
}

export function WebhookToggle({ onChange }: WebhookToggleProps) {
  const [on, setOn] = useOperatorWebhook();
  return (
    <Toggle
      className="webhook-toggle"
      checked={on}
      onChange={(checked) => {
        setOn(checked);
        onChange?.(checked);
      }}
      label="The operator was installed with its webhook"
      help={
        <>
          Off by default. On: a milvus.io/v1alpha1 Milvus is converted instead of refused, and the webhook’s
          own validation refuses external storage without an address.
        </>
      }
    />
  );
}
