/**
 * What one line of a person's record is: a name, a job, a way to reach them, a
 * place. Decided from the line's own words (a job lexicon, the name parser, labels
 * such as "Fax:"), never from where the line stands on one site.
 */

import { CREDENTIALS, GENERATIONS } from '../../person/name-words';
import { unshoutName } from '../../person/unshout';
import { personName } from '../dom/name-near';
import { namesAJob } from '../sites/job-words';
import { cleanText } from '../text';
import { hasNonNameWord } from './not-name-words';

// "Contact: Jane Doe", "Media contact: …", "Contact Name: …": the page says who to reach.
const CONTACT_LABEL =
  /^(?:(?:media|press|primary|sales|main|business|investor)\s+)?contact(?:\s+(?:name|person|information|info|details))?\s*[:：]\s*/i;
// "Moderated by Jane Doe, …", "Speaker: …": the person's part in an event, before the name.
const PART_LABEL =
  /^(?:operated by|maintained by|curated by|moderated by|moderator|presented by|presenter|hosted by|host|speakers?|panelists?|chair(?:ed by)?|author|by)\s*:?\s+/i;
// A section of plain-text documents that lists its authors' addresses (RFCs and Internet-Drafts) or contacts.
const CONTACTS_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:authors?['’]?s?['’]?\s+address(?:es)?|contact(?:s| information| info| details)?|media contacts?|press contacts?)\s*:?$/i;

/** A line that only announces contacts below it ("Authors' Addresses", "MEDIA CONTACT:"). */
export function announcesContacts(text: string): boolean {
  return CONTACTS_HEADING.test(text);
}

/** The rest of a line after a contact label, or undefined when it has none. */
export function afterContactLabel(text: string): string | undefined {
  const m = CONTACT_LABEL.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}

// Trailing office codes and notes: "Jane Doe (QD)", "Jane Doe (she/her)".
const TRAILING_NOTE = /\s*\([^()]{1,40}\)\s*$/;

/** "Doe, Jane Marie" as "Jane Marie Doe": one surname word (or two with a particle), then given names. */
export function reversedName(text: string): string {
  const parts = text.split(',');
  if (parts.length !== 2) return '';
  const last = cleanText(parts[0]);
  const given = cleanText(parts[1]);
  if (!last || !given || last.split(' ').length > 2 || given.split(' ').length > 3) return '';
  if (namesAJobOrPost(last) || namesAJobOrPost(given)) return '';
  // "Jane Doe, MBA", "John Smith, Jr.": a credential or generation after the comma, not given names.
  if (
    given
      .split(' ')
      .every(
        (w) =>
          CREDENTIALS.has(w.toLowerCase().replace(/[.,]/g, '')) ||
          GENERATIONS.has(w.toLowerCase().replace(/[.,]/g, '')),
      )
  )
    return '';
  const whole = unshoutName(`${given} ${last}`);
  return personName(whole) && !hasNonNameWord(whole) ? whole : '';
}

export interface NameOnLine {
  name: string;
  /** What follows the name on the line ("Associate Professor", "CEO, Acme"), '' when nothing. */
  rest: string;
  /** Named by a label ("Contact: …") rather than only written. */
  labelled: boolean;
  /** Text on the same line after the name that is not about the name (an address run into it). */
  after?: string;
}

// "Work Smarter. Achieve More.": a slogan ends on a full word and a full stop; a name only on an initial.
const SENTENCE_END = /\p{L}{2,}\.$/u;

function wholeName(text: string): string {
  const bare = text.replace(TRAILING_NOTE, '');
  if (SENTENCE_END.test(bare) && !/\b(?:jr|sr|esq|inc)\.$/i.test(bare)) return '';
  // "Boston, MA" and "Paris, France" are places, written the way "Doe, Jane" is.
  if (locationOnLine(bare)) return '';
  const flipped = reversedName(bare);
  if (flipped) return flipped;
  const plain = personName(unshoutName(bare));
  if (plain && !hasNonNameWord(plain) && (!namesAJobOrPost(bare) || honouredName(bare))) return plain;
  return reversedName(bare);
}

// "Professor Sven Lindqvist", "Dr Jane Doe": an honorific before a name, not the job a line states.
const HONORIFIC_LEAD = /^(?:(?:prof|professor|dr|doctor|mr|mrs|ms|mx|sir|dame|rev|hon)\.?\s+)+/i;

