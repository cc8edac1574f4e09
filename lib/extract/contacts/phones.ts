/**
 * Strings that look like phone numbers, kept as written: telling a real number
 * from a lookalike needs the numbering plans (libphonenumber-js), which stay out
 * of the content script. See ../phones/normalize-phones.ts for that step.
 */

const RUN = /(?<![\p{L}\p{N}+])\+?[\d(][\d() .\-/]*\d/gu;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$/;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

function plausible(piece: string): boolean {
  const s = piece.trim();
  const digits = digitCount(s);
  if (digits < 7 || digits > 15 || DATE.test(s)) return false;
  if (/[-./]{2,}|\(\s*\)/.test(s)) return false;
  if ((s.match(/\(/g) ?? []).length !== (s.match(/\)/g) ?? []).length) return false;
  // "+49 (0)30 …": the bracketed trunk zero is a habit of writing, not a group.
  const groups = s
    .replace(/^(?:\+|00)/, '')
    .replace(/\(0\)/, ' ')
    .split(/\D+/)
    .filter(Boolean);
  // "1 2 3 4 5 6 7 8" is a list of digits; only a leading country or trunk code may be one digit.
  return groups.slice(1).every((g) => g.length >= 2);
}

/**
 * A run split into numbers: at a double space, and after a long bare number
 * ("1234567 1234567890" is two numbers), which may still end a short prefix
 * ("+49 30 1234567" is one).
 */
function pieces(run: string, offset: number): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let current: { text: string; index: number; end: number } | undefined;
  const flush = () => {
    if (current) out.push({ text: current.text, index: current.index });
    current = undefined;
  };
  for (const m of run.matchAll(/\S+/g)) {
    const word = m[0];
    const index = offset + (m.index ?? 0);
    const adjacent = current !== undefined && index - current.end === 1;
    if (/^\+?\d{7,}$/.test(word)) {
      if (current && adjacent && digitCount(current.text) < 7 && !word.startsWith('+')) current.text += ` ${word}`;
      else {
        flush();
        current = { text: word, index, end: index + word.length };
      }
      flush();
      continue;
    }
    if (current && adjacent) {
      current.text += ` ${word}`;
      current.end = index + word.length;
      continue;
    }
    flush();
    current = { text: word, index, end: index + word.length };
  }
  flush();
  return out;
}

/** Phone-looking strings in a text, as written, in order. */
export function findPhoneNumbers(text: string): Array<{ phone: string; index: number }> {
  const out: Array<{ phone: string; index: number }> = [];
  for (const m of text.matchAll(RUN)) {
    for (const piece of pieces(m[0], m.index ?? 0)) {
      const phone = piece.text.replace(/[\s\-./(]+$/, '');
      if (plausible(phone)) out.push({ phone, index: piece.index });
    }
  }
  return out;
}

/** The number of a `tel:`/`callto:` link (also `phone:`, `telephone:`), as written, or ''. */
export function phoneFromHref(href: string): string {
  const m = /^\s*(?:tel|callto|phone|telephone):\/{0,2}(.+)$/i.exec(href);
  if (!m?.[1]) return '';
  let raw = m[1];
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep it as written
  }
  const number = (raw.split(/[;?]/)[0] ?? '').replace(/\s+/g, ' ').trim();
  return /^\+?[\d\s().\-/]+$/.test(number) && digitCount(number) >= 3 ? number : '';
}
