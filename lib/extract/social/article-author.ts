import { documentBase } from '../dom/attribute-url';
import { metaNamed } from '../dom/head-tags';
import type { Extractor } from '../extractor';
import { leadCandidate, reading } from '../sites/lead-candidate';
import { visibleText } from '../sites/site-text';
import { cleanText, looksLikePersonName } from '../text';
import { roleFromBio } from './bio-role';
import { socialProfileOf } from './networks';

const SOURCE = 'article-author';

function metaText(document: Document, key: string): string {
  const el = metaNamed(document, key);
  return cleanText(el?.getAttribute('content') ?? el?.getAttribute('value'));
}

function absolute(href: string, base: URL): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

// An author card's bio is a line or two of prose: longer is the article, shorter a button.
function bioIn(card: Element, name: string): string {
  for (const p of card.querySelectorAll('p')) {
    const text = visibleText(p);
    if (text.length >= 20 && text.length <= 400 && !text.includes(name)) return text;
  }
  return '';
}

/** The card around a link to the author: the nearest ancestor (a few levels up) that also holds their bio. */
function authorBio(document: Document, profileUrl: string, name: string, base: URL): string {
  for (const a of document.querySelectorAll('a[href]')) {
    const href = absolute(a.getAttribute('href') ?? '', base);
    const same = href && socialProfileOf(href)?.url.toLowerCase() === profileUrl.toLowerCase();
    if (!same || visibleText(a) !== name) continue;
    let card: Element | null = a.parentElement;
    for (let depth = 0; card && depth < 6; depth++, card = card.parentElement) {
      const bio = bioIn(card, name);
      if (bio) return bio;
    }
  }
  return '';
}

/**
 * An article's author as its head declares them (`author`, `article:author` naming their
 * profile on a network), with the job and employer their author card's bio states
 * ("Program Manager @Microsoft"). Only the card that links that profile under that name is read.
 */
export const articleAuthorExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const name = metaText(document, 'author');
    const base = documentBase(document, url);
    const declared = absolute(metaText(document, 'article:author'), base);
    const profile = declared ? socialProfileOf(declared) : undefined;
    if (!profile || !looksLikePersonName(name)) return [];
    const role = roleFromBio(authorBio(document, profile.url, name, base));
    return [
      leadCandidate(SOURCE, {
        fullName: reading(name, 0.6),
        title: reading(role?.title, 0.5),
        company: reading(role?.company, 0.5),
        urls: [{ value: profile.url, confidence: 0.7 }],
      }),
    ];
  },
};
