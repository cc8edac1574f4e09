import type { Candidate } from '../../model/candidate';
import { emailDomain } from '../../person/lead-identity';
import { socialProfileOf } from '../social/networks';
import { handleSpellsName } from './handle-spells-name';

/**
 * Sources that find loose details (a tel: link, a profile link, a page's `twitter:creator`) that may
 * belong to no one in particular.
 */
export const LOOSE_SOURCES: ReadonlySet<string> = new Set(['links', 'phone-text', 'meta']);

function isLoose(c: Candidate): boolean {
  return !c.fullName && c.emails.length === 0 && c.sources.every((s) => LOOSE_SOURCES.has(s));
}

function union<T extends { value: string }>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((v) => v.value.toLowerCase()));
  return [...a, ...b.filter((v) => !seen.has(v.value.toLowerCase()))];
}

function withLoose(person: Candidate, loose: readonly Candidate[]): Candidate {
  return {
    ...person,
    phones: loose.reduce((acc, l) => union(acc, l.phones), person.phones),
    urls: loose.reduce((acc, l) => union(acc, l.urls), person.urls),
    sources: [...new Set([...person.sources, ...loose.flatMap((l) => l.sources)])],
  };
}

/** The one named person whose name the profile link's handle spells ("janedoe" for Jane Doe), if exactly one. */
function handleOwner(url: string, named: readonly Candidate[]): Candidate | undefined {
  const handle = socialProfileOf(url)?.handle ?? '';
  if (!handle) return undefined;
  const owners = named.filter((c) => handleSpellsName(handle, c.fullName?.value ?? ''));
  return owners.length === 1 ? owners[0] : undefined;
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** "x.com/northwind" beside Jane of northwind.example (or of Northwind): the employer's account, not hers. */
function namesTheirEmployer(loose: Candidate, person: Candidate): boolean {
  const handle = letters(socialProfileOf(loose.urls[0]?.value ?? '')?.handle ?? '');
  if (!handle || loose.urls.length !== 1) return false;
  const employer = [
    letters(person.company?.value ?? ''),
    ...person.emails.map((e) => letters(emailDomain(e.value).split('.')[0] ?? '')),
  ];
  // "thebigspeak", "northwind_hq", "northwind" for Northwind Freight.
  return employer.some(
    (name) => name.length > 3 && handle.length > 3 && (handle.includes(name) || name.startsWith(handle)),
  );
}

/**
 * Unnamed phone numbers and profile links: a profile link whose handle spells one
 * person's name is that person's, wherever it sits (a profile header's icons, a
 * sidebar); the rest, on a page about one person, are that person's; elsewhere they
 * are dropped. A bare profile link is nobody's lead (a page of social icons is not a
 * list of people): a link inside a person's card was already named by that card, and
 * a profile page names its own person.
 */
export function foldLooseDetails(candidates: readonly Candidate[]): Candidate[] {
  const loose = candidates.filter(isLoose);
  if (loose.length === 0) return [...candidates];
  const people = candidates.filter((c) => !isLoose(c));
  const named = people.filter((c) => c.fullName);
  const owned = new Map<Candidate, Candidate[]>();
  const unowned: Candidate[] = [];
  for (const l of loose) {
    const owner = l.phones.length === 0 && l.urls.length === 1 ? handleOwner(l.urls[0]?.value ?? '', named) : undefined;
    if (owner) owned.set(owner, [...(owned.get(owner) ?? []), l]);
    else unowned.push(l);
  }
  const pageOwner = named.length === 1 ? named[0] : undefined;
  const theirs = pageOwner ? unowned.filter((l) => !namesTheirEmployer(l, pageOwner)) : [];
  if (pageOwner && theirs.length > 0) owned.set(pageOwner, [...(owned.get(pageOwner) ?? []), ...theirs]);
  return people.map((c) => {
    const mine = owned.get(c);
    return mine ? withLoose(c, mine) : c;
  });
}
