import { extractLeadsWith } from '../extract/extract-leads';
import { regionHintFor } from '../extract/region-hint';
import { extractorsWith } from '../extract/registry';
import { CARRIED_SITE_EXTRACTORS } from '../extract/sites';
import type { PageScan } from '../model/candidate';
import { registeredMarkupReaders, registeredSiteReaders } from './site-readers';

/**
 * Reads the page the rep has open, as it is now: nothing is fetched, nothing remembered between scans.
 * The address is the tab's own, never what the page claims (rel=canonical, og:url): a page on
 * another host that says it is someone's profile is not that profile.
 */
export function scanPage(document: Document, location: Location): PageScan {
  return {
    pageUrl: location.href,
    pageTitle: document.title.slice(0, 500),
    // The numbering plans are too heavy for the page: the background writes phones as E.164 with this hint.
    ...regionOf(document, location),
    // Every source, with the site adapters of a reader script injected before this one (LinkedIn, webmail),
    // and the markup readers where the page has microdata, RDFa or microformats.
    candidates: extractLeadsWith(
      document,
      location.href,
      extractorsWith(registeredMarkupReaders(), [...registeredSiteReaders(), ...CARRIED_SITE_EXTRACTORS]),
    ).slice(0, 1000),
  };
}

function regionOf(document: Document, location: Location): { regionHint?: string } {
  const region = regionHintFor(document, location.href);
  return region && /^[A-Z]{2}$/.test(region) ? { regionHint: region } : {};
}
