import { perPage } from '../dom/page-cache';
import { cleanText } from '../text';

// Screen-reader copies ("View Jane Doe’s profile", "2nd degree connection") repeat or pad what is on screen.
export const SCREEN_READER_ONLY = '.visually-hidden, .a11y-text, .sr-only, .screen-reader-text';

// Most pages have no screen-reader-only copies at all: asked once a page, one class at a time (class
// queries are the browser's fastest), it spares a query per element read.
const SCREEN_READER_CLASSES = SCREEN_READER_ONLY.split(', ');
const hasScreenReaderCopies = perPage((document) =>
  SCREEN_READER_CLASSES.some((selector) => document.querySelector(selector) !== null),
);

/** What a reader sees in an element: whitespace collapsed, screen-reader-only copies left out. */
export function visibleText(element: Element | null | undefined): string {
  if (!element) return '';
  const document = element.ownerDocument;
  // The page's answer covers the elements of the page itself, not detached ones or a shadow tree's.
  const none = element.getRootNode() === document && !hasScreenReaderCopies(document);
  if (none || !element.querySelector(SCREEN_READER_ONLY)) return cleanText(element.textContent);
  const copy = element.cloneNode(true);
  if (!(copy instanceof Element)) return cleanText(element.textContent);
  for (const hidden of copy.querySelectorAll(SCREEN_READER_ONLY)) hidden.remove();
  return cleanText(copy.textContent);
}

// Emoji, pictographs and symbol characters decorate names ("⌨Charles", "🚀 Jane"); a CRM record wants the words.
const DECORATION = /\p{Extended_Pictographic}|\p{So}|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{E0020}-\u{E007F}]/gu;

// Script punctuation used as ornament ("꩜Substrate" is Myanmar punctuation) is trimmed from the ends only:
// inside a value, punctuation is part of it ("Johnson & Johnson", "C++ Engineer").
const LEADING_ORNAMENT = /^[^\p{L}\p{N}("'“@#]+/u;
const TRAILING_ORNAMENT = /[^\p{L}\p{N}).'’"+#]+$/u;

/** A name, title or company as a CRM should store it: no emoji or symbol decoration, single spaces. */
export function withoutDecoration(s: string): string {
  return cleanText(s.replace(DECORATION, ' ')).replace(LEADING_ORNAMENT, '').replace(TRAILING_ORNAMENT, '').trim();
}

/** Text of the first element a selector list finds, tried in order: the fallbacks of one field. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const text = visibleText(root.querySelector(selector));
    if (text) return text;
  }
  return '';
}

// Small words a name keeps lower-case: "Bank of America", "Ministère de la Culture".
const NAME_CONNECTORS = new Set(
  'of and for the in on at de du des la le les van von der den y e et und da di del'.split(' '),
);

/** Words that read as a sentence (two or more lower-case words besides a name's connectors), not as a name or a role. */
export function readsAsSentence(text: string): boolean {
  const lower = text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !NAME_CONNECTORS.has(w));
  return lower.length >= 2;
}
