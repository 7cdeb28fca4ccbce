// Whether the user's operator was installed with its webhook. A fact about their cluster, not about
// one manifest: remembered across reloads (localStorage; it holds no secret) and shared by the
// check page and the wizard, which both judge manifests with it.
import { useSyncExternalStore } from 'react';

export const WEBHOOK_STORAGE_KEY = 'milvus-mq.operator-webhook';

const listeners = new Set<() => void>();
/** The value for this page's life when localStorage cannot be written (private modes, policies). */
let unsaved: boolean | null = null;

/** The preference now; off (the operator chart's default) until the user turns it on. */
export function operatorWebhookOn(): boolean {
  if (unsaved !== null) return unsaved;
  try {
    return window.localStorage.getItem(WEBHOOK_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function setOperatorWebhook(on: boolean): void {
  try {
    window.localStorage.setItem(WEBHOOK_STORAGE_KEY, on ? 'on' : 'off');
    unsaved = null;
  } catch {
    unsaved = on;
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === WEBHOOK_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The preference, and a setter that every page using it sees at once. */
export function useOperatorWebhook(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, operatorWebhookOn, () => false);
  return [on, setOperatorWebhook];
}
