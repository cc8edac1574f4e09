/**
 * The one person of a profile page that has no markup for machines: its main
 * heading is their name, and the page states their fields as labelled pairs
 * ("Primary Role: Managing Partner @ Acme", "Location: Paris"), as definition
 * lists and fact boxes do.
 */

import type { BlockLine } from './block-lines';
import { locationOnLine, statesAJob } from './line-kinds';
import type { BlockPerson } from './read-person';
import { lineName } from './read-person';

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
  const person: BlockPerson = {
    name: named.name,
    title: '',
    company: '',
    location: '',
    emails: [],
    phones: [],
    profiles: [],
    evidence: 0,
  };
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
