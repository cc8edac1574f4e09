import { foldText as fold } from '../../person/lead-identity';
import { CREDENTIALS, PARTICLES } from '../../person/name-words';
import { findEmails } from '../contacts/emails';
import { findPhoneNumbers } from '../contacts/phones';
import { profileUrlFrom } from '../contacts/social';
import { isKnownTld } from '../contacts/tlds';
import { namesADepartment, namesAJob as namesAnEnglishJob } from '../sites/job-words';
import { looksLikePersonName } from '../text';
import { countryLike, PREFIXED_POSTCODE, streetLike } from './address-words';
import { namesAJobAbroad } from './job-words-abroad';
import { phoneLabel } from './phone-label';
import { isSignOff } from './sign-offs';
import { findSignatureBlock } from './signature-block';
import { emptySignaturePerson, type SignaturePerson } from './signature-person';

/** What the message's header says about its writer: it tells a lowercase name from a slogan. */
export interface SenderHint {
  name?: string;
  email?: string;
}

const URL_IN_TEXT =
  /(?<![\w@.-])(?:https?:\/\/[^\s<>"'|]+|www\.[^\s<>"'|]+|(?:[a-z0-9-]+\.)+(?<tld>[a-z]{2,24})(?:\/[^\s<>"'|]*)?(?![\w@.-]))/gi;
const SEPARATOR = /\s*[|·•]\s*|\s+[–—]\s+/;
const COMPANY_WORDS =
  /\b(?:inc|llc|llp|ltd|limited|gmbh|ag|sa|sas|sarl|bv|nv|plc|corp|corporation|co|company|pty|oy|ab|srl|spa|kg|group|groupe|holdings|partners|associates|solutions|technologies|technology|systems|labs|laboratories|software|consulting|capital|ventures|research|university|college|institute|agency|studio|studios|bank|foundation|media|networks|services|international|industries|enterprises|foods|pharma|health|healthcare|energy|analytics|digital|global|private)\b\.?/i;
const LABEL_WORDS =
  /^(?:(?:web|url|site|website|e-?mail|mail|skype|tel|tél|telephone|phone|ph|mobile|mob|cell|fax|office|direct|main|board|line|hand|linkedin|twitter|x|github|w|e|t|m|f|p|o|d|c|h|my|and|or|us|on|at)(?:[\s.:\-–/]+|$))+$/i;
const STREET =
  /\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|suite|ste|floor|fl|lane|ln|way|drive|dr|place|pl|plaza|square|sq|parkway|pkwy|court|ct|highway|hwy|strasse|straße|str|rue|via|calle|avenida|building|bldg|house|p\.?o\.? box)\b/i;
const POSTAL =
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|(?:^|,\s*)\d{4,5}\s+\p{Lu}\p{L}+|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/u;
// Honorifics and the academic degrees written before a name ("Mag.", "Dipl.-Ing.", "Mgr.", "Dott.ssa"),
// one or several ("Prof. Dr.").
const HONORIFIC =
  /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|me|mme|mlle|herr|frau|sr|sra|srta|sig|sig\.ra|dott|dott\.ssa|ing|dipl\.?-?\s?(?:ing|kfm|inf|psych)|di|mag|mgr|bc|mudr|judr|phdr|rndr|lic|licda?|arq|pan|pani|ir|drs|univ\.?-?prof)\.?\s+)+(?=\S+\s+\S)/i;
// "@handle" alone, or "Twitter: @handle": a profile, never an employer.
const HANDLE =
  /^(?:(?<network>twitter|x|instagram|insta|ig|telegram|threads|tiktok|mastodon|bluesky)\s*[:：]?\s*)?@(?<handle>[A-Za-z0-9_.]{1,30})$/i;
