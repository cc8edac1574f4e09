import type { Extractor } from '../extractor';
import { firstClaim, roleAtCompany } from './headline';
import { namesADepartment, namesAJob } from './job-words';
import { leadCandidate, reading } from './lead-candidate';
import { isLinkedInHost, memberProfileUrl, memberSlug, sameMember, viewerSlug } from './linkedin-links';
import { siteAddress } from './site-address';
import { firstText, visibleText, withoutDecoration } from './site-text';

const SOURCE = 'linkedin-article';

// Where an article names its author, newest layout first: the author card of the signed-out page,
// then the `rel="author"` link of the older article header.
const AUTHOR_LINKS = [
  '.main-author-card a[href*="/in/"]',
  'a[rel~="author"][href*="/in/"]',
  '[itemprop="author"] a[href*="/in/"]',
  '.author-info a[href*="/in/"]',
];
const AUTHOR_BLOCK = '.main-author-card, .source-promo, .author-info, .text-row';

function authorLink(document: Document, viewer: string): Element | undefined {
  for (const selector of AUTHOR_LINKS) {
    for (const a of document.querySelectorAll(selector)) {
      const slug = memberSlug(a.getAttribute('href'));
      // The navigation's "Me" menu is the signed-in reader, never the author.
      if (slug && !(viewer && sameMember(viewer, slug))) return a;
    }
  }
  return undefined;
}

/** The "Written by" line LinkedIn gives link previews (`twitter:label1` / `twitter:data1`). */
function writtenBy(document: Document): string {
  for (const n of [1, 2]) {
    const label = document.querySelector(`meta[name="twitter:label${n}"]`);
    const data = document.querySelector(`meta[name="twitter:data${n}"]`);
    const said = (el: Element | null) => (el?.getAttribute('content') ?? el?.getAttribute('value') ?? '').trim();
    if (/^written by$/i.test(said(label))) return said(data);
  }
  return '';
}

/** "Founder, Pefin, The first AI adviser": a job, then its employer, then a tagline. */
function headlineRole(headline: string): { title: string; company: string } | undefined {
  const stated = roleAtCompany(firstClaim(headline));
  if (stated && namesAJob(stated.title)) return stated;
  const [job = '', employer = ''] = headline.split(/,\s+/).map((p) => withoutDecoration(p));
  if (namesAJob(job) && employer && !namesAJob(employer) && !namesADepartment(employer) && employer.length <= 60) {
    return { title: job, company: employer };
  }
  return undefined;
}

/**
 * A LinkedIn article (`/pulse/…`): its author, from the author card or the header's
 * author link, with their profile address and the job their headline states. The
 * signed-in reader in the navigation and the commenters below the article are not the author.
 */
export const linkedInArticleAuthorExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const address = siteAddress(document, url, isLinkedInHost);
    if (!address || !/^\/pulse\//.test(address.pathname)) return [];
    const link = authorLink(document, viewerSlug(document));
    const slug = memberSlug(link?.getAttribute('href'));
    if (!link || !slug) return [];
    const block = link.closest(AUTHOR_BLOCK) ?? link.parentElement;
    const shown = block ? firstText(block, ['.base-main-card__title', '[itemprop="author"]', 'h3', 'h2']) : '';
    const name = withoutDecoration(shown || link.getAttribute('title') || visibleText(link) || writtenBy(document));
    if (!name) return [];
    const headline = withoutDecoration(
      block
        ? firstText(block.closest('.source-promo, .main-author-card') ?? block, [
            '.base-main-card__subtitle',
            '.subtitle',
          ])
        : '',
    );
    const role = headlineRole(headline);
    return [
      leadCandidate(SOURCE, {
        fullName: reading(name, 0.85),
        title: reading(role?.title, 0.6),
        company: reading(role?.company, 0.6),
        urls: [{ value: memberProfileUrl(slug), confidence: 0.9 }],
      }),
    ];
  },
};
