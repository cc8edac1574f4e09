import { extractLeads } from '../extract/extract-leads';
import type { PageScan } from '../model/candidate';

function canonicalUrlOf(document: Document): string {
  const link = document.querySelector('link[rel="canonical" i]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url" i]')?.getAttribute('content');
  const raw = link || og || '';
  try {
    return raw ? new URL(raw, document.baseURI).href : '';
  } catch {
    return '';
  }
}

/** Reads the page the rep has open, as it is now: nothing is fetched, nothing remembered between scans. */
export function scanPage(document: Document, location: Location): PageScan {
  return {
    pageUrl: location.href,
    canonicalUrl: canonicalUrlOf(document),
    pageTitle: document.title.slice(0, 500),
    candidates: extractLeads(document, location.href).slice(0, 1000),
  };
}