// A name alone in Chinese, Japanese or Korean script: two to four characters, family name first.
const CJK_NAME = /^(?:\p{sc=Han}{2,4}|\p{sc=Hangul}{2,4}|\p{sc=Han}{1,2} \p{sc=Han}{1,3})$/u;
const UNIT = /\b(?:team|hub|desk|department|dept|division|unit)$/i;
const TITLE_AT_COMPANY = /^(?<title>.+?)\s+(?:at|@|chez|bei|en)\s+(?<company>.+)$/i;
// A company's legal form: "Acme Inc", "Globex GmbH". Nothing else makes a job-led phrase an employer.
const LEGAL_FORM =
  /\b(?:inc|llc|llp|ltd|limited|gmbh|ag|sa|sas|sarl|bv|nv|plc|corp|corporation|pty|oy|ab|srl|spa|kg)\b\.?/i;
// "This is John Doe", "my name is Jane Roe": a writer naming themself in the message.
const SELF_INTRODUCTION =
  /(?:^|[\s,.!])(?:this is|my name is|i am|i'm|i’m)\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3}\s+\p{Lu}[\p{L}'’.-]*)){0,3})/iu;

interface Part {
  text: string;
  line: number;
  /** Known from how the line is written: "VP Sales, Acme" puts the employer after the job. */
  employer?: boolean;
  /** Written after the name on its line ("Jane Doe Head of Strategy"): what people put there is their role. */
  role?: boolean;
}

/** A job in English or in another language a signature is written in. */
function namesAJob(s: string): boolean {
  return namesAnEnglishJob(s) || namesAJobAbroad(s);
}

function stripCredentials(name: string): string {
  // "John E. Doe, Ph.D." / "Jane Roe MBA": letters after the name, not part of it.
  let out = name.trim();
  for (;;) {
    const m = out.match(/^(?<head>.+?)(?<sep>[,\s]+)(?<tail>[\p{L}.-]+)$/u);
    const written = m?.groups?.tail ?? '';
    const tail = written.replace(/\./g, '').toLowerCase();
    // Post-nominal letters the lexicon lacks read the same way: capitals after a comma ("Jo Doe, FCLS").
    const postNominal = m?.groups?.sep?.includes(',') && /^\p{Lu}{2,6}$/u.test(written) && !namesAJob(written);
    if (!m?.groups?.head || !(CREDENTIALS.has(tail) || postNominal)) return out;
    out = m.groups.head.trim();
  }
}

/** The sender's name words, from the display name or else the address ("jane.doe@" → jane, doe). */
function senderWords(hint: SenderHint): string[] {
  const fromName = fold(hint.name ?? '')
    .split(' ')
    .filter((w) => w.length > 1);
  if (fromName.length) return fromName;
  const local = (hint.email ?? '').split('@')[0] ?? '';
  return fold(local.replace(/[._-]+/g, ' '))
    .split(' ')
    .filter((w) => w.length > 1 && !/\d/.test(w));
}

function companyLike(s: string): boolean {
  return COMPANY_WORDS.test(s);
}

/**
 * A job, even with a company word in it: "Software Developer" is a title, "Acme Software" an
 * employer, and "VP Research and Development" a job (led by one) over its department.
 */
function titleLike(s: string): boolean {
  if (!namesAJob(s)) return false;
  if (!companyLike(s)) return true;
  const words = s.split(/\s+/);
  return namesAJob(words.at(-1) ?? '') || (namesAJob(words[0] ?? '') && !LEGAL_FORM.test(s));
}

function addressLike(s: string): boolean {
  return (
    (/\d/.test(s) && STREET.test(s)) || POSTAL.test(s) || streetLike(s) || PREFIXED_POSTCODE.test(s) || countryLike(s)
  );
}

