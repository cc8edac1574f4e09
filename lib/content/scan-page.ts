import { extractLeads } from '../extract/extract-leads';
import type { PageScan } from '../model/candidate';

/**
 * Reads the page the rep has open, as it is now: nothing is fetched, nothing remembered between scans.
 * The address is the tab's own, never what the page claims (rel=canonical, og:url): a page on
 * another host that says it is someone's profile is not that profile.
 */
export function scanPage(document: Document, location: Location): PageScan {
  return {
    pageUrl: location.href,
    pageTitle: document.title.slice(0, 500),
    candidates: extractLeads(document, location.href).slice(0, 1000),
  };
}
