import type { CandidateInput, FoundValue } from '../../model/candidate';
import { phoneFromHref } from '../contacts/phones';
import { findProfileUrls, profileUrlFrom } from '../contacts/social';
import { documentBase, resolveUrl } from '../dom/attribute-url';
import { inSiteChrome, nameNear } from '../dom/name-near';
import { pageText } from '../dom/visible-text';
import type { Extractor } from '../extractor';

const SOURCE = 'links';

interface Hit {
  field: 'phones' | 'urls';
  value: string;
  confidence: number;
  name: string;
}

function linkHits(document: Document, url: URL): Hit[] {
  const base = documentBase(document, url);
  const hits: Hit[] = [];
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    // A site's header and footer hold the company's switchboard and accounts; `rel="me"` marks the
    // page owner's own accounts, wherever the site puts them.
    const mine = /(^|\s)me(\s|$)/i.test(a.getAttribute('rel') ?? '');
    if (!mine && inSiteChrome(a)) continue;
    const phone = phoneFromHref(href);
    if (phone) {
      hits.push({ field: 'phones', value: phone, confidence: 0.75, name: nameNear(a) });
      continue;
    }
    if (/\.vcf(?:$|[?#])/i.test(href)) {
      // A vCard is a file to download: its address is kept, never fetched, and only a web address
      // (a `javascript:` or `data:` link that ends in ".vcf" is a trap, not a card).
      const card = resolveUrl(href, base);
      if (/^https?:\/\//i.test(card)) hits.push({ field: 'urls', value: card, confidence: 0.6, name: nameNear(a) });
      continue;
    }
    const profile = profileUrlFrom(href);
    if (profile) hits.push({ field: 'urls', value: profile, confidence: 0.6, name: nameNear(a) });
  }
  const page = pageText(document);
  for (const found of findProfileUrls(page.text)) {
    const at = page.elementAt(found.index);
    if (at?.closest('a[href]') || (at && inSiteChrome(at))) continue;
    hits.push({ field: 'urls', value: found.url, confidence: 0.5, name: at ? nameNear(at) : '' });
  }
  return hits;
}

/**
 * Links that reach a person: `tel:`/`callto:` numbers, vCard (`.vcf`) files
 * and LinkedIn/X/GitHub profiles (as links or written out in text). Each is
 * named by the card it sits in when it has a name-like heading; the unnamed
 * ones are left for extractLeads to give to the page's one person, if any.
 */
export const linksExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const seen = new Set<string>();
    const out: CandidateInput[] = [];
    for (const hit of linkHits(document, url)) {
      const key = `${hit.field}|${hit.value.toLowerCase()}|${hit.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const value: FoundValue = { value: hit.value, confidence: hit.confidence, source: SOURCE };
      out.push({
        [hit.field]: [value],
        ...(hit.name ? { fullName: { value: hit.name, confidence: 0.5, source: SOURCE } } : {}),
        sources: [SOURCE],
      });
    }
    return out;
  },
};
