/**
 * Hands a file to the browser's own download flow from an extension page. An anchor with
 * `download` needs no `downloads` permission, and works in Chrome's side panel and Firefox's sidebar.
 */
export function saveFile(blob: Blob, fileName: string, document: Document = globalThis.document): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; revoking later frees the memory of big exports.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
