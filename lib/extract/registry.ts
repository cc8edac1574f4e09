import { foldText } from '../person/lead-identity';
import { personBlocksExtractor } from './blocks/person-blocks';
import { perPageAt } from './dom/page-cache';
import type { Extractor } from './extractor';
import { MAIL_TEXT_EXTRACTORS, SITE_EXTRACTORS } from './sites';
import { onAdapterSite } from './sites/site-address';
import { articleAuthorExtractor } from './social/article-author';
import { bylineAuthorExtractor } from './social/byline-author';
import { citationMetaExtractor } from './sources/citation-meta';
import { emailTextExtractor } from './sources/email-text';
import { jsonLdExtractor } from './sources/jsonld';
import { legalNoticeExtractor } from './sources/legal-notice';
import { linksExtractor } from './sources/links';
import { mailtoExtractor } from './sources/mailto';
import { metaExtractor } from './sources/meta';
import { microdataExtractor } from './sources/microdata';
import { microformatsExtractor } from './sources/microformats';
import { nameColumnsExtractor } from './sources/name-columns';
import { phoneTextExtractor } from './sources/phone-text';
import { rdfaExtractor } from './sources/rdfa';

// The layout readers' check below and the structured extractors' own turn read the same finds: each runs once an extraction.
function oncePerPage(extractor: Extractor): Extractor {
  return { id: extractor.id, extract: perPageAt((document, url) => extractor.extract(document, url)) };
}

/** What a page states about its people in markup made for machines. */
const STRUCTURED: readonly Extractor[] = [
  jsonLdExtractor,
  microdataExtractor,
  rdfaExtractor,
  microformatsExtractor,
].map(oncePerPage);

const namesPeopleInStructuredData = perPageAt((document, url) =>
  STRUCTURED.some((e) => e.extract(document, url).some((c) => c.fullName)),
);

// Site adapters that read a page's look rather than a site's own layout: they stand back where the page's
// structured data already names its people, so a card's heading never outvotes the page's own statement.
const LAYOUT_READERS = new Set(['team-page']);

function unlessStructured(extractor: Extractor): Extractor {
  return {
    id: extractor.id,
    extract(document, url) {
      return namesPeopleInStructuredData(document, url) ? [] : extractor.extract(document, url);
    },
  };
}

const nameWords = (name: string) =>
  foldText(name)
    .split(' ')
    .filter((w) => w.length > 1);

// Read by the people-blocks filter below and in its own turn: once an extraction.
const mailtoOnce = oncePerPage(mailtoExtractor);

// Who the page's structured data names, by name words and emails.
const structuredPeople = perPageAt((document, url) => {
  const words: string[][] = [];
  const emails = new Set<string>();
  const structured = STRUCTURED.flatMap((e) => e.extract(document, url));
  if (!structured.some((c) => c.fullName)) return { words, emails };
  // Where the page states its people in markup, its mailto links (each named by its card) stand with them.
  for (const c of [...structured, ...mailtoOnce.extract(document, url)]) {
    if (!c.fullName?.value) continue;
    words.push(nameWords(c.fullName.value));
    for (const e of c.emails ?? []) emails.add(e.value.toLowerCase());
  }
  return { words, emails };
});

/**
 * A layout reader beside structured data: where the page states a person in markup made for machines,
 * that statement (and the page's named mailto links) stands, and the reader adds only the people they
 * leave out: an article's author is stated; the people it quotes are not.
 */
function besideStructured(extractor: Extractor): Extractor {
  return {
    id: extractor.id,
    extract(document, url) {
      const found = extractor.extract(document, url);
      const stated = structuredPeople(document, url);
      if (stated.words.length === 0 && stated.emails.size === 0) return found;
      return found.filter((c) => {
        if ((c.emails ?? []).some((e) => stated.emails.has(e.value.toLowerCase()))) return false;
        const mine = nameWords(c.fullName?.value ?? '');
        return !stated.words.some((theirs) => mine.length > 0 && mine.every((w) => theirs.includes(w)));
      });
    },
  };
}

// Decided once per page for all three heuristic sources.
const onAdapterSiteOnce = perPageAt(onAdapterSite);

function offAdapterSites(extractor: Extractor): Extractor {
  return {
    id: extractor.id,
    extract(document, url) {
      return onAdapterSiteOnce(document, url) ? [] : extractor.extract(document, url);
    },
  };
}

/** The sources that work on any page, most trusted first. */
export const GENERIC_EXTRACTORS: readonly Extractor[] = [
  ...STRUCTURED,
  metaExtractor,
  citationMetaExtractor,
  articleAuthorExtractor,
  mailtoOnce,
  nameColumnsExtractor,
  legalNoticeExtractor,
  ...[bylineAuthorExtractor, emailTextExtractor, linksExtractor, phoneTextExtractor].map(offAdapterSites),
];

/** Every source of people with these site adapters, most trusted first. A new source is one file and one line here. */
export function extractorsWith(...readerLists: readonly (readonly Extractor[])[]): readonly Extractor[] {
  const siteExtractors = readerLists.flat();
  return [
    ...siteExtractors.map((e) => (LAYOUT_READERS.has(e.id) ? unlessStructured(e) : e)),
    ...GENERIC_EXTRACTORS,
    // The general reader of cards, rows and contact blocks, off the adapters' sites; last, so a person the
    // page states in markup or links keeps that source first.
    offAdapterSites(besideStructured(personBlocksExtractor)),
  ];
}

/**
 * Every source of people, most trusted first, the mail text reader too (marked pure: the content script
 * composes its own, and drops this; the lists are passed as they are, so nothing keeps them alive).
 */
export const EXTRACTORS: readonly Extractor[] = /* @__PURE__ */ extractorsWith(SITE_EXTRACTORS, MAIL_TEXT_EXTRACTORS);
