import type { ReactNode } from 'react';

interface CalloutProps {
  tone: 'info' | 'success' | 'warning' | 'danger';
  title?: string;
  children: ReactNode;
  onDismiss?: () => void;
  /** Announce when it appears: 'status' (polite) or 'alert' (at once). */
  role?: 'status' | 'alert';
}

export function Callout({ tone, title, children, onDismiss, role }: CalloutProps) {
  return (
    <div className={`callout callout-${tone}`} role={role}>
      <div className="callout-body">
        {title && <p className="callout-title">{title}</p>}
        {children}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="button button-ghost button-small callout-dismiss"
          onClick={onDismiss}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
