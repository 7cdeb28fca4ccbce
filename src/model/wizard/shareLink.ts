/**
 * Share links: the wizard's state in the URL fragment, `<the wizard's address>?s=<base64url of
 * compact JSON>` (the address is the app's, shared/routes.ts). The fragment never reaches a server,
 * and the state never holds a password.
 */
import {
  packState,
  unpackState,
  type PackResult,
  type SecretTextCheck,
  type UnpackResult,
  type WizardState,
} from './stateCodec.ts';

export const SHARE_PARAM = 's';

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text, or null when the input is not base64url of UTF-8. */
export function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export interface ShareLink extends Omit<PackResult, 'packed'> {
  /** What follows the wizard's address in the fragment, starting with `?`. */
  query: string;
}

/** `hasSecrets`: see SecretTextCheck (a link with YAML text needs it to carry the text). */
export function buildShareQuery(state: WizardState, hasSecrets: SecretTextCheck): ShareLink {
  const { packed, ...leftOut } = packState(state, hasSecrets);
  return { query: `?${SHARE_PARAM}=${toBase64Url(JSON.stringify(packed))}`, ...leftOut };
}

/** The encoded state in a fragment such as `#/wizard?s=...` (or its query alone), or null when there is none. */
export function shareParamFromHash(hash: string): string | null {
  const query = hash.indexOf('?');
  if (query === -1) return null;
  return new URLSearchParams(hash.slice(query + 1)).get(SHARE_PARAM);
}

/** Decodes a share parameter; a broken one gives a sentence saying what is wrong with it. */
export function decodeShareParam(param: string): UnpackResult {
  const json = fromBase64Url(param.trim());
  if (json === null)
    return { ok: false, error: 'The share link is damaged: it is not valid base64url text.' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The share link is damaged: its content is not JSON.' };
  }
  const result = unpackState(data);
  return result.ok ? result : { ok: false, error: `The share link cannot be opened: ${result.error}.` };
}
