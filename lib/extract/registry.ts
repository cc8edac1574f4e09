import { personBlocksExtractor } from './blocks/person-blocks';
import { perPageAt } from './dom/page-cache';
import type { Extractor } from './extractor';
import { SITE_EXTRACTORS } from './sites';
import { onAdapterSite } from './sites/site-address';
import { emailTextExtractor } from './sources/email-text';
import { jsonLdExtractor } from './sources/jsonld';
import { linksExtractor } from './sources/links';
import { mailtoExtractor } from './sources/mailto';
import { metaExtractor } from './sources/meta';
import { microdataExtractor } from './sources/microdata';
import { microformatsExtractor } from './sources/microformats';
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
  mailtoExtractor,
  ...[emailTextExtractor, linksExtractor, phoneTextExtractor].map(offAdapterSites),
];

/** Every source of people, most trusted first. A new source is one file and one line here. */
export const EXTRACTORS: readonly Extractor[] = [
  ...SITE_EXTRACTORS.map((e) => (LAYOUT_READERS.has(e.id) ? unlessStructured(e) : e)),
  // The general reader of cards, rows and contact blocks: a layout reader too, and off the adapters' sites.
  offAdapterSites(unlessStructured(personBlocksExtractor)),
  ...GENERIC_EXTRACTORS,
];
