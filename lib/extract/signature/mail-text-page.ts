import type { Extractor } from '../extractor';
import { emlPeople } from './eml-people';

const SOURCE = 'mail-text';
// A saved email or a mailing-list archive shown as plain text starts with its header lines.
const HEADER = /^[A-Za-z][A-Za-z0-9-]*:[^\n]*$/;

/** The text of a page the browser shows as plain text (one <pre> in the body), or '' for any other page. */
function plainTextView(document: Document): string {
  const body = document.body;
  const only = body?.children.length === 1 ? body.firstElementChild : null;
  return only?.tagName === 'PRE' ? (only.textContent ?? '') : '';
}

/** Whether a text begins like an email: header lines, among them a From: with an address, before the first blank line. */
export function looksLikeEmail(text: string): boolean {
  const head: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n', 200)) {
    if (line.trim() === '') break;
    if (!HEADER.test(line) && !/^[ \t]/.test(line)) return false;
    head.push(line);
  }
  return head.some((l) => /^From:.*@/i.test(l)) && head.some((l) => /^(?:Date|Subject|To|Message-ID):/i.test(l));
}

/**
 * An email opened as a text page (a saved .eml, a mailing-list archive): its writers with what
 * their signatures say, read by the same reader as the inbox and the selection capture.
 */
export const mailTextPageExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    const text = plainTextView(document);
    return text && looksLikeEmail(text) ? emlPeople(text, SOURCE) : [];
  },
};
