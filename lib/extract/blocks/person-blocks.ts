/**
 * The general reader of people on any page: it finds the records a page repeats
 * (cards, table rows, list items, lines of "Name, Title, Company") and the one
 * block of a one-person page, and reads each as one person (see read-person.ts).
 *
 * A record is the largest element around a name that holds no other name, so a
 * card takes its heading, address and links with it and never its neighbour's.
 * Where one block holds several names line by line (a programme, a plain-text
 * "Authors' Addresses"), each name starts a record of the lines below it.
 */

import type { CandidateInput, FoundValue } from '../../model/candidate';
import { foldText } from '../../person/lead-identity';
import type { Extractor } from '../extractor';
import { namesOwnPeople, pageCompany, titleParts } from '../sites/team-page';
import { type BlockLine, blockLines } from './block-lines';
import { announcesContacts } from './line-kinds';
import { pageOwner, pagePerson } from './page-person';
import { quotedPeople } from './quoted-people';
import { type BlockPerson, lineName, namedPerson, readPerson } from './read-person';
import { foundedVenture, introducedRoles, type StatedRole } from './stated-roles';

const SOURCE = 'person-blocks';

// A site's navigation and footer repeat the site's links, never its people.
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'FORM', 'BUTTON']);
const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'search', 'menu', 'menubar']);

// A quote's or a card's own footer ("— Jane Doe, CFO at Acme" under a testimonial) is part of it.
const OWNS_ITS_FOOTER = 'blockquote, figure, article, li, aside, [itemscope]';

function isChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FOOTER') return !el.parentElement?.closest(OWNS_ITS_FOOTER);
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role);
}

const MAX_LEVELS = 8;
const MAX_RECORD_LINES = 30;
const MAX_RECORD_CHARS = 2000;
const MAX_LINE_RUN = 6;
// Below this much evidence (a job, a way to reach them, their own link…) a name alone is no lead.
const MIN_EVIDENCE = 2;

interface NameLine {
  index: number;
  line: BlockLine;
  labelled: boolean;
}

/** Name lines a record can start from: stated ones, or the first name of its block. */
function nameLines(lines: readonly BlockLine[]): NameLine[] {
  const firstOfBlock = new Set<Element>();
  const out: NameLine[] = [];
  lines.forEach((line, index) => {
    const named = lineName(line);
    if (!named) return;
    const lead = line.lead ? (line.lead.textContent ?? '').trim() : '';
    const stated =
      named.labelled ||
      Boolean(named.rest) ||
      line.paragraphStart ||
      /^h[1-6]\b|\bname\b/i.test(line.hint) ||
      (lead !== '' && lead.replace(/\s+/g, ' ') === line.text);
    const first = !firstOfBlock.has(line.block);
    firstOfBlock.add(line.block);
    if (stated || (first && !line.block.tagName.match(/^PRE$/i))) out.push({ index, line, labelled: named.labelled });
  });
  // A card that names its "Contact:" is an organisation's card: its heading names the organisation.
  return out.filter((name, k) => {
    if (name.labelled) return true;
    const card = name.line.block.parentElement?.parentElement;
    if (!card) return true;
    for (let j = k + 1; j < out.length && (out[j] as NameLine).index - name.index <= 8; j++) {
      const next = out[j] as NameLine;
      if (next.labelled && card.contains(next.line.block)) return false;
    }
    return true;
  });
}

/** How many name lines each element holds, counted up to MAX_LEVELS above each name's block. */
function namesPerElement(names: readonly NameLine[], body: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const { line } of names) {
    let el: Element | null = line.block;
    for (let level = 0; el && el !== body && level <= MAX_LEVELS + 1; level++, el = el.parentElement) {
      counts.set(el, (counts.get(el) ?? 0) + 1);
    }
  }
  return counts;
}

/** The largest element around `block` that holds this one name and is small enough to be a record. */
function recordAround(block: Element, counts: Map<Element, number>, body: Element): Element {
  let record = block;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const up: Element | null = record.parentElement;
    if (!up || up === body || up.tagName === 'MAIN' || (counts.get(up) ?? 0) > 1) break;
    if ((up.textContent ?? '').length > MAX_RECORD_CHARS * 2) break;
    record = up;
  }
  return record;
}

/** The lines of `record`: a contiguous run around the name line, since lines come in document order. */
function linesWithin(lines: readonly BlockLine[], at: number, record: Element): BlockLine[] {
  let start = at;
  while (start > 0 && record.contains((lines[start - 1] as BlockLine).block) && at - start < MAX_RECORD_LINES) start--;
  let end = at + 1;
  while (end < lines.length && record.contains((lines[end] as BlockLine).block) && end - at < MAX_RECORD_LINES) end++;
  return lines.slice(start, end);
}

const HEADING = /^h[1-6]\b/;

