import { cleanText } from '../text';
import { withoutDecoration } from './site-text';

// Small words an organisation's initials skip ("Center for … and …", "Bank of …").
const SKIPPED = new Set(['of', 'for', 'and', 'the', '&', 'de', 'du', 'des', 'der', 'für', 'und', 'et', 'on', 'in']);
// Where a page spells out its own name: headings, its logo's alt and title, the lines of its header and footer.
const NAMING_PLACES =
  'h1, h2, h3, h4, h5, h6, img[alt], img[title], header p, footer p, [id*="header"] p, [id*="footer"] p';
const MAX_WORDS = 10;
const MAX_PLACES = 400;

/** "GSA", "CCBB", "NASA": a short run of capitals a page writes for its organisation. */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,6}$/.test(word) && /[A-Z].*[A-Z]/.test(word);
}

/** Whether the capitalised words of `words` from `start` spell `acronym` by their initials (small words skipped). */
function spellsFrom(words: readonly string[], start: number, acronym: string): boolean {
  let initials = '';
  for (let i = start; i < words.length && initials.length < acronym.length; i++) {
    const w = words[i] ?? '';
    if (SKIPPED.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    initials += w.charAt(0);
  }
  return initials === acronym;
}

/** The page's own text that spells out `acronym` ("U.S. General Services Administration" for GSA), '' when none. */
export function spelledOut(document: Document, acronym: string): string {
  const places = [...document.querySelectorAll(NAMING_PLACES)].slice(0, MAX_PLACES);
  for (const el of places) {
    const texts = el.tagName === 'IMG' ? [el.getAttribute('title'), el.getAttribute('alt')] : [el.textContent];
    for (const raw of texts) {
      const text = withoutDecoration(cleanText(raw));
      const words = text.split(' ');
      if (words.length < acronym.length || words.length > MAX_WORDS) continue;
      // A name, not a sentence: every word capitalised but the small ones and the "@" of "… @ Larkspur State".
      if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || SKIPPED.has(w.toLowerCase()) || /^[@|,–—-]$/.test(w))) continue;
      // The name may follow an abbreviation of its country ("U.S.").
      const start = /^(?:\p{Lu}\.)+$/u.test(words[0] ?? '') ? 1 : 0;
      if (spellsFrom(words, start, acronym)) return text;
    }
  }
  return '';
}
