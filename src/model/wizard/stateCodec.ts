/**
 * The wizard's state as compact JSON, shared by share links and saved drafts: the values (without
 * passwords, as the difference from the defaults) and, when the user edited the YAML itself and
 * it holds no secret, that text.
 */
import { parseValuesShape, type WizardValues } from './values/values.ts';
import { issuesToProblems } from './values/valuesRules.ts';
import { lenientValues } from './lenientValues.ts';
import { hasPasswords, stripPasswords } from './secrets.ts';
import { applyDiff, diffFrom, isPlainObject, type Json } from './valuesDiff.ts';
import { wizardDefaults } from './wizardDefaults.ts';

export interface WizardState {
  values: WizardValues;
  /** The user's own manifest text (the merge base), when they edited the YAML. */
  yamlText?: string | undefined;
}

export const STATE_FORMAT = 1;
/** Far above any real manifest; bounds what a crafted link or a damaged draft can make the page parse. */
export const MAX_STATE_TEXT = 200_000;

export interface PackedState {
  f: typeof STATE_FORMAT;
  v: Record<string, Json>;
  y?: string;
}

export interface PackResult {
  packed: PackedState;
  /** The YAML text was left out because it holds a password or token. */
  textLeftOut: boolean;
  /** Password fields of the values were emptied. */
  passwordsLeftOut: boolean;
}

/**
 * Fields that decide what runs are always written, so a link or draft keeps meaning the same
 * manifest when a later version of the wizard changes its defaults.
 */
// `target` is not among them: links made before it existed are operator links, so its default
// 'operator' is fixed, and a Helm link carries it as a difference from the defaults.
const ALWAYS_WRITTEN = [
  'name',
  'namespace',
  'mode',
  'milvusVersion',
  'image',
  'apiVersion',
  'msgStreamType',
] as const;

/**
 * Whether manifest text holds a password or token: secretText.ts's `textHasSecrets`. Passed in
 * rather than imported, because it needs the YAML parser and the wizard loads that on demand.
 * `null` is for state without text; text packed without a check is left out, never risked.
 */
export type SecretTextCheck = ((text: string) => boolean) | null;

export function packState(state: WizardState, hasSecrets: SecretTextCheck): PackResult {
  // Fields the schema refuses are written as their defaults, so the state always opens again.
  const values = stripPasswords(lenientValues(state.values, wizardDefaults()));
  const v: Record<string, Json> = {};
  for (const key of ALWAYS_WRITTEN) v[key] = values[key];
  Object.assign(v, diffFrom(values, wizardDefaults()));
  const packed: PackedState = { f: STATE_FORMAT, v };
  const text = state.yamlText;
  const textLeftOut = text !== undefined && (hasSecrets === null || hasSecrets(text));
  if (text !== undefined && !textLeftOut) packed.y = text;
  return { packed, textLeftOut, passwordsLeftOut: hasPasswords(state.values) };
}

export type UnpackResult = { ok: true; state: WizardState } | { ok: false; error: string };

export function unpackState(data: unknown): UnpackResult {
  if (!isPlainObject(data) || !isPlainObject(data.v)) {
    return { ok: false, error: 'it holds no wizard settings' };
  }
  if (data.f !== STATE_FORMAT) {
    return { ok: false, error: `it was made by another version of the wizard (format ${String(data.f)})` };
  }
  const parsed = parseValuesShape(applyDiff(wizardDefaults(), data.v));
  if (!parsed.success) {
    const first = issuesToProblems(parsed.error.issues)[0];
    return {
      ok: false,
      error: first ? `${first.path || 'the values'}: ${first.message}` : 'its values are not valid',
    };
  }
  let yamlText: string | undefined;
  if (data.y !== undefined) {
    if (typeof data.y !== 'string') return { ok: false, error: 'its YAML text is not text' };
    if (data.y.length > MAX_STATE_TEXT) return { ok: false, error: 'its YAML text is too long' };
    yamlText = data.y;
  }
  // A crafted link could carry passwords; they are never taken from one.
  return { ok: true, state: { values: stripPasswords(parsed.data), yamlText } };
}
