// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WEBHOOK_STORAGE_KEY, operatorWebhookOn, setOperatorWebhook } from './operatorWebhook.ts';

afterEach(() => {
  vi.restoreAllMocks();
  setOperatorWebhook(false);
  window.localStorage.clear();
});

describe('the webhook preference', () => {
  it('is off until the user turns it on, and is kept in localStorage for the next visit', () => {
    expect(operatorWebhookOn()).toBe(false);
    setOperatorWebhook(true);
    expect(window.localStorage.getItem(WEBHOOK_STORAGE_KEY)).toBe('on');
    expect(operatorWebhookOn()).toBe(true);
    setOperatorWebhook(false);
    expect(operatorWebhookOn()).toBe(false);
  });

  it('still works for this page when storage is disabled', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    setOperatorWebhook(true);
    expect(operatorWebhookOn()).toBe(true);
  });
});
