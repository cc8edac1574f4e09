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
import { MARKUP_EXTRACTORS } from './sources/markup-readers';
import { metaExtractor } from './sources/meta';
import { nameColumnsExtractor } from './sources/name-columns';
import { nameRowsExtractor } from './sources/name-rows';
import { phoneTextExtractor } from './sources/phone-text';

// The layout readers' check below and the structured extractors' own turn read the same finds: each runs once an extraction.
function oncePerPage(extractor: Extractor): Extractor {
  return { id: extractor.id, extract: perPageAt((document, url) => extractor.extract(document, url)) };
}

// Read by the people-blocks filter below and in its own turn: once an extraction.
const mailtoOnce = oncePerPage(mailtoExtractor);

// Site adapters that read a page's look rather than a site's own layout: they stand back where the page's
// structured data already names its people, so a card's heading never outvotes the page's own statement.
const LAYOUT_READERS = new Set(['team-page']);

const nameWords = (name: string) =>
  foldText(name)
    .split(' ')
    .filter((w) => w.length > 1);

/** The sources of markup made for machines (JSON-LD and the markup readers given), and what leans on them. */
interface StructuredSources {
  /** What a page states about its people in markup made for machines, most trusted first. */
  structured: readonly Extractor[];
  unlessStructured(extractor: Extractor): Extractor;
  besideStructured(extractor: Extractor): Extractor;
}

function structuredSources(markupReaders: readonly Extractor[]): StructuredSources {
  const structured = [jsonLdExtractor, ...markupReaders].map(oncePerPage);

  const namesPeopleInStructuredData = perPageAt((document, url) =>
    structured.some((e) => e.extract(document, url).some((c) => c.fullName)),
  );

  // Who the page's structured data names, by name words and emails.
  const structuredPeople = perPageAt((document, url) => {
    const words: string[][] = [];
    const emails = new Set<string>();
    const found = structured.flatMap((e) => e.extract(document, url));
    if (!found.some((c) => c.fullName)) return { words, emails };
    // Where the page states its people in markup, its mailto links (each named by its card) stand with them.
    for (const c of [...found, ...mailtoOnce.extract(document, url)]) {
      if (!c.fullName?.value) continue;
      words.push(nameWords(c.fullName.value));
      for (const e of c.emails ?? []) emails.add(e.value.toLowerCase());
    }
    return { words, emails };
  });

  return {
    structured,
    unlessStructured(extractor) {
      return {
        id: extractor.id,
        extract(document, url) {
          return namesPeopleInStructuredData(document, url) ? [] : extractor.extract(document, url);
        },
      };
    },
    /**
     * A layout reader beside structured data: where the page states a person in markup made for machines,
     * that statement (and the page's named mailto links) stands, and the reader adds only the people they
     * leave out: an article's author is stated; the people it quotes are not.
     */
    besideStructured(extractor) {
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

/** The sources that work on any page, most trusted first, with these markup readers. */
function genericSources(structured: readonly Extractor[]): readonly Extractor[] {
  return [
    ...structured,
    metaExtractor,
    citationMetaExtractor,
    articleAuthorExtractor,
    mailtoOnce,
    nameColumnsExtractor,
    nameRowsExtractor,
    legalNoticeExtractor,
    ...[bylineAuthorExtractor, emailTextExtractor, linksExtractor, phoneTextExtractor].map(offAdapterSites),
  ];
}

/** The sources that work on any page, most trusted first (every markup reader included). */
export const GENERIC_EXTRACTORS: readonly Extractor[] = /* @__PURE__ */ genericExtractorsWith(MARKUP_EXTRACTORS);

/** The sources that work on any page with these markup readers, most trusted first. */
export function genericExtractorsWith(markupReaders: readonly Extractor[]): readonly Extractor[] {
  return genericSources(structuredSources(markupReaders).structured);
}

/**
 * Every source of people with these markup readers and site adapters, most trusted first. The content
 * script passes the readers the scripts injected before it registered; everything else passes them all.
 * A new source is one file and one line here.
 */
export function extractorsWith(
  markupReaders: readonly Extractor[],
  ...readerLists: readonly (readonly Extractor[])[]
): readonly Extractor[] {
  const sources = structuredSources(markupReaders);
  const siteExtractors = readerLists.flat();
  return [
    ...siteExtractors.map((e) => (LAYOUT_READERS.has(e.id) ? sources.unlessStructured(e) : e)),
    ...genericSources(sources.structured),
    // The general reader of cards, rows and contact blocks, off the adapters' sites; last, so a person the
    // page states in markup or links keeps that source first.
    offAdapterSites(sources.besideStructured(personBlocksExtractor)),
  ];
}

/**
 * Every source of people, the markup readers and the mail text reader too (marked pure: the content
 * script composes its own, and drops this; the lists are passed as they are, so nothing keeps them alive).
 */
export const EXTRACTORS: readonly Extractor[] = /* @__PURE__ */ extractorsWith(
  MARKUP_EXTRACTORS,
  SITE_EXTRACTORS,
  MAIL_TEXT_EXTRACTORS,
);
