import type { Candidate } from '../../model/candidate';

/** Sources that find loose details (a tel: link, a profile link) that may belong to no one in particular. */
export const LOOSE_SOURCES: ReadonlySet<string> = new Set(['links', 'phone-text']);

function isLoose(c: Candidate): boolean {
  return !c.fullName && c.emails.length === 0 && c.sources.every((s) => LOOSE_SOURCES.has(s));
}

function union<T extends { value: string }>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((v) => v.value.toLowerCase()));
  return [...a, ...b.filter((v) => !seen.has(v.value.toLowerCase()))];
}

/**
 * Unnamed phone numbers and profile links: on a page about one person they are
 * that person's; elsewhere they are dropped. A bare profile link is nobody's lead
 * (a page of social icons is not a list of people): a link inside a person's card
 * was already named by that card, and a profile page names its own person.
 */
export function foldLooseDetails(candidates: readonly Candidate[]): Candidate[] {
  const loose = candidates.filter(isLoose);
  if (loose.length === 0) return [...candidates];
  const people = candidates.filter((c) => !isLoose(c));
  const named = people.filter((c) => c.fullName);
  const owner = named.length === 1 ? named[0] : undefined;
  if (owner) {
    const merged: Candidate = {
      ...owner,
      phones: loose.reduce((acc, l) => union(acc, l.phones), owner.phones),
      urls: loose.reduce((acc, l) => union(acc, l.urls), owner.urls),
      sources: [...new Set([...owner.sources, ...loose.flatMap((l) => l.sources)])],
    };
    return people.map((c) => (c === owner ? merged : c));
  }
  return people;
}