/** Written as names are: each word capitalised but the particles (de, van, bin), and not a sentence. */
function nameShaped(s: string): boolean {
  if (/[!?:;]$/.test(s) || /\p{L}{3,}\.$/u.test(s)) return false;
  return s.split(/\s+/).every((w) => /^[\p{Lu}'’]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/**
 * Can this part be the person's name? Sure when it matches the sender; likely when it reads like a
 * name. `dashSigned`: the part was written after a dash sign-off ("-roman"), which holds a name only.
 */
function nameOf(text: string, hint: SenderHint, first: boolean, dashSigned = false, signed = false): string {
  const bare = stripCredentials(text.replace(HONORIFIC, '')).replace(/^[-–—]\s*/, '');
  // "Hilsen", "Mvh", "Beste Grüße": a sign-off the block kept is how the writer closed, not who they are.
  if (isSignOff(bare)) return '';
  const words = senderWords(hint);
  const folded = fold(bare);
  if (words.length && folded && folded.split(' ').length <= 5) {
    const parts = folded.split(' ');
    // "Bob" signs for "Bob Smith <bob@…>"; "Rahul P. Chaudhari" for "Rahul Chaudhari".
    if (parts.some((p) => words.includes(p)) && !companyLike(bare) && !namesAJob(bare)) return bare;
  }
  const plain = !companyLike(bare) && !namesAJob(bare) && !addressLike(bare);
  if (looksLikePersonName(bare) && nameShaped(bare) && plain) return bare;
  // "Roman" alone under a sign-off: a first name is still a name.
  if (first && /^\p{Lu}[\p{L}'’-]{1,20}\.?$/u.test(bare) && !companyLike(bare) && !namesAJob(bare)) {
    return bare.replace(/\.$/, '');
  }
  // "小满", "山田 太郎" at the top of a signature set apart by a sign-off or a rule: Chinese, Japanese and
  // Korean names have no capitals to tell them by, so only there.
  if (first && signed && CJK_NAME.test(bare) && !namesAJob(bare)) return bare;
  // "-roman": whoever signs with a dash writes their name after it, capitals or not.
  if (first && dashSigned && /^\p{L}[\p{L}'’-]{1,20}(?: \p{L}[\p{L}'’-]{1,20}){0,2}$/u.test(bare) && plain) return bare;
  return '';
}

/**
 * Split one line into what it holds: contact details go into the person as they are read,
 * what is left (name, title, company, address words) comes back as parts.
 */
function readLine(line: string, index: number, person: SignaturePerson): Part[] {
  let rest = line;
  for (const found of findEmails(rest)) {
    if (!person.emails.includes(found.email.toLowerCase())) person.emails.push(found.email.toLowerCase());
  }
  rest = rest.replace(/(?:mailto:)?[^\s<>()[\]|,;:]+@[^\s<>()[\]|,;:]+\.[a-z]{2,}/gi, ' ');
  const urls = [...rest.matchAll(URL_IN_TEXT)].filter((m) => !m.groups?.tld || isKnownTld(m.groups.tld.toLowerCase()));
  for (const m of urls) {
    const raw = m[0].replace(/[).,;:]+$/, '');
    const social = profileUrlFrom(raw);
    if (social) {
      if (!person.social.includes(social)) person.social.push(social);
    } else if (!person.website && !/\.(?:png|jpe?g|gif)$/i.test(raw)) {
      person.website = /^https?:/i.test(raw) ? raw : `https://${raw}`;
    }
  }
  for (const m of urls) rest = rest.replace(m[0], ' ');
  const handle = rest.trim().match(HANDLE)?.groups;
  if (handle) {
    const network = (handle.network ?? '').toLowerCase();
    const profile = /^(?:twitter|x)$/.test(network) ? profileUrlFrom(`https://x.com/${handle.handle}`) : '';
    if (profile && !person.social.includes(profile)) person.social.push(profile);
    return [];
  }
  // A label between two numbers belongs to the second: "T: +1 555 0101 M: +1 555 0102".
  let from = 0;
  let withoutPhones = '';
  if (!/^\s*(?:skype|fax number:?\s*$)/i.test(rest)) {
    for (const { phone, index: at } of findPhoneNumbers(rest)) {
      const before = rest.slice(from, at);
      person.phones.push({ number: phone.trim(), label: phoneLabel(before) });
      withoutPhones += `${before.replace(/[\p{L} .]*[:.\-–]?\s*$/u, (label) => (phoneLabel(label) === 'other' ? label : ' '))} | `;
      from = at + phone.length;
    }
  }
  withoutPhones += rest.slice(from);
  if (/^\s*skype\b/i.test(withoutPhones)) return [];
  return (
    withoutPhones
      .split(SEPARATOR)
      // "CEO @ Acme !": a mark standing apart at the end punctuates the line, it is not part of a name.
      .map((p) =>
        p
          .replace(/^[\s,:;–—-]+|[\s,:;–—|-]+$/g, '')
          .replace(/\s+[!?]+$/, '')
          .trim(),
      )
      .filter((p) => p && !LABEL_WORDS.test(p) && !HANDLE.test(p) && /\p{L}/u.test(p) && p.length <= 100)
      .map((text) => ({ text, line: index }))
  );
}

/** "chianfong cuthbert, Account Manager" → name and title; "Reynolds Associates, LLC" stays whole. */
function splitCommaRole(part: Part): Part[] {
  const m = part.text.match(/^(?<head>[^,]+),\s+(?<tail>.+)$/);
  const tail = m?.groups?.tail ?? '';
  const head = m?.groups?.head ?? '';
  // "Head of Logistics, Globex Corporation": a title, then its employer.
  const titleThenCompany =
    titleLike(head) && !namesAJob(tail) && !namesADepartment(tail) && !/^(?:inc|llc|ltd|gmbh|plc|corp)\b/i.test(tail);
  if (!head || (!titleThenCompany && (!namesAJob(tail) || companyLike(tail)))) return [part];
  return [
    { text: head, line: part.line },
    { text: tail, line: part.line, employer: titleThenCompany },
  ];
}

export interface SignatureLinesOptions {
  /** The first line is the name a dash sign-off carried ("-roman"). */
  dashSigned?: boolean;
  /** The block was set apart by a sign-off or a "--" rule, not guessed from the message's last lines. */
  signed?: boolean;
}

/** The person a signature block describes: name, title, company, phones with labels, address, website, profiles. */
export function readSignatureLines(
  lines: readonly string[],
  hint: SenderHint = {},
  options: SignatureLinesOptions = {},
): SignaturePerson {
  const person = emptySignaturePerson();
  const parts = lines.flatMap((line, i) => readLine(line, i, person)).flatMap(splitCommaRole);
  const address: string[] = [];
  const words: Part[] = [];
  for (const part of parts) {
    if (addressLike(part.text)) address.push(part.text);
    else words.push(part);
  }
  person.address = address.join(', ');

  // The name is among the first few parts; a signature does not bury it under its slogans.
  let nameAt = -1;
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    if (words[i]?.employer) continue;
    const dashSigned = options.dashSigned && words[i]?.line === 0;
    const name = nameOf(words[i]?.text ?? '', hint, i === 0, dashSigned, options.signed);
    if (name) {
      person.name = name;
      nameAt = i;
      break;
    }
  }
  let after = words.slice(nameAt + 1);
  // A name written twice (after the sign-off, then atop the signature) is one name.
  while (after[0] && fold(after[0].text) === fold(person.name)) after = after.slice(1);
  // "- Hiroshi" signs off, then "Hiroshi Tanaka · …" (or "Mag. Hiroshi Tanaka") gives the whole name.
  const fuller = nameOf(after[0]?.text ?? '', hint, false);
  if (person.name && !person.name.includes(' ') && fold(fuller).split(' ')[0] === fold(person.name)) {
    person.name = fuller;
    after = after.slice(1);
  }
  // "Jane Doe Strategy & Business Development": the name again, then the role, the separator lost.
  const nameLength = person.name.split(/\s+/).length;
  const lineWords = after[0]?.text.split(/\s+/) ?? [];
  if (
    person.name &&
    after[0] &&
    nameLength > 1 &&
    lineWords.length > nameLength &&
    fold(lineWords.slice(0, nameLength).join(' ')) === fold(person.name)
  ) {
    after = [{ text: lineWords.slice(nameLength).join(' '), line: after[0].line, role: true }, ...after.slice(1)];
  }
  for (let i = 0; i < after.length; i++) {
    const text = after[i]?.text ?? '';
    const atCompany = text.match(TITLE_AT_COMPANY);
    if (!person.title && atCompany?.groups && namesAJob(atCompany.groups.title ?? '')) {
      person.title = atCompany.groups.title ?? '';
      person.company ||= atCompany.groups.company ?? '';
      continue;
    }
    if (person.title && !person.company && namesADepartment(text)) {
      // "VP | Sales" is one title.
      person.title = `${person.title}, ${text}`;
      continue;
    }
    if (!person.title && (titleLike(text) || (after[i]?.role && !companyLike(text)))) {
      person.title = text;
      continue;
    }
    // "The People Hub", "Customer Services Team": a unit of the employer, neither a job nor the employer.
    if (UNIT.test(text) && !companyLike(text)) continue;
    if (!person.company && (companyLike(text) || after[i]?.employer)) {
      person.company = text;
      continue;
    }
    // A role written without a job word: "Internet strategy" above the employer, or "actor" in lower case.
    const roleShaped = (i === 0 && after.length > 1) || /^[\p{Ll} ]+$/u.test(text);
    if (!person.title && !person.company && roleShaped && !companyLike(text)) {
      person.title = text;
      continue;
    }
    if (!person.company) person.company = text;
  }
  return person;
}

/** The first part of a line that can be a name, or ''. */
function lineName(line: string, hint: SenderHint): string {
  const part = readLine(line, 0, emptySignaturePerson()).flatMap(splitCommaRole)[0];
  return part ? nameOf(part.text, hint, false) : '';
}

/**
 * Where a signature found only as the message's last short lines starts: at the last run of lines
 * (after a blank line) that opens with a name, when one does. "Bla / 1517 4th Avenue / London CA"
 * above "John Doe, FCLS / Mailgun Inc" is the message, and the signature is the run under it.
 */
function lastNamedRun(lines: readonly string[], paragraphs: readonly number[], hint: SenderHint): number {
  for (const start of [...paragraphs].reverse()) {
    if (start > 0 && lineName(lines[start] ?? '', hint)) return start;
  }
  return 0;
}

/** The name a writer gives themself in the opening lines of their message ("This is John Doe"). */
function introducedName(body: readonly string[], hint: SenderHint): string {
  for (const line of body.filter(Boolean).slice(0, 3)) {
    const introduction = line.match(SELF_INTRODUCTION);
    const said = introduction?.groups?.name;
    // "My name is Roman" names the writer, a first name alone too; "I am Sure" names no one.
    const explicit = /\bname is\b/i.test(introduction?.[0] ?? '');
    const name = said ? nameOf(said, hint, explicit) : '';
    // Without a sender to match, only a full name or one given as a name.
    if (name && (senderWords(hint).length > 0 || name.includes(' ') || explicit)) return name;
  }
  return '';
}

/** The signature person of a message body, or undefined when its own part has no signature. */
export function readSignature(text: string, hint: SenderHint = {}): SignaturePerson | undefined {
  const block = findSignatureBlock(text);
  if (!block) return undefined;
  const from = block.foundBy === 'last-lines' ? lastNamedRun(block.lines, block.paragraphs, hint) : 0;
  const person = readSignatureLines(block.lines.slice(from), hint, {
    dashSigned: block.dashSigned,
    signed: block.foundBy !== 'last-lines',
  });
  const says = person.name || person.emails.length || person.phones.length || person.social.length;
  if (!says) {
    // "-- / My name is Roman": a signature that introduces its writer in a sentence, read without it.
    const name = introducedName(block.lines, hint);
    if (!name) return undefined;
    const rest = block.lines.filter((line) => !SELF_INTRODUCTION.test(line));
    return { ...readSignatureLines(rest, hint), name };
  }
  person.name ||= introducedName(block.body, hint);
  return person;
}