/** A heading's section: the lines after it up to the next name, the next heading or the limit. */
function sectionUnder(lines: readonly BlockLine[], at: number, nextName: number): BlockLine[] {
  const heading = lines[at] as BlockLine;
  const parent = heading.block.parentElement;
  const section: BlockLine[] = [heading];
  for (let i = at + 1; i < nextName && i < lines.length && section.length < MAX_RECORD_LINES; i++) {
    const line = lines[i] as BlockLine;
    if (HEADING.test(line.hint) || !parent?.contains(line.block)) break;
    section.push(line);
  }
  return section;
}

/**
 * A definition list's term and the descriptions that follow it, up to the next term or name: a board
 * or directory written as `<dt>Jane Doe</dt><dd>Chair</dd><dd>Partner, Doe LLP</dd>`.
 */
function termWithDescriptions(lines: readonly BlockLine[], at: number, nextName: number): BlockLine[] {
  const term = lines[at] as BlockLine;
  const list = term.block.closest('dl');
  const run: BlockLine[] = [term];
  for (let i = at + 1; i < nextName && i < lines.length && run.length < MAX_RECORD_LINES; i++) {
    const line = lines[i] as BlockLine;
    const description = line.block.closest('dd, dt');
    if (description?.tagName !== 'DD' || description.closest('dl') !== list) break;
    run.push(line);
  }
  return run;
}

/** Whether the heading the line sits under speaks of the organisation's own people ("Our Attorneys"). */
function underOwnPeopleHeading(lines: readonly BlockLine[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const line = lines[i];
    if (line && HEADING.test(line.hint)) return namesOwnPeople(line.text);
  }
  return false;
}

/** Whether an address on the page's own site ends in a slug of the name's words ("/attorneys/herbert-j-kessler/"). */
function spellsName(href: string, page: URL, name: string): boolean {
  if (!URL.canParse(href)) return false;
  const url = new URL(href);
  if (url.hostname !== page.hostname) return false;
  const slug = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  const words = (s: string) =>
    foldText(s)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .join(' ');
  return slug !== '' && words(slug) === words(name);
}

/** Whether the page's title starts with the person's name, and the page has one main heading. */
function pageIsAbout(document: Document, name: string): boolean {
  return foldText(document.title).startsWith(foldText(name)) && document.getElementsByTagName('h1').length === 1;
}

/**
 * Whether a heading of this level names the page's person: the main heading, or a lower one whose
 * name is the title's whole first part ("Herbert J. Kessler | Kessler & Partners LLP" over an
 * h2 under the firm's own h1).
 */
function headsPersonPage(document: Document, hint: string, name: string): boolean {
  if (/^h1\b/.test(hint)) return pageIsAbout(document, name);
  // The site's logo or name may be a main heading too: the title's first part says whose page it is.
  return /^h[23]\b/.test(hint) && foldText(titleParts(document.title)[0] ?? '') === foldText(name);
}

/** Whether a bio's sentences speak of the person: one starts with their given name, full name or "He"/"She". */
function speaksOf(lines: readonly BlockLine[], name: string): boolean {
  const first = name.split(' ')[0] ?? name;
  const opening = (text: string) =>
    text.startsWith(`${first} `) || text.startsWith(`${name} `) || /^(?:He|She)\s/.test(text);
  return lines.some((l) => l.text.length >= 40 && opening(l.text));
}

/** A name line and the short lines under it, up to the next name or the end of its block. */
function lineRun(lines: readonly BlockLine[], at: number, nextName: number): BlockLine[] {
  const first = lines[at] as BlockLine;
  const run: BlockLine[] = [first];
  // A label just above the name ("MEDIA CONTACT:") belongs to it.
  const above = lines[at - 1];
  if (above && announcesContacts(above.text)) run.unshift(above);
  for (let i = at + 1; i < lines.length && i < nextName && run.length < MAX_LINE_RUN; i++) {
    const line = lines[i] as BlockLine;
    if (line.block !== first.block || line.text.length > 100) break;
    run.push(line);
  }
  return run;
}

// A transcript or interview labels each turn with its speaker: a name heading three or more turns of prose
// is someone who took part, though the page states no job for them.
const MIN_TURNS = 3;

function transcriptSpeakers(lines: readonly BlockLine[], names: readonly NameLine[]): string[] {
  const turns = new Map<string, number>();
  for (const { index } of names) {
    const said = lines[index + 1];
    const name = lineName(lines[index] as BlockLine)?.name;
    if (!name || !said || said.text.length < 40 || lineName(said)) continue;
    turns.set(name, (turns.get(name) ?? 0) + 1);
  }
  return [...turns].filter(([, n]) => n >= MIN_TURNS).map(([name]) => name);
}

function found(value: string, confidence: number): FoundValue | undefined {
  const v = value.trim();
  return v ? { value: v.slice(0, 2048), confidence, source: SOURCE } : undefined;
}

