interface CheckActionsProps {
  /** Nothing to act on (no text yet). */
  disabled: boolean;
  safeFixCount: number;
  onApplySafe: () => void;
  onDownload: () => void;
  onOpenInWizard: () => void;
  /** The wizard cannot take this text in (Helm values: the wizard imports manifests). */
  wizardDisabled?: boolean;
}

export function CheckActions({
  disabled,
  safeFixCount,
  onApplySafe,
  onDownload,
  onOpenInWizard,
  wizardDisabled = false,
}: CheckActionsProps) {
  return (
    <div className="check-actions">
      <button
        type="button"
        className="check-button check-button-primary"
        disabled={disabled || safeFixCount === 0}
        aria-describedby="check-safe-count"
        onClick={onApplySafe}
      >
        Apply all safe fixes
      </button>
      <span id="check-safe-count" className="check-safe-count">
        {safeFixCount === 1 ? '1 safe fix' : `${safeFixCount} safe fixes`}
      </span>
      <button type="button" className="check-button" disabled={disabled} onClick={onDownload}>
        Download fixed file
      </button>
      <button
        type="button"
        className="check-button"
        disabled={disabled || wizardDisabled}
        onClick={onOpenInWizard}
      >
        Open in wizard
      </button>
    </div>
  );
}
