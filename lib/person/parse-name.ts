import {
  CONJUNCTIONS,
  CREDENTIALS,
  FIRST_NAME_TITLES,
  GENERATIONS,
  LOWERCASE_ONLY_PARTICLES,
  PARTICLES,
  STYLED_BY,
  TITLES,
} from './name-words';

/** A person's name in parts. Every part is as written on the page ('' when absent). */
export interface ParsedName {
  title: string;
  first: string;
  middle: string;
  last: string;
  suffix: string;
  nickname: string;
  pronouns: string;
  /** The name in natural order ("Hearst, William" → "William Hearst"), without nickname and pronouns. */
  fullName: string;
}

/** Words to add to or take out of the built-in lists, for a corpus or a market with other conventions. */
export interface NameOptions {
  extraTitles?: readonly string[];
  ignoreTitles?: readonly string[];
  extraSuffixes?: readonly string[];
  ignoreSuffixes?: readonly string[];
  extraParticles?: readonly string[];
  ignoreParticles?: readonly string[];
}

interface Lists {
  titles: Set<string>;
  suffixes: Set<string>;
  particles: Set<string>;
}

const key = (w: string) => w.toLowerCase().replace(/[.,]/g, '');

// The built-in lists, made once: copying them for every name was a twentieth of an extraction.
let builtIn: Lists | undefined;

function lists(options: NameOptions): Lists {
  const custom = Object.values(options).some((words) => words !== undefined && words.length > 0);
  if (!custom) {
    builtIn ??= editedLists({});
    return builtIn;
  }
  return editedLists(options);
}

function editedLists(options: NameOptions): Lists {
  const edit = (base: Set<string>, add?: readonly string[], remove?: readonly string[]) => {
    const out = new Set(base);
    for (const w of add ?? []) out.add(key(w));
    for (const w of remove ?? []) out.delete(key(w));
    return out;
  };
  return {
    titles: edit(TITLES, options.extraTitles, options.ignoreTitles),
    suffixes: edit(new Set([...GENERATIONS, ...CREDENTIALS]), options.extraSuffixes, options.ignoreSuffixes),
    particles: edit(PARTICLES, options.extraParticles, options.ignoreParticles),
  };
}

const SINGLE_ROMAN = new Set(['i', 'v']);
const SPELLED_OUT = new Set(['junior', 'senior']);

/** A suffix word. "J.R." is initials, not "Jr": dotted letters count only as a credential ("M.D."). */
function isSuffix(word: string, l: Lists): boolean {
  const plain = word.toLowerCase().replace(/,+$/, '');
  if (/^(\p{L}\.){2,}$/u.test(plain)) return CREDENTIALS.has(key(plain)) && l.suffixes.has(key(plain));
  return l.suffixes.has(key(plain));
}

function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word);
}

function isTitleWord(word: string, l: Lists): boolean {
  return l.titles.has(key(word));
}

function isParticle(word: string, l: Lists): boolean {
  const tail = word.includes('-') ? (word.split('-').pop() ?? '') : word;
  const k = key(tail);
  if (!l.particles.has(k)) return false;
  return !LOWERCASE_ONLY_PARTICLES.has(k) || tail === tail.toLowerCase();
}

type Piece = string[];
const text = (p: Piece | undefined) => (p ?? []).join(' ');

/**
 * Words joined on conjunctions into pieces, as python-nameparser does:
 * "Secretary of State", "John and Jane", "Velasquez y Garcia". A one-letter
 * conjunction in a short name is an initial instead ("John e Smith").
 */
function joinConjunctions(words: readonly string[], l: Lists, additional: number): Piece[] {
  const names = words.filter((w) => !isTitleWord(w, l) && !isSuffix(w, l)).length + additional;
  const pieces: Piece[] = [];
  let join = false;
  for (const w of words) {
    const conj = CONJUNCTIONS.has(w.toLowerCase()) && !(w.length === 1 && names < 4);
    const last = pieces.at(-1);
    if (conj) {
      if (last) last.push(w);
      else pieces.push([w]);
      join = true;
    } else if (join && last) {
      last.push(w);
      join = false;
    } else pieces.push([w]);
  }
  return pieces;
}

function isTitlePiece(p: Piece | undefined, l: Lists): boolean {
  if (!p?.[0]) return false;
  const [a, b] = p;
  return isTitleWord(a, l) || (a.toLowerCase() === 'the' && b !== undefined && isTitleWord(b, l));
}