function candidate(person: BlockPerson, fallbackCompany: string): CandidateInput {
  const list = (values: string[], confidence: number) =>
    values.slice(0, 30).map((value) => ({ value, confidence, source: SOURCE }));
  const out: CandidateInput = {
    emails: list(person.emails, 0.8),
    phones: list(person.phones, 0.7),
    urls: list(person.profiles, 0.75),
    sources: [SOURCE],
  };
  const fields = {
    fullName: found(person.name, 0.65),
    title: found(person.title, 0.55),
    company: found(person.company, 0.55) ?? found(fallbackCompany, 0.35),
    location: found(person.location, 0.5),
  };
  for (const [key, value] of Object.entries(fields) as Array<[keyof typeof fields, FoundValue | undefined]>) {
    if (value) out[key] = value;
  }
  return out;
}

/**
 * The job and employer stated in prose fill what the record's lines left empty. Where the lines gave
 * no job, the statement's job and employer come as the pair they are (the employer the lines guessed
 * by elimination, a heading above the name, gives way); a stated job is evidence of a person.
 */
function withStatedRole(person: BlockPerson, stated: StatedRole | undefined): BlockPerson {
  if (!stated || (person.title && person.company)) return person;
  if (person.title) return { ...person, company: stated.company };
  return { ...person, title: stated.title, company: stated.company, evidence: person.evidence + 2 };
}

/** Every person the page's records show, in page order. */
export function readPersonBlocks(document: Document, url: URL, pageCompany = ''): CandidateInput[] {
  const body = document.body;
  if (!body) return [];
  const lines = blockLines(body, isChrome);
  const names = nameLines(lines);
  const introduced = introducedRoles(lines);
  const introducedAs = (person: BlockPerson) => withStatedRole(person, introduced.get(foldText(person.name)));
  const counts = namesPerElement(names, body);
  const perBlock = new Map<Element, number>();
  for (const { line } of names) perBlock.set(line.block, (perBlock.get(line.block) ?? 0) + 1);
  const out: CandidateInput[] = [];
  const seen = new Set<string>();
  names.forEach(({ index, line }, k) => {
    const several = (perBlock.get(line.block) ?? 0) > 1;
    let person: BlockPerson | undefined;
    if (several) {
      const run = lineRun(lines, index, names[k + 1]?.index ?? lines.length);
      person = readPerson(run, url, run.indexOf(line));
    } else {
      const record = recordAround(line.block, counts, body);
      // A heading standing alone among its siblings heads the paragraphs under it ("<h2>Jane Doe</h2><p>Jane …").
      const alone = record === line.block && HEADING.test(line.hint);
      const nextName = names[k + 1]?.index ?? lines.length;
      const term = record === line.block && line.block.tagName === 'DT';
      const within = alone
        ? sectionUnder(lines, index, nextName)
        : term
          ? termWithDescriptions(lines, index, nextName)
          : linesWithin(lines, index, record);
      person = readPerson(within, url, within.indexOf(line));
      if (person) person = withStatedRole(person, foundedVenture(within, person.name));
      // On an organisation's own team page, a name heading over a bio about that person is a member.
      if (person && alone && pageCompany && speaksOf(within.slice(1), person.name)) person.evidence += MIN_EVIDENCE;
      // A page whose title and only main heading both name the person is that person's page (a doctor's,
      // an agent's, a lawyer's profile), though its lines state no job from the lexicon.
      if (person && alone && headsPersonPage(document, line.hint, person.name)) person.evidence += MIN_EVIDENCE;
    }
    // On a page of an organisation's own people, a name linked to an address of the site that spells it
    // ("<a href="vincent-jesuele/">Vincent Jesuele</a>") is that member's own page there.
    // The heading is looked for last: few names carry such a link, and every name on a team page is asked.
    const named = person?.name ?? '';
    if (
      person &&
      pageCompany &&
      person.profiles.some((u) => spellsName(u, url, named)) &&
      underOwnPeopleHeading(lines, index)
    ) {
      person.evidence += MIN_EVIDENCE;
    }
    if (person) person = introducedAs(person);
    if (!person || person.evidence < MIN_EVIDENCE) return;
    const key = `${person.name.toLowerCase()}|${person.emails[0] ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(candidate(person, pageCompany));
  });
  for (const speaker of transcriptSpeakers(lines, names)) {
    const key = `${speaker.toLowerCase()}|`;
    if ([...seen].some((k) => k.startsWith(key))) continue;
    seen.add(key);
    out.push(candidate(introducedAs(namedPerson(speaker, MIN_EVIDENCE)), ''));
  }
  const owner = pagePerson(lines) ?? pageOwner(lines, url);
  if (owner && !seen.has(`${owner.name.toLowerCase()}|`)) {
    seen.add(`${owner.name.toLowerCase()}|`);
    out.unshift(candidate(introducedAs(owner), ''));
  }
  for (const quoted of quotedPeople(lines)) {
    const key = `${quoted.name.toLowerCase()}|`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(candidate({ ...quoted, location: '', emails: [], phones: [], profiles: [], evidence: MIN_EVIDENCE }, ''));
  }
  return out;
}

export const personBlocksExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    return readPersonBlocks(document, url, pageCompany(document, url));
  },
};
