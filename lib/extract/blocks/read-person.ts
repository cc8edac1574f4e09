/**
 * One person's record (a card, a table row, a list item, the lines under
 * "Media contact:") read into fields by what each line is, not where it is:
 * the name by name-likeness, the job by the job lexicon (never a department),
 * phones by their label (a fax is no number to call), the place by its shape,
 * the person's own link by its text or its network, the employer by elimination.
 */

import { emailFromMailto, findEmails } from '../contacts/emails';
import { phoneFromHref } from '../contacts/phones';
import { profileUrlFrom } from '../contacts/social';
import { namesADepartment } from '../sites/job-words';
import { cleanText } from '../text';
import type { BlockLine } from './block-lines';
import {
  afterContactLabel,
  announcesContacts,
  locationOnLine,
  type NameOnLine,
  nameOnLine,
  namesAnOrgUnit,
  phoneOnLine,
  phonesOnLine,
  reversedName,
  statesAJob,
} from './line-kinds';
import { hasNonNameWord } from './not-name-words';

export interface BlockPerson {
  name: string;
  title: string;
  company: string;
  location: string;
  emails: string[];
  /** Numbers to call, office first; faxes are left out. */
  phones: string[];
  /** The person's own pages: a link whose text is their name, or their profile on a network. */
  profiles: string[];
  /** How the record showed it is a person, beyond a name: the stronger, the more of it. */
  evidence: number;
}

/** A person with a name and nothing else found yet. */
export function namedPerson(name: string, evidence: number): BlockPerson {
  return { name, title: '', company: '', location: '', emails: [], phones: [], profiles: [], evidence };
}

// "Email: …", "Website: …": a line that labels its value is contact detail, not an employer.
const LABELLED_VALUE = /^[\p{L} ]{1,20}:\s*\S/u;
const ROLE_HINT = /(title|role|position|job|designation)/i;
// "Job title | Export Sales Manager": a record of labelled rows (a table's header cells, a definition list's
// terms, "Label:" lines). The label says what the next line is, and is never a value itself.
const FIELD_LABEL =
  /^(?:(contact(?:\s+(?:name|person))?|(?:full\s+)?name)|((?:job\s+)?title|position|role|designation|job)|(company|organi[sz]ation|employer|firm|exhibitor|business name)|(location|city|country|address|based in)|(tele?phone(?:\s+number)?|phone(?:\s+number)?|tel|mobile|cell|fax|e-?mail(?:\s+address)?|website|web|url|homepage|stand|booth|hall))\s*:?$/i;
type FieldLabel = 'name' | 'title' | 'company' | 'location' | 'other';

function fieldLabel(line: BlockLine): FieldLabel | undefined {
  if (!/^(?:th|dt)\b/.test(line.hint) && !line.text.endsWith(':')) return undefined;
  const m = FIELD_LABEL.exec(line.text);
  if (!m) return undefined;
  return m[1] ? 'name' : m[2] ? 'title' : m[3] ? 'company' : m[4] ? 'location' : 'other';
}
// A clinician's page names their specialty where other pages name a job ("Interventional Cardiology"
// under "Dr. Anand Rao, MD"): a rep selling to practices records it as the title.
const CLINICIAN =
  /^(?:Dr\.?|Doctor)\s|,\s*(?:MD|M\.D\.|DO|D\.O\.|DDS|DMD|MBBS|MBChB|DPM|FNP|NP|PA-C|FACC|FACS|FACP|FAAP|FRCP|FRCS)\b/;
const SPECIALTY = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'-]*\s+(?:(?:&|and)\s+)?){0,3}(?:` +
    '(?:Cardio|Dermato|Neuro|Onco|Gastroentero|Endocrino|Nephro|Uro|Radio|Patho|Rheumato|Hemato|Haemato|Ophthalmo|Otolaryngo|Pulmono|Gyneco|Gynaeco|Anesthesio|Anaesthesio|Immuno|Allergo|Hepato|Audio)logy|' +
    'Psychiatry|Podiatry|Pediatrics|Paediatrics|Orthopedics|Orthopaedics|Obstetrics|Geriatrics|Orthodontics|Dentistry|Medicine|Surgery|Care)$',
  'u',
);
const LEGAL_SUFFIX =
  /^(?:inc|llc|llp|lp|ltd|limited|corp|co|plc|gmbh|ag|sa|s\.a|nv|bv|pty(?: ltd)?|srl|spa|oy|ab|as|kk)\.?$/i;
