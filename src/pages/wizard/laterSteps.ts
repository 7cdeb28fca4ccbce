// The wizard's later steps and its output actions (which need the YAML parser for the share link's
// secret check), the storage-change callout above the later steps (with the WAL switch facts) and
// the Start over dialog (shown after a press) and the choice a share link opened over a saved draft
// asks for (shown on that rare path only): not in the app's first load, fetched right after the
// first paint.
import { lazyWithPrefetch } from './lazyWithPrefetch.ts';

const storageStep = lazyWithPrefetch(() =>
  import('./steps/storage/StorageStep.tsx').then((m) => m.StorageStep),
);
const settingsStep = lazyWithPrefetch(() =>
  import('./steps/settings/SettingsStep.tsx').then((m) => m.SettingsStep),
);
const reviewStep = lazyWithPrefetch(() => import('./steps/review/ReviewStep.tsx').then((m) => m.ReviewStep));
const outputActions = lazyWithPrefetch(() =>
  import('./output/OutputActions.tsx').then((m) => m.OutputActions),
);
const storageChangeCallout = lazyWithPrefetch(() =>
  import('./notices/StorageChangeCallout.tsx').then((m) => m.StorageChangeCallout),
);
const startOverDialog = lazyWithPrefetch(() =>
  import('./StartOverDialog.tsx').then((m) => m.StartOverDialog),
);
const draftChoice = lazyWithPrefetch(() => import('./notices/DraftChoice.tsx').then((m) => m.DraftChoice));

export const StorageStep = storageStep.Component;
export const SettingsStep = settingsStep.Component;
export const ReviewStep = reviewStep.Component;
export const OutputActions = outputActions.Component;
export const StorageChangeCallout = storageChangeCallout.Component;
export const StartOverDialog = startOverDialog.Component;
export const DraftChoice = draftChoice.Component;

/**
 * Resolves once the steps after the first and what they show have loaded (a failed fetch resolves
 * too: the step's own Suspense then tries again). A wizard opened on a later step waits for this
 * before it lays out the page, so the step's content never arrives under a pointer already
 * pressing something below it (on a phone, the preview sits under the form).
 */
export function laterStepsLoaded(): Promise<void> {
  return Promise.all(
    [storageStep, settingsStep, reviewStep, outputActions, storageChangeCallout].map(({ prefetch }) =>
      prefetch().catch(() => undefined),
    ),
  ).then(() => undefined);
}

export function prefetchLaterSteps(): void {
  for (const { prefetch } of [
    storageStep,
    settingsStep,
    reviewStep,
    outputActions,
    storageChangeCallout,
    startOverDialog,
    draftChoice,
  ]) {
    prefetch().catch((error: unknown) => console.warn('A wizard step could not load ahead.', error));
  }
}
