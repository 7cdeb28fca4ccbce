// A checkbox with its one-line meaning under the label: the operator's webhook, helm upgrade's
// --reuse-values.
import { useId, type ReactNode } from 'react';
import './toggle.css';

interface ToggleProps {
  label: ReactNode;
  help: ReactNode;
  checked: boolean;
  onChange: (on: boolean) => void;
  /** Another class beside `toggle`, for a page's layout (and tests) to find this one. */
  className?: string;
}

export function Toggle({ label, help, checked, onChange, className }: ToggleProps) {
  const id = useId();
  return (
    <div className={className ? `toggle ${className}` : 'toggle'}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-help`} className="toggle-help">
        {help}
      </p>
    </div>
  );
}
