import { perPage } from './page-cache';

/**
 * The page's `<meta>` tags and canonical link, found in one pass per extraction.
 * Several extractors ask for them (the meta source, every site adapter judging
 * the page's declared address), and each `meta[property="…" i]` query is a walk
 * of the whole page. The lookups below answer exactly what those queries did:
 * the first element in document order, attribute values compared ASCII
 * case-insensitively as the selectors' `i` flag does.
 */

interface HeadTags {
  /** `meta[property="key" i], meta[name="key" i]`, by lower-cased key. */
  byPropertyOrName: Map<string, Element>;
  /** `meta[property="key" i]`, by lower-cased key. */
  byProperty: Map<string, Element>;
  /** `link[rel~="canonical" i]`. */
  canonical: Element | null;
  /** Every `<meta>`, in document order. */
  all: Element[];
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
}

function keep(map: Map<string, Element>, key: string, el: Element): void {
  if (!map.has(key)) map.set(key, el);
}

// CSS whitespace, which separates the words a `~=` selector matches.
const CSS_WHITESPACE = /[ \t\n\f\r]+/;

const headTags = perPage((document): HeadTags => {
  const byPropertyOrName = new Map<string, Element>();
  const byProperty = new Map<string, Element>();
  const all = [...document.querySelectorAll('meta')];
  for (const el of all) {
    const property = el.getAttribute('property');
    const name = el.getAttribute('name');
    if (property !== null) {
      keep(byProperty, asciiLower(property), el);
      keep(byPropertyOrName, asciiLower(property), el);
    }
    if (name !== null) keep(byPropertyOrName, asciiLower(name), el);
  }
  let canonical: Element | null = null;
  for (const el of document.querySelectorAll('link[rel]')) {
    if (
      asciiLower(el.getAttribute('rel') ?? '')
        .split(CSS_WHITESPACE)
        .includes('canonical')
    ) {
      canonical = el;
      break;
    }
  }
  return { byPropertyOrName, byProperty, canonical, all };
});

/** Every `<meta>` of the page, in document order: for tags that repeat, as a paper's authors do. */
export function metaTags(document: Document): readonly Element[] {
  return headTags(document).all;
}

/** The first `<meta>` whose `property` or `name` is `key` (any case). */
export function metaNamed(document: Document, key: string): Element | undefined {
  return headTags(document).byPropertyOrName.get(asciiLower(key));
}

/** The first `<meta>` whose `property` is `key` (any case). */
export function metaProperty(document: Document, key: string): Element | undefined {
  return headTags(document).byProperty.get(asciiLower(key));
}

/** The first `<link rel="canonical">`. */
export function canonicalLink(document: Document): Element | null {
  return headTags(document).canonical;
}
