/**
 * The one person of a profile page that has no markup for machines: its main
 * heading is their name, and the page states their fields as labelled pairs
 * ("Primary Role: Managing Partner @ Acme", "Location: Paris"), as definition
 * lists and fact boxes do.
 */

import type { BlockLine } from './block-lines';
import { locationOnLine, statesAJob } from './line-kinds';
import type { BlockPerson } from './read-person';
import { lineName, namedPerson } from './read-person';

const ROLE = /^(?:primary\s+)?(?:role|title|job(?:\s+title)?|position|current(?:\s+(?:role|position))?)\s*:?$/i;
const PLACE = /^(?:location|based in|city|region|country)\s*:?$/i;
const EMPLOYER = /^(?:company|organi[sz]ation|employer|affiliation|works at)\s*:?$/i;

/** "Managing Partner @ Acme", "CEO at Acme": the job and the employer. */
function roleAt(text: string): { title: string; company: string } {
  const m = /^(.+?)\s+(?:@|at)\s+(.+)$/.exec(text);
  return m?.[1] && m[2] ? { title: m[1], company: m[2] } : { title: text, company: '' };
}

/** The page's person when its one main heading is a name and the page states at least their role. */
export function pagePerson(lines: readonly BlockLine[]): BlockPerson | undefined {
  const headings = lines.filter((l) => /^h1\b/.test(l.hint));
  const heading = headings.length === 1 ? headings[0] : undefined;
  const named = heading ? lineName(heading) : undefined;
  if (!heading || !named || named.rest) return undefined;
  const person = namedPerson(named.name, 0);
  lines.forEach((line, i) => {
    const value = lines[i + 1];
    if (!/^dt\b/.test(line.hint) || !value || !/^dd\b/.test(value.hint)) return;
    if (ROLE.test(line.text) && !person.title) {
      const stated = roleAt(value.text);
      if (!statesAJob(stated.title)) return;
      person.title = stated.title;
      person.company ||= stated.company;
      person.evidence += 2;
    } else if (PLACE.test(line.text) && !person.location) {
      person.location = locationOnLine(value.text) || value.text.split(',')[0]?.trim() || '';
    } else if (EMPLOYER.test(line.text) && !person.company) {
      person.company = value.text;
    }
  });
  return person.evidence > 0 ? person : undefined;
}

// "Operated by Jane Doe", "Maintained by …": a personal site's heading names its owner.
const OWNED_BY = /^(?:operated|maintained|run|curated|written|edited|made)\s+by\s+/i;
// The section where a personal page lists its owner's pages elsewhere.
const PROFILES_HEADING = /^(?:profiles?|elsewhere|find me(?: online| on)?|online profiles?|social|links)\s*:?$/i;

// A name of an organisation rather than of a site or a network ("Acme University", not "Google Scholar").
const ORGANISATION =
  /\b(?:university|universit[äéà]|college|institute|school|academy|laborator(?:y|ies)|hospital|clinic|foundation|inc|ltd|llc|gmbh|corporation|company)\b/i;

/** "<a href="https://www.acme.edu/staff/jane">Acme University</a>": the owner's page at an organisation its own site names. */
function affiliation(link: { href: string; text: string }, url: URL): string {
  if (!ORGANISATION.test(link.text)) return '';
  const host = url.hostname.toLowerCase();
  const words = link.text.toLowerCase().split(/[^\p{L}\d]+/u);
  return words.some((w) => w.length > 3 && !ORGANISATION.test(w) && host.includes(w)) ? link.text : '';
}

/** The owner a personal page's top heading names, with the links of its "Profiles" section (and its employer there). */
export function pageOwner(lines: readonly BlockLine[], base: URL): BlockPerson | undefined {
  const heading = lines.slice(0, 12).find((l) => /^h[12]\b/.test(l.hint) && OWNED_BY.test(l.text));
  const named = heading ? lineName(heading) : undefined;
  if (!heading || !named) return undefined;
  const profiles: string[] = [];
  let company = '';
  const start = lines.findIndex((l) => /^h[1-6]\b/.test(l.hint) && PROFILES_HEADING.test(l.text));
  for (let i = start + 1; start >= 0 && i < lines.length && !/^h[1-6]\b/.test(lines[i]?.hint ?? ''); i++) {
    for (const link of lines[i]?.links ?? []) {
      try {
        const url = new URL(link.href, base);
        if (!/^https?:$/.test(url.protocol)) continue;
        if (!profiles.includes(url.href)) profiles.push(url.href);
        company ||= affiliation(link, url);
      } catch {
        // not an address
      }
    }
  }
  return { name: named.name, title: '', company, location: '', emails: [], phones: [], profiles, evidence: 2 };
}
