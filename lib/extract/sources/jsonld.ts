import type { Extractor } from '../extractor';
import { type Json, schemaPeople } from '../schema-org';

const SOURCE = 'jsonld';
const CONFIDENCE = 0.95;

/** Sites ship JSON-LD with trailing commas, comments and raw newlines; try the usual repairs before giving up. */
export function parseLenientJson(text: string): Json | undefined {
  const attempts = [
    text,
    text
      .replace(/^\s*<!--|-->\s*$/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:"'])\/\/[^\n]*/g, '$1')
      .replace(/,\s*([}\]])/g, '$1')
      // Raw newlines and tabs inside strings are the most common breakage.
      .replace(/[\n\r\t]+/g, ' '),
  ];
  for (const t of attempts) {
    try {
      return JSON.parse(t) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/**
 * JSON-LD blocks: Person nodes wherever they sit (`@graph`, arrays, `mainEntity`,
 * an Organization's employees), with `@id` references followed across blocks,
 * employers from `worksFor`/`affiliation`, and ContactPoint emails and phones.
 */
export const jsonLdExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const roots: Json[] = [];
    for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
      const data = parseLenientJson(script.textContent ?? '');
      if (data !== undefined) roots.push(data);
    }
    return roots.length ? schemaPeople(roots, { source: SOURCE, confidence: CONFIDENCE, base: url }) : [];
  },
};
