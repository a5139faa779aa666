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