function honouredName(text: string): boolean {
  const core = text.replace(HONORIFIC_LEAD, '');
  return core !== text && core.includes(' ') && !namesAJobOrPost(core) && personName(core) !== '';
}

/** "Anand Krishnaswamy, MD, FACC", "Jane Doe, PhD": the name without the degrees and fellowships after it. */
function withoutCredentials(line: string): string {
  const parts = line.split(',');
  while (parts.length > 1 && CREDENTIALS.has((parts.at(-1) ?? '').trim().toLowerCase().replace(/\./g, ''))) parts.pop();
  return parts.join(',');
}

/**
 * The person a line names, if it names one: the whole line ("Jane Doe", "DOE, JANE"),
 * a label and a name ("Contact: Doe, Jane"), or a name and what they do
 * ("<a>Jane Doe</a>, Associate Professor"; "Jane Doe, CEO, Acme").
 */
export function nameOnLine(text: string, lead?: string, linkTexts: readonly string[] = []): NameOnLine | undefined {
  // "<strong>Jim Jordan, President:</strong> Jim has played violin…": a bold run-in heading holds the
  // name and the job, however long the bio after it.
  const runIn = lead ? cleanText(lead) : '';
  if (runIn.length > 3 && runIn.length < text.length && /[:：]$/.test(runIn) && text.startsWith(runIn)) {
    const named = nameOnLine(runIn.replace(/\s*[:：]$/, ''));
    if (named && !named.labelled) return named;
  }
  // Most lines of a page are ruled out here, before the name parser: too long, one word, no capital,
  // or digits without the comma or colon of "Doe, Jane (QD) 1800 F St" or "Contact: …".
  if (text.length > 160 || !text.includes(' ') || !/\p{Lu}/u.test(text)) return undefined;
  if (/\d/.test(text) && !/[,:]/.test(text) && !(lead && /\p{Lu}/u.test(lead) && !/\d/.test(lead))) return undefined;
  const labelled = afterContactLabel(text);
  if (labelled !== undefined) {
    if (!labelled) return undefined;
    if (wholeName(labelled)) return { name: wholeName(labelled), rest: '', labelled: true };
    // "Media contact: Jane Doe  555-0100", "… Jane Doe | …", "… Jane Doe, +1 555-0100, jane@…": the name comes first.
    for (const cut of [/\s{2,}|\s[|/]\s/, /\s*[,;]\s*/]) {
      const first = labelled.split(cut)[0] ?? '';
      const name = wholeName(first);
      if (name)
        return {
          name,
          rest: '',
          labelled: true,
          after: cleanText(labelled.slice(first.length).replace(/^\s*[,;|/]?\s*/, '')),
        };
    }
    return undefined;
  }
  // "— Rosalind Achterberg, Controller at Pinewood Foods": a quote's attribution dash is not part of the name.
  const line = withoutCredentials(text.replace(PART_LABEL, '').replace(/^[—–―~]\s*|^-\s+/, ''));
  const whole = wholeName(line);
  if (whole) return { name: whole, rest: '', labelled: false };
  // The line starts with an element that holds just the name ("<span class=name>Doe, Jane (QD)</span> 1800 F St").
  const leadText = lead ? cleanText(lead).replace(PART_LABEL, '').replace(/,$/, '') : '';
  if (leadText && leadText.length < line.length) {
    const leadName = wholeName(leadText);
    const after = cleanText(line.slice(line.indexOf(leadText) + leadText.length));
    if (leadName && line.startsWith(leadText)) {
      return after.startsWith(',')
        ? { name: leadName, rest: cleanText(after.slice(1)), labelled: false }
        : { name: leadName, rest: '', labelled: false, after };
    }
  }
  // "Ines Carvalho — Managing Partner", "Lars Eklund | Partner": a name, a dash, and a job.
  const dash = /\s+[—–|-]\s+/.exec(line);
  if (dash && dash.index >= 3) {
    const head = cleanText(line.slice(0, dash.index));
    const rest = cleanText(line.slice(dash.index + dash[0].length));
    const name = personName(head);
    if (name && rest && !namesAJobOrPost(head) && !hasNonNameWord(name) && namesAJobOrPost(rest))
      return { name, rest, labelled: false };
  }
  // "Name, what they do": the name is the line's link or bold text, or the rest names a job.
  const comma = line.indexOf(',');
  if (comma < 3) return undefined;
  const head = cleanText(line.slice(0, comma));
  const rest = cleanText(line.slice(comma + 1));
  const name = personName(head);
  if (!name || namesAJobOrPost(head) || hasNonNameWord(name) || !rest) return undefined;
  if (leadText === head || linkTexts.includes(head) || namesAJobOrPost(rest)) return { name, rest, labelled: false };
  return undefined;
}

