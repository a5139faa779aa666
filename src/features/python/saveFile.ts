/** Saves `blob` as a download named `fileName`, through a temporary Blob URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns: revoke the URL later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type CopyOutcome = 'copied' | 'selected';

/**
 * Copies text to the clipboard. Where the Clipboard API is missing or refused (an http page, a locked-down school
 * browser), selects the text of `fallback` and tries the older copy command; if even that fails, the text stays
 * selected for Ctrl+C and the outcome says so.
 */
export async function copyText(text: string, fallback: HTMLElement | null): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused: fall through to selecting the text.
  }
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
