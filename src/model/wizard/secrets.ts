/**
 * Passwords never leave the page in a share link or a saved draft: this module removes them from
 * values. Manifest text that holds one is recognised by secretText.ts (it needs the YAML parser).
 */
import type { WizardValues } from '../values.ts';

/** Values with every password field emptied. */
export function stripPasswords(values: WizardValues): WizardValues {
  const copy = structuredClone(values);
  copy.kafka.saslPassword = '';
  copy.kafka.tls.tlsKeyPassword = '';
  return copy;
}

export function hasPasswords(values: WizardValues): boolean {
  return values.kafka.saslPassword !== '' || values.kafka.tls.tlsKeyPassword !== '';
}
