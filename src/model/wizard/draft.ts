/**
 * The draft saved in the browser's localStorage, so a reload keeps the user's work. Same compact
 * state as a share link (no passwords, YAML text only without secrets), plus where the user was.
 */
import { MSG_STREAM_TYPES, type MsgStreamType } from '../support.ts';
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
}

interface StoredDraft extends PackedState {
  step: number;
  reached: number;
  importedFrom?: ImportedFrom;
}

/** `hasSecrets`: see SecretTextCheck (a draft with YAML text needs it to keep the text). */
export function serializeDraft(draft: Draft, hasSecrets: SecretTextCheck): string {
  const { packed } = packState(draft, hasSecrets);
  const stored: StoredDraft = { ...packed, step: draft.step, reached: draft.reached };
  if (draft.importedFrom) stored.importedFrom = draft.importedFrom;
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
  return {
    ok: true,
    draft: { ...unpacked.state, step, reached: Math.max(step, stepNumber(record.reached)), importedFrom },
  };
}