/** Leading title pieces ("Dr.", "The Rt Hon", "Her Honour Mrs", "Secretary of State"), never the last name left. */
function takeTitles(pieces: Piece[], l: Lists): string[] {
  const titles: string[] = [];
  const allTitles = pieces.every((p, i) => isTitlePiece(p, l) || styled(pieces, i));
  while (pieces.length) {
    const names = pieces.filter((p) => !(p.length === 1 && isSuffix(p[0] ?? '', l))).length;
    if (styled(pieces, 0)) {
      titles.push(text(pieces.shift()), text(pieces.shift()));
      continue;
    }
    if (!isTitlePiece(pieces[0], l) || (!allTitles && names <= 1)) break;
    titles.push(text(pieces.shift()));
  }
  return titles;
}

function styled(pieces: Piece[], i: number): boolean {
  const w = pieces[i];
  const next = pieces[i + 1];
  return w?.length === 1 && /^(her|his)$/i.test(w[0] ?? '') && next?.length === 1 && STYLED_BY.has(key(next[0] ?? ''));
}

/** Trailing suffix pieces. "Jason Senior" keeps its surname; "Larry V I" is a name of initials. */
function takeSuffixes(pieces: Piece[], l: Lists, keepAtLeast: number): string[] {
  const out: string[] = [];
  while (pieces.length > keepAtLeast) {
    const last = pieces.at(-1);
    const word = last?.length === 1 ? (last[0] ?? '') : '';
    if (!word || !isSuffix(word, l)) break;
    const k = key(word);
    const before = pieces.at(-2);
    const beforeWord = before?.length === 1 ? (before[0] ?? '') : '';
    if (SINGLE_ROMAN.has(k) && (word.endsWith('.') || isInitial(beforeWord) || pieces.length - 1 < 2)) break;
    if (SPELLED_OUT.has(k) && pieces.length - 1 < 2) break;
    out.unshift(word.replace(/,+$/, ''));
    pieces.pop();
  }
  return out;
}

/** "E.T." and (in a mixed-case name) "JB" are two initials. */
function splitInitials(word: string, wholeName: string): string[] {
  if (/^(\p{Lu}\.){2,}$/u.test(word) && !CREDENTIALS.has(key(word))) return word.match(/\p{Lu}\./gu) ?? [word];
  if (/^\p{Lu}{2}$/u.test(word) && wholeName !== wholeName.toUpperCase()) return [...word];
  return [word];
}

interface Parts {
  title: string[];
  first: string;
  middle: string;
  last: string;
  suffix: string[];
}

function givenNames(pieces: Piece[], lastStart: number): Pick<Parts, 'first' | 'middle'> {
  const given = pieces.slice(0, lastStart);
  const [first, second] = given;
  // "M. Peter Williams" goes by Peter.
  if (first && second && isInitial(text(first)) && !isInitial(text(second))) {
    return { first: text(second), middle: [first, ...given.slice(2)].map(text).join(' ') };
  }
  return { first: text(first), middle: given.slice(1).map(text).join(' ') };
}

/** "Dr. John Q. de la Vega III": titles, given names, a surname with its particles, suffixes. */
function natural(raw: string, l: Lists, extraSuffixes: readonly string[], hasNickname: boolean): Parts {
  const words = raw.split(' ').filter(Boolean);
  const firstWord = words.findIndex((w) => !isTitleWord(w, l));
  if (firstWord >= 0 && words.length - firstWord > 1) {
    words.splice(firstWord, 1, ...splitInitials(words[firstWord] ?? '', raw));
  }
  const pieces = joinConjunctions(words, l, 0);
  const title = takeTitles(pieces, l);
  const suffix = [...takeSuffixes(pieces, l, 1), ...extraSuffixes];
  if (pieces.length === 0) return { title, first: '', middle: '', last: '', suffix };
  if (pieces.length === 1) {
    const only = text(pieces[0]);
    const lastTitle = key(title.at(-1)?.split(' ').at(-1) ?? '');
    const surname = (title.length > 0 || suffix.length > 0 || hasNickname) && !FIRST_NAME_TITLES.has(lastTitle);
    return surname
      ? { title, first: '', middle: '', last: only, suffix }
      : { title, first: only, middle: '', last: '', suffix };
  }
  // The surname starts at the last run of particles before the final word, never at the first name.
  let lastStart = pieces.length - 1;
  for (let i = pieces.length - 2; i >= 1; i--) {
    const p = pieces[i];
    if (p?.length === 1 && isParticle(p[0] ?? '', l)) {
      lastStart = i;
      while (
        lastStart - 1 >= 1 &&
        pieces[lastStart - 1]?.length === 1 &&
        isParticle(pieces[lastStart - 1]?.[0] ?? '', l)
      ) {
        lastStart--;
      }
      break;
    }
  }
  return { title, ...givenNames(pieces, lastStart), last: pieces.slice(lastStart).map(text).join(' '), suffix };
}