// An organisational unit is where someone works, never what they do.
const ORG_UNIT =
  /^(?:the\s+)?(?:department|dept\.?|office|school|college|faculty|division|institute|center|centre|programs?|programmes?|unit|bureau|section|laboratory|lab|library)\b|\b(?:department|office|school|division|institute|program|programme)\s+of\b|^(?:mechanical|civil|electrical|chemical|computer|biomedical|aerospace|industrial|environmental|software|materials|nuclear|systems)\s+engineering$/i;
// "Lab Manager", "Program Director", "Library Assistant": a unit's word first, but the line ends on the job.
const JOB_AFTER_UNIT =
  /^(?!.*\bof\b)(?:the\s+)?\S+(?:\s+\S+)?\s+(?:manager|director|coordinator|assistant|administrator|chair|head|supervisor|specialist|officer|advisor|adviser|analyst|technician|secretary|dean|lead)s?$/i;
// "BIO", "STAT", "(10PSN)", "BMB (ECOS)": the short codes directories print for a department or an office.
const UNIT_CODE = /^\(?[A-Z0-9&/]{2,8}\)?(?:\s*\([A-Z0-9&/ ]{2,10}\))?$/;

// Jobs the sales lexicon leaves out but directories and programmes are full of.
const MORE_JOBS =
  /(^|[^\p{L}])(ciso|cso|cio|cdo|cco|chro|cxo|cao|cseo|librarian|lecturer|provost|fellow|postdoc|instructor|teacher|curator|nurse|physician|surgeon|pharmacist|clerk|secretary|treasurer|trustee|emeritus|emerita|faculty|staff|investigator|liaison|moderator|speaker|author|journalist|reporter|correspondent|photographer|artist|founding|ambassador|spokesperson|contact)s?($|[^\p{L}])/iu;

/** A job word, from the shared lexicon or the directories' own. */
export function namesAJobOrPost(text: string): boolean {
  return namesAJob(text) || MORE_JOBS.test(text);
}

/** A department, office or their code: where someone works, never their title. */
export function namesAnOrgUnit(text: string): boolean {
  const t = text.trim();
  return ORG_UNIT.test(t) || (UNIT_CODE.test(t) && !namesAJobOrPost(t));
}

