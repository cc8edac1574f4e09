import { PARTICLES } from '../../person/name-words';
import { parseName } from '../../person/parse-name';
import { hasNonNameWord } from '../blocks/not-name-words';
import { cleanText, looksLikePersonName } from '../text';
import { perPage } from './page-cache';

const HEADING = 'h1, h2, h3, h4, h5, h6, [itemprop="name"], .name, .p-name, .fn';

const CHROME = 'footer, nav, header, [role="navigation"], [role="contentinfo"], [role="banner"]';
// A card's own header or footer (an article's, a list item's) is part of the card.
const CARD = 'article, li, aside, [itemscope], .h-card, .vcard';

/** In the site's navigation, header or footer: the company's, never a person's named above it. */
export function inSiteChrome(el: Element): boolean {
  const memo = chromeOf(el.ownerDocument);
  let inChrome = memo.get(el);
  if (inChrome === undefined) {
    inChrome = readSiteChrome(el);
    memo.set(el, inChrome);
  }
  return inChrome;
}

// Per page, since the sources ask about the same elements (a card's link, its text) again and again.
const chromeOf = perPage(() => new Map<Element, boolean>());
const headingIn = perPage(() => new Map<Element, Element | null>());
const namesIn = perPage(() => new Map<string, string>());

/** `personName`, remembered per page: a card's heading is read once for each of its links and numbers. */
function nameIn(document: Document, raw: string | null): string {
  const memo = namesIn(document);
  const key = raw ?? '';
  let name = memo.get(key);
  if (name === undefined) {
    name = personName(key);
    memo.set(key, name);
  }
  return name;
}

function readSiteChrome(el: Element): boolean {
  const chrome = el.closest(CHROME);
  if (!chrome) return false;
  if (chrome.tagName !== 'HEADER' && chrome.tagName !== 'FOOTER') return true;
  return !chrome.parentElement?.closest(CARD);
}

// Words of section headings ("People you may know", "Meet our team"), never of a person's name.
const HEADING_WORDS = new Set(
  (
    'about account blog careers company contact events follow for from get here home join latest learn log meet ' +
    'more news our people products profiles read services share sign team the touch us welcome with works you your'
  ).split(' '),
);

const COMPANY_SUFFIX = /\b(?:inc|llc|llp|ltd|gmbh|corp|plc|pc|co|ag|sa|bv|pty)\.?$/i;

/** Capitalised words (bar particles such as "van der"), none of them a heading's word. */
function namelike(words: readonly string[]): boolean {
  return words.every(
    (w) =>
      !HEADING_WORDS.has(w.toLowerCase()) &&
      // Dutch "'t" (Sanne 't Hooft) is a particle written apostrophe first.
      (/^['’]\p{Ll}$/u.test(w) ||
        ((/^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase())) && /^(\p{L}\.|\p{L}[\p{L}'’.-]*)$/u.test(w))),
  );
}

/** A person's name as a card writes it, titles and credentials included ("Dr. Jane Doe, MBA"); '' when it is none. */
export function personName(raw: string | null | undefined): string {
  const text = cleanText(raw);
  // Brackets, digits and @ belong to addresses and numbers; a credential's comma and a title's dot are fine.
  if (text.length > 120 || /[@\d()[\]{}<>|/\\]/.test(text)) return '';
  // "AA Walker Inc", "Adrian Miller Sales Training": a firm's name, however capitalised.
  if (COMPANY_SUFFIX.test(text) || hasNonNameWord(text)) return '';
  if (looksLikePersonName(text) && namelike(text.split(' '))) return text;
  const p = parseName(text);
  const core = [p.first, p.middle, p.last].filter(Boolean).join(' ');
  return p.first && p.last && looksLikePersonName(core) && namelike(core.split(' ')) ? text : '';
}

/**
 * The person an element belongs to, as a card shows it: the element's own text
 * when that is a name (a link reading "Jane Doe"), else the nearest name-like
 * heading among its ancestors' descendants, no more than `levels` up.
 */
export function nameNear(el: Element, levels = 4): string {
  if (inSiteChrome(el)) return '';
  const own = nameIn(el.ownerDocument, el.textContent);
  if (own) return own;
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < levels; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'MAIN') break;
    const heading = firstHeading(node);
    if (heading) return nameIn(node.ownerDocument, heading.textContent);
  }
  return '';
}

function firstHeading(node: Element): Element | null {
  const memo = headingIn(node.ownerDocument);
  let heading = memo.get(node);
  if (heading === undefined) {
    heading = node.querySelector(HEADING);
    memo.set(node, heading);
  }
  return heading;
}
