import type { CandidateInput } from '../../model/candidate';
import type { Extractor } from '../extractor';
import { firstClaim, roleAtCompany } from './headline';
import { leadCandidate, reading } from './lead-candidate';
import { isLinkedInHost, memberProfileUrl, sameMember, viewerSlug } from './linkedin-links';
import {
  type ListedMember,
  readConnectionCard,
  readGuestCard,
  readLockup,
  readSearchResult,
} from './linkedin-list-cards';
import { siteAddress } from './site-address';
import { firstText, withoutDecoration } from './site-text';

const SOURCE = 'linkedin-people';

// A company's own page: signed out, LinkedIn lists a few "Employees at" the company there; signed in,
// its lockups are suggestions and "people you may know", never the company's people.
const COMPANY_OVERVIEW = /^\/company\/[^/]+\/?$/;

// The LinkedIn pages that list people to capture in bulk.
const LIST_PAGES = [
  /^\/search\/results\/(people|all)\b/,
  /^\/(company|school)\/[^/]+\/people\b/,
  /^\/mynetwork\/invite-connect\/connections\b/,
  /^\/mynetwork\/network-manager\//,
  COMPANY_OVERVIEW,
];

// Each layout's card and how to read it, stable attributes first, BEM names after.
const LAYOUTS: ReadonlyArray<{ cards: string; read: (card: Element) => ListedMember | undefined }> = [
  {
    cards:
      '[data-view-name="search-entity-result-universal-template"], [data-chameleon-result-urn^="urn:li:member"], li.reusable-search__result-container, .entity-result',
    read: readSearchResult,
  },
  { cards: 'li.mn-connection-card, [data-view-name="connections-list-item"]', read: readConnectionCard },
  { cards: '.artdeco-entity-lockup', read: readLockup },
];
const GUEST_LAYOUTS = [{ cards: '[data-test-id="employees-at"] li', read: readGuestCard }];

// The navigation and its "Me" menu show the signed-in rep, never a person of the list.
const CHROME = 'header, nav, #global-nav, .global-nav, [role="banner"], [role="navigation"]';

/** The company whose People tab this is: its people work there. */
function pageCompany(document: Document, address: URL): string {
  if (!/^\/company\//.test(address.pathname)) return '';
  const shown = firstText(document, ['h1.org-top-card-summary__title', '.org-top-card-summary__title', 'main h1']);
  const fromTitle = (document.title.match(/^(?:\(\d+\+?\)\s*)?(.+?):\s*People\s*\|\s*LinkedIn/i) ?? [])[1] ?? '';
  return withoutDecoration(shown || fromTitle);
}

function withoutCompany(headline: string, company: string): string {
  const at = roleAtCompany(headline);
  if (at && at.company.toLowerCase() === company.toLowerCase()) return at.title;
  // "Customer Success • Motion": the employer stacked after the role.
  const parts = headline.split(/\s+[|•·]\s+/);
  if (parts.length === 2 && withoutDecoration(parts[1] ?? '').toLowerCase() === company.toLowerCase()) {
    return withoutDecoration(parts[0] ?? '');
  }
  return withoutDecoration(headline);
}

function candidate(member: ListedMember, company: string): CandidateInput {
  // "Data Scientist @ Gaimin | ex-PhD": the first claim states the job; the rest is colour.
  const stated =
    roleAtCompany(member.headline) ?? roleAtCompany(firstClaim(member.headline)) ?? roleAtCompany(member.current);
  const title = company
    ? withoutCompany(member.headline, company)
    : (stated?.title ?? withoutDecoration(member.headline));
  return leadCandidate(SOURCE, {
    fullName: reading(member.name, 0.85),
    title: reading(title || firstClaim(member.current), stated || company ? 0.7 : 0.6),
    company: company ? reading(company, 0.7) : reading(stated?.company, 0.6),
    location: reading(withoutDecoration(member.location), 0.7),
    urls: [{ value: memberProfileUrl(member.slug), confidence: 0.95 }],
  });
}

/**
 * LinkedIn people search, a company's People tab and the connections list: every
 * person listed, with the headline they show and their canonical profile address.
 */
export const linkedInPeopleListExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const address = siteAddress(document, url, isLinkedInHost);
    if (!address || !LIST_PAGES.some((p) => p.test(address.pathname))) return [];
    const viewer = viewerSlug(document);
    const company = pageCompany(document, address);
    const seen = new Set<string>();
    const out: CandidateInput[] = [];
    for (const layout of COMPANY_OVERVIEW.test(address.pathname) ? GUEST_LAYOUTS : LAYOUTS) {
      for (const card of document.querySelectorAll(layout.cards)) {
        if (card.closest(CHROME)) continue;
        const member = layout.read(card);
        if (!member?.name || /^linkedin member$/i.test(member.name)) continue;
        const key = member.slug.toLowerCase();
        if (seen.has(key) || (viewer && sameMember(viewer, member.slug))) continue;
        seen.add(key);
        out.push(candidate(member, company));
      }
    }
    return out;
  },
};