const AT_EMPLOYER = /\S\s+(?:at|@)\s+\S/;
const NAME_HINT = /\bname\b/i;
const DEPARTMENT_OF = /\b(department|dept\.?|office|school|division|institute)\s+of\b/i;
const UNIT_CODE = /^\(?[A-Z0-9&/]{2,8}\)?$/;
// Where someone sits, not whom they work for: "Room 314, Harlow Building", "ENG 2.14", "Suite 400", "B-204".
const ROOM_LINE = /^(?:room|rm\.?|office|suite|ste\.?|bldg\.?|building|floor|level)\s+\S/i;
const ROOM_CODE = /^[A-Z]{1,5}[ -]?\d+(?:[.-]\d+)*[A-Z]?$/;
// A site's page about a firm, not a person: "/organization/acme", "/company/acme", "/companies/acme".
const ORGANISATION_PAGE = /^https?:\/\/[^/]+\/(?:[a-z]{2}\/)?(?:organi[sz]ations?|compan(?:y|ies)|firms?|org)\//i;
// The small words inside a firm's name ("Bank of Ireland", "Smith and Sons", "Maison du Café").
const CONNECTORS = new Set('of and for the de du des la le van von der y e et und &'.split(' '));

function contactRole(label: string): string {
  const words = label.replace(/[:：\s]+$/, '').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The line's name, remembered: every line is asked again when records are cut and read. */
export function lineName(line: BlockLine): NameOnLine | undefined {
  if (namesOfLines.has(line)) return namesOfLines.get(line);
  const named = readLineName(line);
  namesOfLines.set(line, named);
  return named;
}

const namesOfLines = new WeakMap<BlockLine, NameOnLine | undefined>();

function readLineName(line: BlockLine): NameOnLine | undefined {
  return nameOnLine(
    line.text,
    line.lead ? (line.lead.textContent ?? '') : undefined,
    line.links.map((l) => l.text),
  );
}

function resolve(href: string, base: URL): string {
  try {
    const url = new URL(href, base);
    if (!/^https?:$/.test(url.protocol)) return '';
    // "By <a href="#bio">Jane Doe</a>" points down the same page to her card: no page of hers.
    if (url.hash && url.href.slice(0, -url.hash.length) === base.href.replace(/#.*$/, '')) return '';
    return url.href;
  } catch {
    return '';
  }
}

function sameWords(a: string, b: string): boolean {
  const fold = (s: string) =>
    cleanText(
      s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L} ]/gu, ' '),
    );
  return fold(a) === fold(b);
}

// Short words a period follows inside a job, not at a sentence's end: "Sr. Director", "Asst. Prof. of Law".
const ABBREVIATION =
  /(?:^|\s)(?:sr|jr|dr|mr|mrs|ms|st|asst|assoc|prof|dept|mgr|gen|gov|sen|rep|inc|co|corp|ltd|no|vs|e\.g|i\.e)$/i;

/**
 * "Chief Executive Officer. Amelia joined Corvane in 2015 …": the job a bio opens with, up to where its
 * first sentence ends, so the rest of the bio is neither job nor employer.
 */
function firstSentence(text: string): string {
  const end = /\.\s+(?=\p{Lu})/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const before = text.slice(0, m.index);
    if (!ABBREVIATION.test(before) && !/(?:^|\s)\p{Lu}$/u.test(before)) return before;
  }
  return text;
}

/** "Professor, Chemistry, Acme University" as a job and an employer: the last part is the employer unless it is a job. */
function jobAndEmployer(rest: string): { title: string; company: string } {
  // "Jane Doe (Chief Data Officer, Olmsted Bank)", "Jane Doe (Halvard Insurance), John Roe (…)": an agenda's
  // affiliation in brackets is the whole of what the line says about the name before it.
  const bracketed = /^\(([^()]+)\)/.exec(rest)?.[1];
  if (bracketed !== undefined) {
    const inside = jobAndEmployer(bracketed);
    return inside.title && !inside.company && !statesAJob(inside.title) ? { title: '', company: inside.title } : inside;
  }
  // "VP Revenue Operations | Quartzline": a bar or a dot parts the line as a comma does.
  const parts = rest.split(/\s*,\s*|\s+[|·•]\s+/).filter(Boolean);
  // "CISO, MIO Partners, Inc.": a firm's legal suffix belongs to its name, never stands as the employer.
  while (parts.length > 1 && LEGAL_SUFFIX.test(parts.at(-1) ?? '')) {
    const suffix = parts.pop() ?? '';
    parts[parts.length - 1] = `${parts.at(-1)}, ${suffix}`;
  }
  if (parts.length === 0) return { title: '', company: '' };
  if (parts.length === 1) {
    const only = parts[0] ?? '';
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/.exec(only);
    if (at?.[1] && at[2]) return { title: at[1], company: at[2] };
    return statesAJob(only) || !namesAnOrgUnit(only) ? { title: only, company: '' } : { title: '', company: '' };
  }
  const last = parts.at(-1) ?? '';
  // "VP, Sales" and "Director, EMEA" are one title; "CISO, Elastic" a title and an employer.
  if (statesAJob(last) || namesADepartment(last)) return { title: parts.join(', '), company: '' };
  return { title: parts.slice(0, -1).join(', '), company: last };
}

