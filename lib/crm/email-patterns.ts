import { emailDomain, isFreeMailDomain, normalizeEmail } from '../person/lead-identity';
import { PARTICLES } from '../person/name-words';
import { parseName } from '../person/parse-name';

/**
 * How a company spells its people's addresses, learned from the people the rep already holds
 * (leads and contacts with a known email), so a lead with a name and a company domain but no
 * email gets a likely address. Local inference only: no lookup service, no SMTP probing.
 */

/** The shapes an address's local part takes, in the order companies use them most (ties go to the earlier). */
export const EMAIL_PATTERNS = [
  'first.last',
  'flast',
  'first',
  'firstlast',
  'first_last',
  'f.last',
  'firstl',
  'first-last',
  'last.first',
  'lastf',
  'last',
  'lastfirst',
  'last_first',
  'first.l',
] as const;
export type EmailPattern = (typeof EMAIL_PATTERNS)[number];

export interface NamedPerson {
  fullName?: string;
  firstName?: string;
  lastName?: string;
}

export interface KnownPerson extends NamedPerson {
  emails: readonly string[];
}

export interface PatternSupport {
  pattern: EmailPattern;
  /** How many of the domain's people have an address of this shape. */
  support: number;
}

export interface DomainPatterns {
  domain: string;
  /** People at the domain whose name and address could be compared. */
  people: number;
  /** Most supported first; ties in EMAIL_PATTERNS order. */
  patterns: PatternSupport[];
  /** Addresses already held at the domain: a guess never repeats one of them. */
  known: ReadonlySet<string>;
}

export interface EmailGuess {
  email: string;
  domain: string;
  pattern: EmailPattern;
  support: number;
  people: number;
  /** Another shape is as well supported as this one: the guess is a coin toss between them. */
  tied: boolean;
}

/** Name words as they go into an address: lower case, accents off, apostrophes and dots gone. */
function addressWord(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .trim();
}

interface NameForms {
  /** Spellings of the first name ("jean-pierre" → jeanpierre, jean-pierre, jean). */
  firsts: string[];
  /** Spellings of the last name ("van der Berg" → vanderberg, van-der-berg, berg; "Smith-Jones" → smithjones, smith-jones, smith, jones). */
  lasts: string[];
}

function spellings(words: string[]): string[] {
  const parts = words.flatMap((w) => w.split(/[-\s]+/)).filter(Boolean);
  if (parts.length === 0) return [];
  // "Smith-Jones" may write just "smith"; "van der Berg" never writes just "van".
  const head = PARTICLES.has(parts[0] ?? '') ? '' : (parts[0] ?? '');
  const out = [parts.join(''), parts.join('-'), parts.join('_'), parts.at(-1) ?? '', head];
  return [...new Set(out.filter((s) => /^[a-z0-9_-]+$/.test(s)))];
}

function nameForms(person: NamedPerson): NameForms | undefined {
  let first = person.firstName ?? '';
  let last = person.lastName ?? '';
  if ((!first || !last) && person.fullName) {
    const parsed = parseName(person.fullName);
    first ||= parsed.first;
    last ||= parsed.last;
  }
  const firsts = spellings(addressWord(first).split(/\s+/).slice(0, 1));
  const lasts = spellings(addressWord(last).split(/\s+/));
  if (firsts.length === 0 || lasts.length === 0) return undefined;
  return { firsts, lasts };
}

function localPart(pattern: EmailPattern, first: string, last: string): string {
  const f = first[0] ?? '';
  const l = last[0] ?? '';
  switch (pattern) {
    case 'first.last':
      return `${first}.${last}`;
    case 'flast':
      return `${f}${last}`;
    case 'first':
      return first;
    case 'firstlast':
      return `${first}${last}`;
    case 'first_last':
      return `${first}_${last}`;
    case 'f.last':
      return `${f}.${last}`;
    case 'firstl':
      return `${first}${l}`;
    case 'first-last':
      return `${first}-${last}`;
    case 'last.first':
      return `${last}.${first}`;
    case 'lastf':
      return `${last}${f}`;
    case 'last':
      return last;
    case 'lastfirst':
      return `${last}${first}`;
    case 'last_first':
      return `${last}_${first}`;
    case 'first.l':
      return `${first}.${l}`;
  }
}

/** The shapes one person's address has (one name can fit several: "jane" is "first" only, "jsmith" is "flast"). */
export function patternsOf(person: NamedPerson, email: string): EmailPattern[] {
  const forms = nameForms(person);
  const local = normalizeEmail(email).split('@')[0] ?? '';
  if (!forms || !local) return [];
  // Plus-addressing ("jane+news@") is the person's own tag, not the company's pattern.
  const bare = local.replace(/\+.*$/, '');
  return EMAIL_PATTERNS.filter((p) =>
    forms.firsts.some((first) => forms.lasts.some((last) => localPart(p, first, last) === bare)),
  );
}

/** Per company domain, the address shapes of the people the rep holds, with how many people show each. */
export function learnEmailPatterns(people: Iterable<KnownPerson>): Map<string, DomainPatterns> {
  const byDomain = new Map<string, { people: number; counts: Map<EmailPattern, number>; known: Set<string> }>();
  for (const person of people) {
    for (const raw of person.emails) {
      const email = normalizeEmail(raw);
      const domain = emailDomain(email);
      // Free-mail addresses are chosen by each person, not by a company.
      if (!domain || isFreeMailDomain(domain)) continue;
      const entry = byDomain.get(domain) ?? { people: 0, counts: new Map(), known: new Set() };
      byDomain.set(domain, entry);
      entry.known.add(email);
      const shapes = patternsOf(person, email);
      if (!nameForms(person)) continue;
      entry.people += 1;
      for (const shape of shapes) entry.counts.set(shape, (entry.counts.get(shape) ?? 0) + 1);
    }
  }
  const out = new Map<string, DomainPatterns>();
  for (const [domain, entry] of byDomain) {
    const patterns = [...entry.counts]
      .map(([pattern, support]) => ({ pattern, support }))
      .sort((a, b) => b.support - a.support || EMAIL_PATTERNS.indexOf(a.pattern) - EMAIL_PATTERNS.indexOf(b.pattern));
    out.set(domain, { domain, people: entry.people, patterns, known: entry.known });
  }
  return out;
}

/** The most likely address for a person at a domain, or undefined when the rep holds nobody there to learn from. */
export function suggestEmail(
  person: NamedPerson,
  domain: string,
  learned: ReadonlyMap<string, DomainPatterns>,
): EmailGuess | undefined {
  const at = learned.get(
    domain
      .trim()
      .toLowerCase()
      .replace(/^www\./, ''),
  );
  const forms = nameForms(person);
  if (!at || !forms) return undefined;
  const first = forms.firsts[0] ?? '';
  const last = forms.lasts[0] ?? '';
  for (const [index, { pattern, support }] of at.patterns.entries()) {
    const email = `${localPart(pattern, first, last)}@${at.domain}`;
    // "jsmith@" already belongs to John Smith: Jane Smith's is something else.
    if (at.known.has(email)) continue;
    const tied = at.patterns.some((p, i) => i !== index && p.support === support);
    return { email, domain: at.domain, pattern, support, people: at.people, tied };
  }
  return undefined;
}

/** How the guess is shown: "likely — based on 4 of 5 people at acme.com". */
export function guessBasis(guess: EmailGuess): string {
  const people = guess.people === 1 ? 'person' : 'people';
  return `likely — based on ${guess.support} of ${guess.people} ${people} at ${guess.domain}`;
}
