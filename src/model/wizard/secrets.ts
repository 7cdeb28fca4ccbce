/**
 * Passwords never leave the page in a share link or a saved draft: this module removes them from
 * values. Which fields are passwords is said once, by `secret` in the storages' field tables.
 * Manifest text that holds one is recognised by secretText.ts (it needs the YAML parser).
 */
import { getAt, setAt } from '../storages/fieldTable.ts';
import { STORAGES } from '../storages/index.ts';
import type { WizardValues } from './values/valuesObject.ts';

/** The value paths of every password field, e.g. `['kafka', 'saslPassword']`. */
export const SECRET_FIELDS: readonly string[][] = STORAGES.flatMap((s) =>
  s.fields.filter((f) => f.secret).map((f) => [s.id, ...f.value]),
);

const SECRET_NAMES = new Set(SECRET_FIELDS.map((path) => path.join('.')));

/** Whether a form field (`kafka.saslPassword`) holds a password: the form masks it. */
export function isSecretField(name: string): boolean {
  return SECRET_NAMES.has(name);
}

/** Values with every password field emptied. */
export function stripPasswords(values: WizardValues): WizardValues {
  const copy = structuredClone(values);
  for (const path of SECRET_FIELDS) {
    if (getAt(copy, path) !== undefined) setAt(copy, path, '');
  }
  return copy;
}

export function hasPasswords(values: WizardValues): boolean {
  return SECRET_FIELDS.some((path) => {
    const value = getAt(values, path);
    return value !== undefined && value !== '';
  });
}
