import { MARKUP_ROOT_SELECTORS } from '../markup-roots';
import { isGitHubHost } from './github-profile';
import { isLinkedInHost } from './linkedin-links';
import { isWebmailHost } from './webmail/webmail-hosts';
import { isXHost } from './x-profile';

/**
 * The reader scripts (entrypoints/<name>.ts) that carry the adapters of the sites that have their own:
 * LinkedIn's (a sixth of the content script), the webmail clients', X's and GitHub's. The content
 * script leaves them out, so every other page gets a smaller script; on those sites the extension
 * injects the site's reader first and the content script reads with what it registered
 * (lib/content/site-readers.ts).
 */
const READERS = [
  ['linkedin-reader', isLinkedInHost],
  ['webmail-reader', isWebmailHost],
  ['x-reader', isXHost],
  ['github-reader', isGitHubHost],
] as const;

export type SiteReader = (typeof READERS)[number][0];

/** The reader script a page on this host needs before the content script, if any. */
export function siteReaderFor(host: string): SiteReader | undefined {
  const h = host.toLowerCase();
  return READERS.find(([, isSiteHost]) => isSiteHost(h))?.[0];
}

/** What the background asks to choose a page's reader scripts: its site's, and the markup reader's roots. */
export const PAGE_READERS = { siteReaderFor, markupRootSelectors: MARKUP_ROOT_SELECTORS } as const;
