// Copying to the clipboard, with a fallback where the Clipboard API is not allowed.

/** Copies text; falls back to a hidden text area where the Clipboard API is not allowed. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    const previous = document.activeElement;
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    if (previous instanceof HTMLElement) previous.focus();
    return copied;
  }
}