/** A line that states a job ("Associate Professor", "VP of Sales", "CEO"), not a department or a sentence. */
export function statesAJob(text: string): boolean {
  // A job is a short phrase: no sentence, question or quotation ("He's like, 'if you don't ask…'").
  if (text.length > 100 || text.split(' ').length > 12 || /[.!?]\s+\p{Lu}|[?"“”]|\p{L}{3}\.$/u.test(text)) return false;
  // "7 Anchor Partners LLC" is a firm, however many partners it has.
  if (/\b(?:inc|llc|llp|ltd|gmbh|corp|plc|co)\.?$|^\d/i.test(text.trim())) return false;
  const t = text.trim();
  return namesAJobOrPost(t) && (!ORG_UNIT.test(t) || JOB_AFTER_UNIT.test(t));
}

export type PhoneKind = 'office' | 'mobile' | 'fax';

// "Phone:", "P:", "Cell:", "Fax:"… the word before a number says what the number is for.
const PHONE_LABEL =
  /^(phone|telephone|tel|office|work|direct|voice|main|p|t|o|ph|cell(?:ular)?|mobile|mob|m|c|fax|facsimile|f)\.?\s*(?:number|no\.?)?\s*[:.]\s*/i;
const NUMBER = /^\+?[\d(][\d\s().-]{6,20}\d(?:\s*(?:x|ext\.?)\s*\d{1,5})?/i;

/** A labelled phone number at the start of a line ("Phone: (571) 426-4464", "F: 323-372-3772"). */
export function phoneOnLine(text: string): { phone: string; kind: PhoneKind } | undefined {
  const label = PHONE_LABEL.exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  const number = NUMBER.exec(rest);
  if (!number) return undefined;
  if (!label && cleanText(rest) !== cleanText(number[0])) return undefined;
  const digits = number[0].replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  const word = (label?.[1] ?? '').toLowerCase();
  const kind: PhoneKind = /^(fax|facsimile|f)$/.test(word)
    ? 'fax'
    : /^(cell|cellular|mobile|mob|m|c)$/.test(word)
      ? 'mobile'
      : 'office';
  return { phone: cleanText(number[0]), kind };
}

// "Office: 312-555-0180 · Mobile: 312-555-0199": numbers a directory stacks on one line.
const PHONE_PARTS = /\s+[·•|]\s+|\s*;\s*|\s{3,}/;

/** Every labelled phone number on a line: one, or several its separators stack. */
export function phonesOnLine(text: string): { phone: string; kind: PhoneKind }[] {
  const whole = phoneOnLine(text);
  if (whole && !PHONE_PARTS.test(text)) return [whole];
  const parts = text.split(PHONE_PARTS).flatMap((part) => {
    const phone = phoneOnLine(part);
    return phone ? [phone] : [];
  });
  return parts.length > 0 ? parts : whole ? [whole] : [];
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(
    ' ',
  ),
);

let countryNames: Set<string> | undefined;
/** The world's country names in English, from the platform rather than a list of our own. */
function countries(): Set<string> {
  if (countryNames) return countryNames;
  countryNames = new Set();
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const A = 65;
    for (let i = 0; i < 26; i++) {
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        const name = names.of(code);
        if (name && name !== code) countryNames.add(name.toLowerCase());
      }
    }
  } catch {
    // No Intl region names here: countries are then not recognised on their own.
  }
  for (const n of ['usa', 'uk', 'united states of america']) countryNames.add(n);
  return countryNames;
}

const CAPS_CITY_STATE_ZIP = /^([A-Z][A-Z .'-]+?),?\s+([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/;
const CITY_STATE =
  /((?:\p{Lu}[\p{L}.'-]+\s){0,2}\p{Lu}[\p{L}.'-]+),\s*(\p{Lu}{2}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s+\d{5}|\s*$|\s+(?:UNITED STATES|USA|US)\b)/u;

// Lines repeat across a page's records and the readers ask about each more than once: answers kept, a bounded number.
const placesOfLines = new Map<string, string>();
const MAX_REMEMBERED = 5000;

/** The place a line names: "WASHINGTON DC 20405" → "Washington, DC"; "Belgium"; "Los Angeles, California 90024". */
export function locationOnLine(text: string): string {
  let place = placesOfLines.get(text);
  if (place === undefined) {
    if (placesOfLines.size >= MAX_REMEMBERED) placesOfLines.clear();
    place = readLocation(text);
    placesOfLines.set(text, place);
  }
  return place;
}

function readLocation(text: string): string {
  const line = cleanText(text.replace(/^(?:address|location|based in|city)\s*:\s*/i, '').replace(/\s@\w+$/, ''));
  if (!line || line.length > 120) return '';
  const caps = CAPS_CITY_STATE_ZIP.exec(line);
  if (caps?.[1] && caps[2] && US_STATES.has(caps[2])) return `${unshoutName(caps[1])}, ${caps[2]}`;
  if (countries().has(line.toLowerCase())) return line;
  const cs = CITY_STATE.exec(line);
  if (cs?.[1] && cs[2] && (US_STATES.has(cs[2]) || cs[2].length > 2)) {
    // The capture may start inside the street ("Pier Road New York"): the city follows the street's last word.
    const city = cs[1]
      .replace(/^\d+\S*\s+/, '')
      .replace(
        /^.*\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|ln|drive|dr|way|suite|ste|floor|fl|place|pl)\.?\s+/i,
        '',
      );
    if (
      cs[2].length > 2 &&
      !/\d{5}/.test(line.slice((cs.index ?? 0) + cs[0].length, (cs.index ?? 0) + cs[0].length + 7))
    )
      return countries().has(cs[2].toLowerCase()) ? `${city}, ${cs[2]}` : '';
    return `${city}, ${cs[2]}`;
  }
  return '';
}
