import type { Candidate, CandidateInput } from '../model/candidate';
import { withPageCache } from './dom/page-cache';
import { fillCompanyFromEmail, organisationSpellings } from './enrich/company-from-email';
import {
  fillCompanyFromPage,
  fillCompanyFromSite,
  organisationOfPage,
  organisationOfSite,
} from './enrich/company-from-page';
import { fitSchema } from './enrich/fit-schema';
import { foldLooseDetails } from './enrich/fold-contact-details';
import { dropImplausiblePlace } from './enrich/plausible-place';
import { fillNameParts } from './enrich/split-names';
import { unshoutFields } from './enrich/unshout-fields';
import type { Extractor } from './extractor';
import { mergeCandidates } from './merge-candidates';
import { EXTRACTORS } from './registry';

/**
 * The extraction core: a document and its URL in, the people on it out, each
 * field with a confidence and the source that found it. Never fetches, never
 * throws for a page's sake: an extractor that fails is skipped.
 *
 * After merging: unnamed phone numbers and links go to the person their handle
 * names or the page's one person (if it has one), first and last names are split
 * from full names, a person on an organisation's own team page works there, a
 * business email's domain names the company when nothing else does, and each
 * person is kept within the limits a message to the background may carry.
 */
export function extractLeads(
  document: Document,
  url: string | URL,
  extractors: readonly Extractor[] = EXTRACTORS,
): Candidate[] {
  return extractLeadsWith(document, url, extractors);
}

/** {@link extractLeads} with the sources given: the content script's bundle never names EXTRACTORS (see lib/content/site-readers.ts). */
export function extractLeadsWith(document: Document, url: string | URL, extractors: readonly Extractor[]): Candidate[] {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  // The extractors share what they read off the page (its text, its structured data) for this call only.
  const { found, organisation, site, spellings } = withPageCache(document, () => {
    const all: CandidateInput[] = [];
    for (const extractor of extractors) {
      try {
        all.push(...extractor.extract(document, pageUrl));
      } catch (error) {
        console.warn(`LeadClip: extractor ${extractor.id} failed`, error);
      }
    }
    return {
      found: all,
      organisation: organisationOfPage(document, pageUrl),
      site: organisationOfSite(document, pageUrl),
      spellings: organisationSpellings(document),
    };
  });
  return foldLooseDetails(mergeCandidates(found))
    .map(unshoutFields)
    .map(fillNameParts)
    .map(fillCompanyFromPage(organisation))
    .map(fillCompanyFromSite(site))
    .map(fillCompanyFromEmail(spellings))
    .map(dropImplausiblePlace)
    .map(fitSchema);
}
