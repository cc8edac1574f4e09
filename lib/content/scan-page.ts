import { extractLeads } from '../extract/extract-leads';
import type { PageScan } from '../model/candidate';

/** Reads the page the rep has open, as it is now: nothing is fetched, nothing remembered between scans. */
export function scanPage(document: Document, location: Location): PageScan {
  return {
    pageUrl: location.href,
    pageTitle: document.title.slice(0, 500),
    candidates: extractLeads(document, location.href).slice(0, 1000),
  };
}
