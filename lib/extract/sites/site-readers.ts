import { isLinkedInHost } from './linkedin-links';
import { isWebmailHost } from './webmail/webmail-hosts';

/**
 * The reader scripts (entrypoints/<name>.ts) that carry the adapters of sites whose pages are apps:
 * LinkedIn's (a sixth of the content script) and the webmail clients'. The content script leaves
 * them out, so every other page gets a smaller script; on those sites the extension injects the
 * reader first and the content script reads with what it registered (lib/content/site-readers.ts).
 */
export type SiteReader = 'linkedin-reader' | 'webmail-reader';

/** The reader script a page on this host needs before the content script, if any. */
export function siteReaderFor(host: string): SiteReader | undefined {
  const h = host.toLowerCase();
  if (isLinkedInHost(h)) return 'linkedin-reader';
  if (isWebmailHost(h)) return 'webmail-reader';
  return undefined;
}
