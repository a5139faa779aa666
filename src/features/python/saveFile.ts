import { copyText as copyWithClipboardApi } from '../../ui/clipboard';

export type CopyOutcome = 'copied' | 'selected';

/**
 * Copies text to the clipboard. Where the Clipboard API is missing or refused (an http page, a locked-down school
 * browser), selects the text of `fallback` and tries the older copy command; if even that fails, the text stays
 * selected for Ctrl+C and the outcome says so.
 */
export async function copyText(text: string, fallback: HTMLElement | null): Promise<CopyOutcome> {
  if (await copyWithClipboardApi(text, navigator.clipboard)) return 'copied';
  if (fallback) {
    const selection = window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(fallback);
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // Not supported: the selection stays for the user to copy.
    }
  }
  return 'selected';
}
