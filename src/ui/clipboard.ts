/** The asynchronous clipboard API, as the app uses it; absent on pages not served over https (or localhost). */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/**
 * Copies text with the asynchronous clipboard API. Resolves true when copied, false when the API is missing
 * or the browser refused (permissions, an insecure page): the caller then shows the link to copy by hand.
 */
export async function copyText(text: string, clipboard: ClipboardLike | undefined): Promise<boolean> {
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
