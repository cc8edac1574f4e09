import type { CandidateInput, FoundValue } from '../../model/candidate';
import type { Extractor } from '../extractor';
import { isItem, type MfItem, type MfValue, parseMicroformats } from '../microformats/parse';
import { cleanText } from '../text';

const SOURCE = 'microformats';
const CONFIDENCE = 0.9;

// Cards reached through these properties describe a place or an organisation, not a person.
const NOT_A_PERSON = new Set(['org', 'location', 'brand', 'item', 'source-org', 'affiliation', 'education']);

export interface FoundCard {
  card: MfItem;
  /** The property of the enclosing item this card is the value of ('' for a top-level or child item). */
  via: string;
}

/** Every h-card, however deep: top-level, children, and cards that are some property's value. */
export function hCards(items: readonly MfItem[]): FoundCard[] {
  const out: FoundCard[] = [];
  const walk = (item: MfItem, via: string, depth: number): void => {
    if (depth > 50) return;
    if (item.type.includes('h-card')) out.push({ card: item, via });
    for (const [name, values] of Object.entries(item.properties)) {
      for (const v of values) if (isItem(v)) walk(v, name, depth + 1);
    }
    for (const child of item.children ?? []) walk(child, '', depth + 1);
  };
  for (const item of items) walk(item, '', 0);
  return out;
}

/** A value as plain text: an embedded card's `value`, else the string. */
export function plain(v: MfValue | undefined): string {
  if (v === undefined) return '';
  return cleanText(typeof v === 'string' ? v : v.value);
}

function all(card: MfItem, name: string): string[] {
  return (card.properties[name] ?? []).map(plain).filter(Boolean);
}

/** `mailto:jane@x.com?subject=…`, and the page-relative URL a parser makes of a bare address, as an address. */
export function emailOf(raw: string): string {
  const bare = raw.replace(/^mailto:/i, '').split('?')[0] ?? '';
  const last = /^https?:\/\//i.test(bare) ? (bare.split('/').pop() ?? '') : bare;
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // keep the raw text
  }
  return /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(decoded) ? decoded.toLowerCase() : '';
}

export function localityOf(card: MfItem): string {
  const direct = all(card, 'locality')[0];
  if (direct) return direct;
  for (const adr of card.properties.adr ?? []) {
    if (isItem(adr)) {
      const locality = all(adr, 'locality')[0] ?? all(adr, 'region')[0] ?? all(adr, 'country-name')[0];
      if (locality) return locality;
    }
  }
  return all(card, 'region')[0] ?? all(card, 'country-name')[0] ?? '';
}

function candidate({ card, via }: FoundCard): CandidateInput | undefined {
  if (NOT_A_PERSON.has(via) || card.type.includes('h-org')) return undefined;
  const given = all(card, 'given-name')[0] ?? '';
  const family = all(card, 'family-name')[0] ?? '';
  const name = all(card, 'name')[0] || [given, family].filter(Boolean).join(' ');
  const company = all(card, 'org')[0] ?? '';
  // By the h-card convention, a card whose name is its organisation is the organisation's card.
  if (name && company && name.toLowerCase() === company.toLowerCase()) return undefined;
  const emails = [...new Set(all(card, 'email').map(emailOf).filter(Boolean))];
  const urls = [...new Set(all(card, 'url').filter((u) => /^https?:\/\//i.test(u)))];
  if (!name && emails.length === 0 && urls.length === 0) return undefined;
  const value = (v: string): FoundValue => ({ value: v, confidence: CONFIDENCE, source: SOURCE });
  const title = all(card, 'job-title')[0] ?? all(card, 'title')[0] ?? all(card, 'role')[0] ?? '';
  const location = localityOf(card);
  return {
    ...(name ? { fullName: value(name) } : {}),
    ...(given ? { firstName: value(given) } : {}),
    ...(family ? { lastName: value(family) } : {}),
    ...(title ? { title: value(title) } : {}),
    ...(company ? { company: value(company) } : {}),
    ...(location ? { location: value(location) } : {}),
    emails: emails.map(value),
    phones: [...new Set(all(card, 'tel').map((t) => t.replace(/^tel:/i, '')))].map(value),
    urls: urls.map(value),
    sources: [SOURCE],
  };
}

/** microformats2 h-card and classic vcard: one candidate per card that describes a person. */
export const microformatsExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    return hCards(parseMicroformats(document, url))
      .map(candidate)
      .filter((c): c is CandidateInput => c !== undefined);
  },
};
