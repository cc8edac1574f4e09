import { foldText } from '../../person/lead-identity';

// A handle's separators; a part with digits in it is a network's id ("jane-doe-1b51127"), not a name.
const PARTS = /[-_.]+/;
// Fewer letters of a surname than this say too little to tell two people apart.
const MIN_SURNAME_PREFIX = 3;

function handleLetters(handle: string): string {
  return handle
    .split(PARTS)
    .filter((part) => !/\d/.test(part))
    .map((part) => foldText(part).replace(/[^a-z]/g, ''))
    .join('');
}

/**
 * Whether a profile's handle spells the person's name the ways people pick their handles:
 * "janedoe", "jane_doe", "jane-doe-1b51127", "doejane", "jdoe", or the given name and the
 * start of the surname ("jane_doe" cut short to "janedoe" or "janedo"). A given name alone
 * or initials alone are too common to tell whose a link is.
 */
export function handleSpellsName(handle: string, fullName: string): boolean {
  const h = handleLetters(handle);
  const words = foldText(fullName)
    .split(' ')
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w.length > 1);
  const first = words[0];
  const last = words.at(-1);
  if (!h || !first || !last || words.length < 2) return false;
  const spelled = [words.join(''), first + last, last + first, first.charAt(0) + last];
  if (spelled.includes(h)) return true;
  const surnameStart = h.slice(first.length);
  return h.startsWith(first) && surnameStart.length >= MIN_SURNAME_PREFIX && last.startsWith(surnameStart);
}
