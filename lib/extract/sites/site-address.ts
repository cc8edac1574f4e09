import { canonicalLink, metaProperty } from '../dom/head-tags';
import { isWebmailHost } from './webmail/webmail-hosts';

/**
 * The address a site adapter judges a page by. The tab's own URL wins whenever
 * it is on the adapter's site: single-page apps leave a stale canonical link
 * behind when they change profile. Only a page served from elsewhere (a saved
 * copy, a mirror, our e2e server on 127.0.0.1) is judged by the address it
 * declares for itself.
 */
export function siteAddress(document: Document, url: URL, isSiteHost: (host: string) => boolean): URL | undefined {
  if (isSiteHost(url.hostname.toLowerCase())) return url;
  for (const declared of declaredAddresses(document)) {
    if (isSiteHost(declared.hostname.toLowerCase())) return declared;
  }
  return undefined;
}

function declaredAddresses(document: Document): URL[] {
  const raw = [
    canonicalLink(document)?.getAttribute('href'),
    metaProperty(document, 'og:url')?.getAttribute('content'),
  ];
  const out: URL[] = [];
  for (const href of raw) {
    if (!href) continue;
    try {
      out.push(new URL(href));
    } catch {
      // a relative or broken declaration names no site
    }
  }
  return out;
}

// Sites a site adapter of its own reads: their suggestion lists and sidebars are full of other
// people's links and headings, which the heuristic sources would take for people of the page.
const ADAPTER_SITE_HOSTS = /(^|\.)(linkedin\.com|x\.com|twitter\.com|github\.com)$/;

/** Whether the page is (or is a copy of) a page of a site with its own adapter. */
export function onAdapterSite(document: Document, url: URL): boolean {
  // Webmail lists, menus and account switchers are full of addresses that are not the open message's people.
  return siteAddress(document, url, (host) => ADAPTER_SITE_HOSTS.test(host) || isWebmailHost(host)) !== undefined;
}
