import type { PageScan } from '../model/candidate';
import { canonicalProfileKey } from '../person/lead-identity';

/**
 * The person a page is about: on a profile page, the candidate whose profile
 * link is the page itself; on a page with exactly one person, that one.
 * Lists and team pages have no main person (undefined).
 */
export function mainPersonIndex(scan: PageScan): number | undefined {
  // The tab's address only: a page's claim to be someone's profile (rel=canonical) names nobody.
  const key = canonicalProfileKey(scan.pageUrl);
  if (key) {
    const i = scan.candidates.findIndex((c) => c.urls.some((u) => canonicalProfileKey(u.value) === key));
    if (i >= 0) return i;
  }
  return scan.candidates.length === 1 ? 0 : undefined;
}
