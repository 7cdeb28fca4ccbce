// Where the wizard's session comes from: a share link, the saved draft or the defaults, with a
// change another page handed over on top.
import { useMemo, useState } from 'react';
import { withApiVersionGate } from '../../model/wizard/apiVersionGate.ts';
import { handOverNeedsImporter, resumeSession, withHandOver, type Session } from '../../model/wizard/session.ts';
import { operatorWebhookOn } from '../../shared/operatorWebhook.ts';
import { takeHandOver } from '../../shared/wizardBridge.ts';
import { readDraft } from './useDraftAutosave.ts';
import { useParsing } from './yamlParsing.ts';

/**
 * Where the wizard starts (share link, draft, defaults, with another page's change on top). null
 * while a manifest from the checker waits for the YAML parser: the page that sent it has loaded
 * the parser already, so that wait is short, and the user lands on Review with the manifest read.
 */
export function useWizardSession(): Session | null {
  // The pending change of another page is taken here, once: React keeps the first result of a
  // state initializer (development's double call included).
  const [start] = useState(() => ({
    resumed: resumeSession(window.location.hash, readDraft()),
    change: takeHandOver(),
  }));
  const parsing = useParsing();
  return useMemo(() => {
    const importManifest = parsing?.importManifest ?? null;
    if (handOverNeedsImporter(start.change) && !importManifest) return null;
    return withApiVersionGate(withHandOver(start.resumed, start.change, importManifest), operatorWebhookOn());
  }, [start, parsing]);
}
