import type { CandidateInput } from '../../model/candidate';
import { namesAnOrgUnit } from '../blocks/line-kinds';
import { metaProperty } from '../dom/head-tags';
import { personName } from '../dom/name-near';
import { perPage, perPageAt } from '../dom/page-cache';
import type { Extractor } from '../extractor';
import { cleanText } from '../text';
import { isAcronym, spelledOut } from './acronym-name';
import { firstClaim, roleAtCompany } from './headline';
import { namesAJob } from './job-words';
import { leadCandidate, reading } from './lead-candidate';
import { memberProfileUrl, memberSlug } from './linkedin-links';
import { nameHolders, type PersonCard, readPeopleInCard } from './person-card';
import { onAdapterSite } from './site-address';
import { readsAsSentence, withoutDecoration } from './site-text';

const SOURCE = 'team-page';

// Navigation, footers and the like repeat links, not people.
const CHROME = 'nav, footer, [role="navigation"], [role="contentinfo"], script, style, template';

// A page about the company's own people, whose cards therefore work there.
const OWN_PEOPLE =
  /\b(team|about|people|leadership|staff|faculty|directory|who we are|our story|management|founders|company|crew|ueber-uns|equipe|équipe|attorneys?|lawyers?|professionals|consultants|executives|agents|realtors|brokers|board|trustees|governors|impressum|imprint|legal notice|mentions l[ée]gales)\b/i;
// What a title names the page by, not whose it is: "Contact | Kestrel Outdoor".
const PAGE_SECTION =
  /^(?:contact(?: us)?|get in touch|home|blog|news(?: cent(?:er|re)| room)?|newsroom|press room|press releases?|careers|jobs|press|events|services|products|pricing|support|help|faq|locations?|offices?|impressum|imprint|legal notice|legal|privacy(?: policy)?|datenschutz(?:erklärung)?|kontakt|über uns|mentions l[ée]gales|aviso legal|terms(?: of (?:use|service))?)$/i;
// People listed by a page who work elsewhere.
const OTHER_PEOPLE = /\b(speakers?|authors?|contributors?|attendees?|testimonials?|investors?|panel)\b/i;

/** Whether a title or heading speaks of an organisation's own people ("Our Attorneys", "Team", "Staff"). */
export function namesOwnPeople(text: string): boolean {
  return OWN_PEOPLE.test(text) && !OTHER_PEOPLE.test(text);
}

function signature(el: Element): string {
  return `${el.tagName}.${el.classList.item(0) ?? ''}`;
}

/**
 * Sibling elements shaped alike (same tag, same first class): the candidates for a row of cards.
 * Only siblings that can be people count (`holders`, the elements holding a name), and a row needs
 * two of them: so only the parents of two or more holders are looked at, not every element of the page.
 */
function siblingGroups(body: Element, holders: ReadonlySet<Element>): Element[][] {
  const held = new Map<Element, number>();
  for (const holder of holders) {
    const parent = holder.parentElement;
    if (parent && parent !== body) held.set(parent, (held.get(parent) ?? 0) + 1);
  }
  const parents = [...held].filter(([, n]) => n >= 2).map(([parent]) => parent);
  // Document order, as a walk of the page meets them: rows are read, and their people listed, in that order.
  parents.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const groups: Element[][] = [];
  for (const parent of parents) {
    if (parent.closest(CHROME)) continue;
    const bySignature = new Map<string, Element[]>();
    for (const child of parent.children) {
      const list = bySignature.get(signature(child)) ?? [];
      list.push(child);
      bySignature.set(signature(child), list);
    }
    for (const siblings of bySignature.values()) if (siblings.length >= 2) groups.push(siblings);
  }
  return groups;
}

// Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the extraction core also runs where `Node` is no global.
const FOLLOWING = 4;

interface CardRow {
  cards: Element[];
  people: PersonCard[];
}

/** Rows where most cards read as people; a row of department blocks holding rows of people gives way to those rows. */
function peopleRows(body: Element, ownPeople: boolean): CardRow[] {
  const holders = nameHolders(body);
  const rows: CardRow[] = [];
  for (const cards of siblingGroups(body, holders)) {
    // A card holding no name is no person: not worth reading.
    const read = cards.map((card) => (holders.has(card) ? readPeopleInCard(card, ownPeople) : []));
    const withPeople = read.filter((p) => p.length > 0).length;
    if (withPeople >= 2 && withPeople >= 0.6 * cards.length) rows.push({ cards, people: read.flat() });
  }
  return rows.filter(
    (row) =>
      !rows.some((other) => other !== row && row.cards.some((c) => other.cards.some((o) => c !== o && c.contains(o)))),
  );
}

