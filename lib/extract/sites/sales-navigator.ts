import type { CandidateInput } from '../../model/candidate';
import type { Extractor } from '../extractor';
import { roleAtCompany } from './headline';
import { leadCandidate, reading } from './lead-candidate';
import { isLinkedInHost } from './linkedin-links';
import { siteAddress } from './site-address';
import { firstText, visibleText, withoutDecoration } from './site-text';

const SOURCE = 'sales-navigator';

const LIST_PAGES = [/^\/sales\/lists\/people\b/, /^\/sales\/search\/people\b/];
// Sales Navigator marks every piece of personal data with `data-anonymize` (for its screenshot mode):
// the one hook that survives its redesigns.
const NAME = '[data-anonymize="person-name"]';
const TITLE = ['[data-anonymize="title"]', '[data-anonymize="job-title"]'];
const COMPANY = ['[data-anonymize="company-name"]'];
const LOCATION = ['[data-anonymize="location"]'];
// One lead per table row (lead lists) or list item (search).
const ROW = 'tr, li, [data-x-search-result]';
const CHROME = 'header, nav, [role="navigation"], [role="banner"]';

/** The lead's Sales Navigator address, absolute and without tracking parameters. */
function leadUrl(row: Element, name: Element): string {
  const link = name.closest('a[href*="/sales/lead/"]') ?? row.querySelector('a[href*="/sales/lead/"]');
  const href = link?.getAttribute('href');
  if (!href) return '';
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    return `${url.origin}${url.pathname}`;
  } catch {
    return '';
  }
}

/**
 * Sales Navigator lead lists and lead search: every lead listed, with name, title,
 * company and place. Their links stay Sales Navigator `/sales/lead/…` addresses:
 * the public profile address is not on the page, and LeadClip fetches nothing.
 */
export const salesNavigatorExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const address = siteAddress(document, url, isLinkedInHost);
    if (!address || !LIST_PAGES.some((p) => p.test(address.pathname))) return [];
    const seen = new Set<string>();
    const out: CandidateInput[] = [];
    for (const name of document.querySelectorAll(NAME)) {
      const row = name.closest(ROW);
      if (!row || row.closest(CHROME)) continue;
      const fullName = withoutDecoration(visibleText(name));
      const lead = leadUrl(row, name);
      const key = lead || fullName.toLowerCase();
      if (!fullName || seen.has(key)) continue;
      seen.add(key);
      const title = withoutDecoration(firstText(row, TITLE));
      // Search sometimes shows only "Title at Company" in one line.
      const stated = firstText(row, COMPANY) ? undefined : roleAtCompany(title);
      out.push(
        leadCandidate(SOURCE, {
          fullName: reading(fullName, 0.9),
          title: reading(stated?.title ?? title, 0.85),
          company: reading(withoutDecoration(firstText(row, COMPANY)) || stated?.company, 0.85),
          location: reading(withoutDecoration(firstText(row, LOCATION)), 0.8),
          urls: lead ? [{ value: lead, confidence: 0.9 }] : [],
        }),
      );
    }
    return out;
  },
};
