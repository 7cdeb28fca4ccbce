/**
 * Where a wizard session starts: a share link in the URL wins, then the saved draft, then the
 * defaults. Whatever could not be used is said in one notice, never silently dropped.
 */
import type { ImportResult } from '../operator/wizard/import.ts';
import { MQ_LABELS, supportOf, type DeploymentMode, type MsgStreamType } from '../facts/support.ts';
import type { MilvusMinor } from '../facts/versions.ts';
import { reconcileContext } from './contextChange.ts';
import { parseDraft, type Draft } from './draft.ts';
import { decodeShareParam, shareParamFromHash } from './shareLink.ts';
import { LAST_STEP, stepIndex } from './steps.ts';
import { wizardDefaults } from './wizardDefaults.ts';

export interface SessionNotice {
  tone: 'info' | 'error';
  text: string;
}

export interface Session extends Draft {
  /** Where the session came from. */
  source: 'share-link' | 'draft' | 'defaults' | 'checker' | 'decision';
  notices: SessionNotice[];
  /** The importer's notes on a manifest opened from the checker. */
  importNotes: string[];
  /**
   * The saved draft a share link would replace (its stored text): the wizard keeps it, and does
   * not save over it, until the user chooses between the two.
   */
  displacedDraft?: string | undefined;
}

/**
 * A change another page hands to the wizard, applied when the user next sees it (the pages pass
 * it through shared/wizardBridge.ts).
 */
export type HandOver =
  /** A storage chosen on "RocksMQ or NATS?", for the deployment context it was chosen in. */
  | {
      kind: 'setMsgStreamType';
      msgStreamType: MsgStreamType;
      mode: DeploymentMode;
      milvusVersion: MilvusMinor;
    }
  /** A manifest from the checker, to import into the wizard (YAML text). */
  | { kind: 'importManifest'; yaml: string };

/**
 * Reads manifest text into wizard values: import.ts's `importManifest`. Passed in rather than
 * imported, because it needs the YAML parser and the wizard loads that on demand.
 */
export type ManifestImporter = (text: string) => ImportResult;

/** Whether applying this change needs the importer (a manifest from the checker). */
export function handOverNeedsImporter(change: HandOver | null): boolean {
  return change?.kind === 'importManifest';
}

export function freshSession(): Session {
  return { values: wizardDefaults(), step: 0, reached: 0, source: 'defaults', notices: [], importNotes: [] };
}

export function resumeSession(hash: string, savedDraft: string | null): Session {
  const notices: SessionNotice[] = [];
  const param = shareParamFromHash(hash);
  if (param !== null) {
    const shared = decodeShareParam(param);
    if (shared.ok) {
      const saved = parseDraft(savedDraft);
      return {
        ...shared.state,
        ...(saved?.ok && savedDraft !== null ? { displacedDraft: savedDraft } : {}),
        step: 0,
        reached: LAST_STEP,
        source: 'share-link',
        importNotes: [],
        notices: [
          {
            tone: 'info',
            text: 'Opened the settings from a share link. Passwords are never part of a link: enter them again if you need them.',
          },
        ],
      };
    }
    notices.push({ tone: 'error', text: shared.error });
  }
  const draft = parseDraft(savedDraft);
  if (draft?.ok) {
    const { notKept, ...saved } = draft.draft;
    const lost: SessionNotice[] =
      notKept && notKept.length > 0
        ? [
            {
              tone: 'info',
              text: `Restored your draft, except ${joinWords(notKept)}: passwords are never saved in the browser. Enter them again if you need them, or use a Secret (secretRef).`,
            },
          ]
        : [];
    return {
      ...saved,
      source: 'draft',
      importNotes: [],
      notices: [...withOutcome(notices, 'The wizard opened your saved draft instead.'), ...lost],
    };
  }
  if (draft) notices.push({ tone: 'error', text: draft.error });
  return { ...freshSession(), notices: withOutcome(notices, 'The wizard starts from the defaults.') };
}

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Each notice about something that could not be used ends by saying what the wizard did instead. */
function withOutcome(notices: SessionNotice[], outcome: string): SessionNotice[] {
  return notices.map((n) => ({ ...n, text: `${n.text} ${outcome}` }));
}

/**
 * The session with a change from another page applied on top: a storage chosen on "RocksMQ or
 * NATS?" (opens Settings, or Message storage when it cannot run here), or a manifest from the
 * checker (replaces everything and opens Review). A manifest needs `importManifest`; the other
 * changes take null.
 */
export function withHandOver(
  session: Session,
  change: HandOver | null,
  importManifest: ManifestImporter | null,
): Session {
  if (!change) return session;
  if (change.kind === 'setMsgStreamType') {
    const values = structuredClone(session.values);
    const previous = { mode: values.mode, milvusVersion: values.milvusVersion };
    // The storage was chosen for a mode and version: take them along, so it can run here.
    values.mode = change.mode;
    values.milvusVersion = change.milvusVersion;
    for (const c of reconcileContext(values, previous).changes) {
      if (c.path === 'image') values.image = c.value;
      if (c.path === 'pulsar.inCluster.chartVersion') values.pulsar.inCluster.chartVersion = c.value;
    }
    values.msgStreamType = change.msgStreamType;
    const name = MQ_LABELS[change.msgStreamType];
    const usable =
      supportOf(values.mode, change.msgStreamType, values.milvusVersion).status !== 'unsupported';
    const step = stepIndex(usable ? 'settings' : 'storage');
    return {
      ...session,
      values,
      source: 'decision',
      step,
      reached: Math.max(session.reached, step),
      notices: [
        usable
          ? { tone: 'info', text: `Message storage set to ${name}, as chosen on "RocksMQ or NATS?".` }
          : {
              tone: 'error',
              text: `${name} cannot run with the mode and version chosen here: pick another storage or change the deployment.`,
            },
      ],
    };
  }
  if (!importManifest) throw new Error('A manifest handed over by the checker needs the importer.');
  const imported = importManifest(change.yaml);
  if (!imported.ok) {
    return {
      ...session,
      notices: [
        {
          tone: 'error',
          text: `The manifest from the checker cannot be opened in the wizard: ${imported.error}`,
        },
      ],
    };
  }
  return {
    values: imported.values,
    yamlText: change.yaml,
    step: stepIndex('review'),
    reached: LAST_STEP,
    importedFrom: { msgStreamType: imported.values.msgStreamType },
    source: 'checker',
    notices: [
      {
        tone: 'info',
        text: 'Opened the manifest from the checker: the form shows its settings, and the YAML keeps everything else it holds.',
      },
    ],
    importNotes: imported.notes,
  };
}
