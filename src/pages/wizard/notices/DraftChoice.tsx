import type { DisplacedDraft } from '../useDraftAutosave.ts';
import { Callout } from './Callout.tsx';

interface DraftChoiceProps {
  displaced: DisplacedDraft | null;
  onKeepLink: () => void;
  onOpenDraft: () => void;
  onDismiss: () => void;
}

/** A share link opened over a saved draft: the draft is not replaced until the user says so. */
export function DraftChoice({ displaced, onKeepLink, onOpenDraft, onDismiss }: DraftChoiceProps) {
  if (!displaced) return null;
  if (displaced.replaced) {
    return (
      <Callout tone="info" role="status" onDismiss={onDismiss}>
        <p>The link&apos;s settings are now your draft. Your previous draft can still be restored.</p>
        <div className="callout-actions">
          <button type="button" className="button button-secondary button-small" onClick={onOpenDraft}>
            Restore my previous draft
          </button>
        </div>
      </Callout>
    );
  }
  return (
    <Callout tone="warning" role="status" title="You have a saved draft">
      <p>
        This page shows the share link&apos;s settings. Your saved draft is kept, and nothing is saved over it
        until you choose.
      </p>
      <div className="callout-actions">
        <button type="button" className="button button-primary button-small" onClick={onKeepLink}>
          Keep the link&apos;s settings
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onOpenDraft}>
          Open my draft instead
        </button>
      </div>
    </Callout>
  );
}
