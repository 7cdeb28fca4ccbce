/**
 * The draft saved in the browser's localStorage, so a reload keeps the user's work. Same compact
 * state as a share link (no passwords, YAML text only without secrets), plus where the user was.
 */
import { MSG_STREAM_TYPES, type MsgStreamType } from '../facts/support.ts';
import {
  packState,
  unpackState,
  type PackedState,
  type SecretTextCheck,
  type WizardState,
} from './stateCodec.ts';

export const DRAFT_STORAGE_KEY = 'milvus-mq.wizard-draft';

/** The storage of a manifest opened from the checker, to warn when the wizard changes it. */
export interface ImportedFrom {
  msgStreamType: MsgStreamType;
}

export interface Draft extends WizardState {
  /** Index of the step the user was on. */
  step: number;
  /** The furthest step reached. */
  reached: number;
  importedFrom?: ImportedFrom | undefined;
  /** What the draft did not keep (passwords), in words, to say so when it is opened. */
  notKept?: string[] | undefined;
}

interface StoredDraft extends PackedState {
  step: number;
  reached: number;
  importedFrom?: ImportedFrom;
  notKept?: string[];
}

/** Bounds what a damaged draft can make the page show. */
const MAX_NOT_KEPT = 8;

/** `hasSecrets`: see SecretTextCheck (a draft with YAML text needs it to keep the text). */
export function serializeDraft(draft: Draft, hasSecrets: SecretTextCheck): string {
  const { packed } = packState(draft, hasSecrets);
  const stored: StoredDraft = { ...packed, step: draft.step, reached: draft.reached };
  if (draft.importedFrom) stored.importedFrom = draft.importedFrom;
  if (draft.notKept && draft.notKept.length > 0) stored.notKept = draft.notKept;
  return JSON.stringify(stored);
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; error: string };

const stepNumber = (x: unknown): number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 16 ? x : 0;

/** null when nothing is saved; an error when what is saved cannot be used. */
export function parseDraft(raw: string | null): DraftResult | null {
  if (raw === null || raw === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'The saved draft is damaged (not JSON).' };
  }
  const unpacked = unpackState(data);
  if (!unpacked.ok) return { ok: false, error: `The saved draft cannot be used: ${unpacked.error}.` };
  const record = data as Record<string, unknown>;
  const step = stepNumber(record.step);
  const imported = record.importedFrom as { msgStreamType?: unknown } | undefined;
  const importedFrom =
    typeof imported === 'object' &&
    imported !== null &&
    (MSG_STREAM_TYPES as readonly string[]).includes(String(imported.msgStreamType))
      ? { msgStreamType: imported.msgStreamType as MsgStreamType }
      : undefined;
  const notKept = Array.isArray(record.notKept)
    ? record.notKept
        .filter((x): x is string => typeof x === 'string' && x.length <= 200)
        .slice(0, MAX_NOT_KEPT)
    : undefined;
  return {
    ok: true,
    draft: {
      ...unpacked.state,
      step,
      reached: Math.max(step, stepNumber(record.reached)),
      importedFrom,
      ...(notKept && notKept.length > 0 ? { notKept } : {}),
    },
  };
}

/** The YAML tools a draft needs to keep a text (secretText.ts; loaded on demand by the wizard). */
export interface DraftTextTools {
  textHasSecrets: (text: string) => boolean;
  withoutSecretValues: (text: string) => string | null;
}

/**
 * The draft as it may be saved: no password, and a text with secret values emptied (or left out
 * when that cannot be done), with what was not kept said in words. `tools` null: the YAML module
 * could not load, so a text cannot be checked and is left out.
 */
export function draftToSave(draft: Draft, tools: DraftTextTools | null): Draft {
  const notKept: string[] = [];
  if (draft.values.kafka.saslPassword !== '') notKept.push('the SASL password (saslPassword)');
  if (draft.values.kafka.tls.tlsKeyPassword !== '') notKept.push('the TLS key password (tlsKeyPassword)');
  let yamlText = draft.yamlText;
  if (yamlText !== undefined) {
    if (!tools) {
      yamlText = undefined;
      notKept.push('your own YAML edits (the YAML reader did not load to check them for passwords)');
    } else if (tools.textHasSecrets(yamlText)) {
      const kept = tools.withoutSecretValues(yamlText);
      if (kept === null)
        notKept.push('your own YAML edits (they hold a password in YAML that cannot be read)');
      else notKept.push('the password and token values in your YAML (their keys are kept, empty)');
      yamlText = kept ?? undefined;
    }
  }
  return { ...draft, yamlText, notKept };
}