/** The company whose own people a page lists (its team, staff or faculty page), '' for any other page. */
// Asked by the team-page adapter, the person blocks and the company fill after the merge: read once an extraction.
export const pageCompany = perPageAt(readPageCompany);

function readPageCompany(document: Document, address: URL): string {
  const title = cleanText(document.title);
  const heading = cleanText(document.querySelector('h1')?.textContent);
  const about = `${address.pathname} ${title} ${heading}`;
  if (!namesOwnPeople(about)) return '';
  return siteBrand(document);
}

/** The organisation whose site this is, as its `og:site_name` or its title's brand names it; '' when neither does. */
export const siteBrand = perPage(readSiteBrand);

function readSiteBrand(document: Document): string {
  const site = metaProperty(document, 'og:site_name')?.getAttribute('content');
  if (site) return withoutDecoration(site);
  const brand = titleBrand(cleanText(document.title));
  // "GSA", "CCBB": the page spells its initials out somewhere (its logo's title, its footer), and a CRM wants the name.
  return isAcronym(brand) ? spelledOut(document, brand) || brand : brand;
}

/** A page title's parts: "Our team · Northwind Analytics", "People :: CCBB", "Impressum | Nordwerk GmbH". */
export function titleParts(title: string): string[] {
  return title.split(/\s+[|·•—–-]\s+|\s*::\s*/);
}

/**
 * The organisation a team page's title names: the part that is not about the team ("Our team · Northwind
 * Analytics", "People :: CCBB"), or a title's one acronym beside words about people ("GSA Staff Directory").
 */
function titleBrand(title: string): string {
  const parts = titleParts(title).map(withoutDecoration).filter(Boolean);
  // "Jane Doe - Department of Chemistry" is one person's page: her name is no organisation's.
  // "Staff Directory | School of Engineering | Larkspur University": the school is a unit of the university.
  // "‘Smart toilet’ monitors for signs of disease | News Center | Stanford Medicine": a headline is a sentence.
  const brands = parts.filter(
    (p) => !OWN_PEOPLE.test(p) && !PAGE_SECTION.test(p) && !personName(p) && !readsAsSentence(p),
  );
  if (parts.length > 1) return brands.find((p) => !namesAnOrgUnit(p)) ?? brands[0] ?? '';
  const acronyms = title.split(' ').filter(isAcronym);
  return acronyms.length === 1 ? (acronyms[0] ?? '') : '';
}

function profileUrl(href: string): string {
  const slug = memberSlug(href);
  return slug ? memberProfileUrl(slug) : href;
}

/**
 * The role line as a job and an employer. An agenda writes "(Chief Data Officer, Olmsted Bank)" or
 * "(Halvard Insurance)" after a name: brackets hold the affiliation, and one that names no job is the employer.
 */
function jobOf(role: string): { title: string; company?: string } {
  const bracketed = /^\(([^()]+)\)$/.exec(role)?.[1]?.trim();
  const line = bracketed ?? role;
  const stated = roleAtCompany(line, { allowComma: true });
  if (stated) return stated;
  if (bracketed !== undefined && !namesAJob(bracketed)) return { title: '', company: bracketed };
  return { title: firstClaim(line) };
}

function candidate(person: PersonCard, company: string): CandidateInput {
  const stated = jobOf(person.role);
  return leadCandidate(SOURCE, {
    fullName: reading(person.name, 0.7),
    title: reading(stated.title, 0.6),
    company: stated.company ? reading(stated.company, 0.6) : reading(company, 0.5),
    emails: person.emails.map((e) => ({ value: e, confidence: 0.85 })),
    urls: person.links.map((href) => ({ value: profileUrl(href), confidence: 0.8 })),
  });
}

/**
 * A company's team or "about us" page: a row of at least two cards shaped alike, each
 * with a name-like heading and a role line (plus, often, an email or profile link).
 * Blog and news lists do not qualify: their headings are not names, their cards carry
 * dates and "read more", their second lines are not jobs.
 */
export const teamPageExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const body = document.body;
    // Sites with an adapter of their own: their sidebars and suggestion lists are not a company's team.
    if (!body || onAdapterSite(document, url)) return [];
    const company = pageCompany(document, url);
    const seen = new Set<string>();
    const out: CandidateInput[] = [];
    for (const row of peopleRows(body, company !== '')) {
      for (const person of row.people) {
        const key = `${person.name.toLowerCase()}|${person.emails[0] ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(candidate(person, company));
      }
    }
    return out;
  },
};