/** "de la Vega, Dr. Juan Q. III, Jr.": surname part, given-names part, suffix parts. */
function lastFirst(parts: readonly string[], l: Lists): Parts {
  const [surnamePart = '', givenPart = '', ...rest] = parts;
  const surname = surnamePart
    .split(' ')
    .filter(Boolean)
    .map((w) => [w]);
  const title = takeTitles(surname, l);
  const surnameSuffixes = takeSuffixes(surname, l, 1);
  const given = joinConjunctions(givenPart.split(' ').filter(Boolean), l, 1);
  title.push(...takeTitles(given, l));
  const givenSuffixes: string[] = [];
  while (given.length > 1) {
    const word = given.at(-1)?.[0] ?? '';
    if (given.at(-1)?.length !== 1 || !isSuffix(word, l) || SINGLE_ROMAN.has(key(word))) break;
    givenSuffixes.unshift(word);
    given.pop();
  }
  // "Berg, Maria van der": the particles written after the given name belong to the surname.
  while (given.length > 1 && given.at(-1)?.length === 1 && isParticle(given.at(-1)?.[0] ?? '', l)) {
    surname.unshift(given.pop() ?? []);
  }
  return {
    title,
    ...givenNames(given, given.length),
    last: surname.map(text).join(' '),
    suffix: [...surnameSuffixes, ...givenSuffixes, ...rest],
  };
}

function isSuffixPart(part: string, l: Lists): boolean {
  const words = part.split(' ').filter(Boolean);
  return words.length > 0 && (words.every((w) => isSuffix(w, l)) || CREDENTIALS.has(key(part.replace(/\s+/g, ''))));
}

const PRONOUNS =
  /\(\s*((?:she|he|they|ze|xe|her|him|them|hers|his|theirs|any)(?:\s*\/\s*(?:she|he|they|her|him|them|hers|his|theirs|any|all))+)\s*\)/giu;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu;

/**
 * A full name split into title, first, middle, last, suffix and nickname:
 * "Dr. Maria van der Berg, MBA", "Berg, Maria van der", "Jane 'JJ' Doe (she/her)".
 */
export function parseName(input: string, options: NameOptions = {}): ParsedName {
  const l = lists(options);
  let s = input
    .replace(/\\[rnt]/g, ' ')
    .replace(EMOJI, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const pronouns: string[] = [];
  s = s.replace(PRONOUNS, (_m, p: string) => {
    pronouns.push(p.replace(/\s+/g, ''));
    return ' ';
  });
  // A quoted surname before the comma ('"Franců Franců", Jan') is a surname, not a nickname.
  const quotedSurname = /^["“]([^"”]+)["”]\s*,(.*)$/.exec(s);
  const nicknames: string[] = [];
  const body = (quotedSurname ? (quotedSurname[2] ?? '') : s)
    .replace(/\(([^)]*)\)/g, (_m, n: string) => {
      if (n.trim()) nicknames.push(n.trim());
      return ' ';
    })
    .replace(/(^|\s)["“'‘]([^"”'’]+)["”'’](?=\s|,|$)/g, (_m, pre: string, n: string) => {
      nicknames.push(n.trim());
      return pre;
    })
    .replace(/\s+/g, ' ')
    .trim();
  const parts = body
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (quotedSurname) parts.unshift(quotedSurname[1]?.trim() ?? '');
  let result: Parts;
  let natural_order: string;
  if (quotedSurname || (parts.length > 1 && !parts.slice(1).every((p) => isSuffixPart(p, l)))) {
    result = lastFirst(parts, l);
    natural_order = [...result.title, result.first, result.middle, result.last, ...result.suffix]
      .filter(Boolean)
      .join(' ');
  } else {
    result = natural(parts[0] ?? '', l, parts.slice(1), nicknames.length > 0);
    natural_order = body;
  }
  return {
    title: result.title.join(' '),
    first: result.first,
    middle: result.middle,
    last: result.last,
    suffix: result.suffix.join(', '),
    nickname: nicknames.join(', '),
    pronouns: pronouns.join(', '),
    fullName: natural_order,
  };
}

/** Of "John and Jane Smith" or "John & Peggy Sue", the fullest single name ("Peggy Sue"). */
export function fullestName(input: string): string {
  const names = input
    .split(/\s+(?:&|and)\s+/i)
    .map((n) => n.trim())
    .filter(Boolean);
  return names.reduce((best, n) => (n.split(/\s+/).length >= best.split(/\s+/).length ? n : best), '');
}
