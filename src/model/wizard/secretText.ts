/**
 * Recognises manifest text that holds a secret, so that such text never goes into a share link or
 * a saved draft. Apart from secrets.ts because it needs the YAML parser, which the app loads on
 * demand: the codec of links and drafts takes it as a parameter (see stateCodec.ts).
 */
import { Scalar, isMap, isScalar, parseAllDocuments, visit } from 'yaml';
import { isEnvReference } from '../facts/secretsFromEnv.ts';

/**
 * Keys whose value is a secret: saslPassword and tlsKeyPassword (the wizard's own), any other
 * "password" key, and Pulsar's authParams (it carries tokens).
 */
const SECRET_KEY = /password|passwd|authParams/i;

/** For text that is not valid YAML: any secret key followed by a value on its line. */
const SECRET_LINE = /(password|passwd|authParams)["']?\s*:[ \t]*(?!(""|''|null|~)?[ \t]*(#.*)?$)\S/im;

/** Whether the manifest text holds a non-empty value under a secret key (anywhere in any document). */
export function textHasSecrets(text: string): boolean {
  let docs;
  try {
    docs = parseAllDocuments(text);
  } catch {
    return SECRET_LINE.test(text);
  }
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.some((doc) => doc.errors.length > 0)) return SECRET_LINE.test(text);
  let found = false;
  for (const doc of list) {
    visit(doc, {
      Pair(_key, pair) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key !== 'string' || !SECRET_KEY.test(key)) return undefined;
        if (isSecretValue(pair.value)) {
          found = true;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (found) return true;
  }
  return false;
}

function isSecretValue(node: unknown): boolean {
  if (node === null || node === undefined) return false;
  // `${PULSAR_AUTH_PARAMS}`, the wizard's own placeholder, names a variable and holds no secret.
  if (isScalar(node)) return node.value !== null && node.value !== '' && !isEnvReference(node.value);
  if (isMap(node)) return node.items.length > 0;
  return true;
}

/**
 * The text with the value of every secret key emptied (`saslPassword: ""`), everything else as it
 * was: what a saved draft may keep of a text that holds a password. null when the text is not
 * valid YAML, so its secrets cannot be found reliably.
 */
export function withoutSecretValues(text: string): string | null {
  let docs;
  try {
    docs = parseAllDocuments(text);
  } catch {
    return null;
  }
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.some((doc) => doc.errors.length > 0)) return null;
  let changed = false;
  for (const doc of list) {
    visit(doc, {
      Pair(_key, pair) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key !== 'string' || !SECRET_KEY.test(key) || !isSecretValue(pair.value)) return undefined;
        const empty = new Scalar('');
        empty.type = Scalar.QUOTE_DOUBLE;
        pair.value = empty;
        changed = true;
        return undefined;
      },
    });
  }
  if (!changed) return text;
  const out = list.map((doc) => doc.toString({ lineWidth: 0 })).join('');
  return textHasSecrets(out) ? null : out;
}
