import { isSocialNetworkHost } from '../social/networks';
import { isWebmailHost } from './webmail/webmail-hosts';

/**
 * The address a site adapter judges a page by: the tab's own address, and only
 * that. A page's claim about itself (`link rel=canonical`, `og:url`) is the page's
 * word: a page on another host that declares linkedin.com/in/x must not be read,
 * or merged, as that profile. Undefined when the tab is not on the adapter's site.
 */
export function siteAddress(_document: Document, url: URL, isSiteHost: (host: string) => boolean): URL | undefined {
  return isSiteHost(url.hostname.toLowerCase()) ? url : undefined;
}

/** Whether the tab is on a social network, whose pages their own adapters read. */
export function onAdapterSite(document: Document, url: URL): boolean {
  // Their suggestion lists and sidebars are full of other people's links and headings,
  // which the heuristic sources would take for people of the page.
  // Webmail lists, menus and account switchers are full of addresses that are not the open message's people.
  return siteAddress(document, url, (host) => isSocialNetworkHost(host) || isWebmailHost(host)) !== undefined;
}