/**
 * The person `lines` describe, or undefined when they name nobody. `nameAt` picks
 * the name line when the caller already knows it.
 */
export function readPerson(lines: readonly BlockLine[], base: URL, nameAt?: number): BlockPerson | undefined {
  let at = nameAt ?? -1;
  let named: NameOnLine | undefined;
  if (at >= 0) named = lines[at] ? lineName(lines[at] as BlockLine) : undefined;
  else {
    // A labelled contact outranks a written name; otherwise the first name, as a card shows its person first.
    for (let i = 0; i < lines.length; i++) {
      const n = lineName(lines[i] as BlockLine);
      if (!n) continue;
      if (n.labelled) {
        at = i;
        named = n;
        break;
      }
      if (!named) {
        at = i;
        named = n;
      }
    }
  }
  if (!named || at < 0) return undefined;
  const person = namedPerson(named.name, named.labelled ? 2 : 0);
  const nameLine = lines[at] as BlockLine;
  if (NAME_HINT.test(nameLine.hint)) person.evidence += 1;
  if (named.rest) {
    const stated = jobAndEmployer(firstSentence(named.rest));
    person.title = stated.title;
    person.company = stated.company;
    if (statesAJob(named.rest)) person.evidence += 2;
  }
  const saysMoreThanLinks = lines.some((l, i) => i !== at && l.links.length === 0 && l.text.length <= 100);
  const faxes = new Set<string>();
  let organisationLink = false;
  let companyLine = '';
  let unitLines = 0;
  let label: FieldLabel | undefined;
  lines.forEach((line, i) => {
    const text = i === at ? (named?.after ?? '') : line.text;
    // An empty field ("Website:" with nothing after it) labels nothing: the next line states its own label.
    const labelled = LABELLED_VALUE.test(text) ? undefined : label;
    label = fieldLabel(line);
    if (label) return;
    if (labelled === 'title' || labelled === 'company' || labelled === 'location') {
      if (labelled === 'title') person.title ||= text;
      else if (labelled === 'company') person.company ||= text;
      else person.location ||= text;
      return;
    }
    for (const link of line.links) {
      if (/^mailto:/i.test(link.href)) {
        const email = emailFromMailto(link.href);
        if (email && !person.emails.includes(email)) person.emails.push(email);
      } else if (/^tel:/i.test(link.href)) {
        const phone = phoneFromHref(link.href);
        if (phone && !person.phones.includes(phone)) person.phones.push(phone);
      } else {
        // The link as the page writes it: a CRM user clicks what they saw.
        const href = resolve(link.href, base);
        // "Brennan, Theodora" links to Theodora Brennan's page as surely as her name in order does.
        const own =
          Boolean(href) && (sameWords(link.text, person.name) || sameWords(reversedName(link.text), person.name));
        const url = own || (href && profileUrlFrom(href)) ? href : '';
        // A link reading as a name is the person's own page when the record says more than links (a row's
        // affiliation, a card's text); a record of links only is a site's menu, where capitalised link text
        // proves nothing (a menu's addresses spell their text just as a person's page does).
        // "<a href="/organization/acme">Acme Labs</a>": the name is a firm's, whatever its words.
        if (own && ORGANISATION_PAGE.test(href)) organisationLink = true;
        if (own && saysMoreThanLinks) person.evidence += 2;
        if (url && !person.profiles.includes(url)) person.profiles.push(url);
      }
    }
    if (i === at && !text) return;
    // "Media contact: Jane Doe, +1 555-0100, jane@…": the numbers a labelled name's line goes on to give.
    if (i === at && named?.labelled) {
      for (const part of text.split(/\s*[,;|•·]\s*/)) {
        const phone = phoneOnLine(part);
        if (phone && phone.kind !== 'fax' && !person.phones.includes(phone.phone)) person.phones.push(phone.phone);
      }
    }
    for (const e of findEmails(text)) if (!person.emails.includes(e.email)) person.emails.push(e.email);
    const phones = phonesOnLine(text);
    for (const phone of phones) {
      if (phone.kind === 'fax') faxes.add(phone.phone.replace(/\D/g, ''));
      else if (!person.phones.some((p) => p.replace(/\D/g, '').endsWith(phone.phone.replace(/\D/g, '')))) {
        if (phone.kind === 'office') person.phones.unshift(phone.phone);
        else person.phones.push(phone.phone);
      }
    }
    if (phones.length > 0 || labelled) return;
    if (announcesContacts(text)) {
      // "MEDIA CONTACT:" above a name says what the person is there for.
      if (i < at && !person.title && /\b(media|press)\b/i.test(text)) person.title = contactRole(text);
      return;
    }
    if (afterContactLabel(text) !== undefined) return;
    if (!person.location) {
      // "<span class=country>Belgium</span> @jane LinkedIn": the place may be the line's first part only.
      const lead = i !== at && line.lead && line.lead.tagName.toUpperCase() !== 'A' ? line.lead.textContent : '';
      const place = locationOnLine(text) || (lead ? locationOnLine(lead) : '');
      if (place) {
        person.location = place;
        return;
      }
    }
    if (text.includes('@') || /https?:\/\/|www\./i.test(text)) return;
    // A line the page marks as the role ("Program" on a conference team) is taken unless it names a department.
    const marked =
      ROLE_HINT.test(line.hint) &&
      text.length <= 80 &&
      !/[.!?"“”]/.test(text) &&
      !DEPARTMENT_OF.test(text) &&
      !UNIT_CODE.test(text);
    if (!person.title && i > at && i <= at + 2 && SPECIALTY.test(text) && CLINICIAN.test(nameLine.text)) {
      person.title = text;
      return;
    }
    if (!person.title && (marked || statesAJob(text))) {
      // "Director, Acme" and "Product marketing lead at Lumenhaus": a job and its employer on one line.
      const stated =
        (text.includes(',') || AT_EMPLOYER.test(text)) && !person.company ? jobAndEmployer(text) : undefined;
      person.title = stated?.title || text;
      if (stated?.company) person.company = stated.company;
      return;
    }
    // The employer: a short line next to the name that is nothing else, or the record's heading.
    // "Lakeshore Medical Group · Heart & Vascular Center": a line of parts names the firm first, its unit after.
    // (A bar of links above the name, "Return to Search Page | Results", is no firm.)
    const firm = i > at ? (text.split(/\s+[·|•]\s+/).find((part) => !namesAnOrgUnit(part)) ?? text) : text;
    const heading = /^h[1-6]\b|\bstrong\b|\bb\b/.test(line.hint);
    if (companyLine || LABELLED_VALUE.test(firm) || firm.length > 60) return;
    // A street line ("1800 F St NW") is an address; a heading that starts with a number is a name ("3 West Club").
    if (!heading && /^\d+\s+\p{L}/u.test(firm)) return;
    if (ROOM_LINE.test(firm) || ROOM_CODE.test(firm)) return;
    const words = firm.split(' ').length;
    if (
      words > 7 ||
      /[!?]$/.test(firm) ||
      // A sentence ("Yeah, thanks Jane.") ends on a full stop; a firm only on its abbreviation ("Acme Inc.").
      (/\.$/.test(firm) && !/\b(inc|ltd|co|corp|llc|plc)\.$/i.test(firm))
    )
      return;
    if (words === 1 && hasNonNameWord(firm)) return;
    // "Finding great talent is our talent": a slogan speaks in lower-case words, a firm's name barely has any.
    if (firm.split(' ').filter((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w)).length >= 2) return;
    // "Department of Chemistry" above "Larkspur University": the unit is where they sit, the next line their employer.
    if (i > at && namesAnOrgUnit(firm)) {
      unitLines++;
      return;
    }
    if ((i > at && i <= at + 2 + unitLines) || (i < at && heading)) companyLine = firm;
  });
  if (organisationLink) return undefined;
  person.phones = person.phones.filter((p) => !faxes.has(p.replace(/\D/g, '')));
  if (!person.company && companyLine && !namesAnOrgUnit(companyLine) && !sameWords(companyLine, person.name)) {
    // "Partner, Obuya & Leclerc LLP" under a board role: their day job and its firm, a pair that reads true
    // together (the role they hold here paired with another firm would not).
    const dayJob = companyLine.includes(',') ? jobAndEmployer(companyLine) : undefined;
    // A job the lexicon lacks still reads as one beside its firm: a few words, none of them a firm's.
    // ("November 16, 2021" is a date: no digits in a job, and a firm's name starts with a capital.)
    const jobLike = (t: string) =>
      statesAJob(t) || (t.split(' ').length <= 4 && !/\d/.test(t) && /^\p{Lu}/u.test(t) && !hasNonNameWord(t));
    if (dayJob?.company && /^\p{Lu}/u.test(dayJob.company) && jobLike(dayJob.title)) {
      person.title = dayJob.title;
      person.company = dayJob.company;
    } else person.company = companyLine;
  }
  if (person.title) person.evidence += 2;
  if (person.emails.length > 0) person.evidence += 2;
  if (person.phones.length > 0) person.evidence += 1;
  if (person.profiles.some((u) => profileUrlFrom(u))) person.evidence += 2;
  if (person.location) person.evidence += 1;
  return person;
}
