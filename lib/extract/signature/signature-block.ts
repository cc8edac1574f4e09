import { undoQuotedPrintable } from './quoted-printable';
import {
  ATTRIBUTION_ADDRESS_FIRST,
  ATTRIBUTION_END,
  ATTRIBUTION_VERB_FIRST,
  DEVICE_FOOTER,
  HEADER_DATE,
  HEADER_FROM,
  HEADER_NEXT,
  isOriginalMessageLine,
  isSignOff,
  nameAfterSignOff,
} from './sign-offs';

/**
 * Where a message's own signature is: after the writer's sign-off ("Best regards,"), after a
 * "--" line, or failing both the last short lines of what they wrote. Quoted and forwarded
 * text is cut first: a signature down there belongs to someone else.
 */

// Outlook's rule above a reply header; elsewhere a long rule only sets a signature apart.
const OUTLOOK_RULE = /^_{8,}$/;
// "On Tuesday, Jane wrote:" introduces quoted text; the quote is either marked with ">" or runs to the end.
const ATTRIBUTION = [
  /^On\b.{0,200}\bwrote:?$/i,
  /^.{0,120}\b(?:wrote|writes):$/i,
  /^Le\b.{0,200}\ba écrit\s*:?$/i,
  /^Am\b.{0,200}\bschrieb.{0,80}:?$/i,
  // The same in other clients' languages: "… пользователь … написал:", "… ezt írta (időpont: …):", "… 写道：".
  ATTRIBUTION_END,
  // Who before when: "Jane <jane@example.com> schrieb am Di., 16. Mai 2017 um 10:20:".
  ATTRIBUTION_ADDRESS_FIRST,
  // When, the verb, then who: "Am 09.07.2016 um 14:03 schrieb Jane <jane@example.com>:".
  ATTRIBUTION_VERB_FIRST,
  // Zoho: "---- On Wed, 24 Feb 2021 14:02:50 +0530 jane@example.com wrote ----".
  /^-{2,}\s*On\b.{0,200}\bwrote\s*-{2,}$/i,
  // No verb, only when and who: "2017-11-24 16:32 GMT+01:00 Jane <jane@example.com>:",
  // "ср, 30 апр. 2025 г. в 15:19, Jane <jane@example.com>:". A time, then an address closing the line.
  /^.{0,120}\b\d{1,2}[:.]\d{2}\b.{0,160}<[^\s<>@]+@[^\s<>]+>\s*:$/u,
];
// Mail clients wrap a long attribution: "On Nov 30, 2011, at 12:47 PM, Jane <" / "jane@example.com>" / "wrote:".
const ATTRIBUTION_LINES = 3;
const ATTRIBUTION_OPENING = /^(?:On|Le|Am|El|Em|Il|Op|Den|På|W dniu|Dnia|Dne|Στις|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s/i;
// An Outlook reply header: "From: …" followed within a few lines by "Sent:"/"Date:" and "To:"/"Subject:",
// in the client's language (./sign-offs: HEADER_FROM, HEADER_NEXT, HEADER_DATE); a date line may open it.

// The short form on a line of its own: "via mobile", "from my iPhone".
const DEVICE_ONLY =
  /^(?:via|from) (?:my )?(?:mobile|phone|cell ?phone|smart ?phone|iphone|ipad|android|blackberry|tablet)(?: (?:phone|device))?[.!]?$/i;

// A legal or mailing-list footer starts with one of these; it and everything after it is not the person.
const FOOTER_START =
  /^(?:[\w.+-]+ mailing list$|unless otherwise stated\b|registered (?:office|in england|no\b)|confidential|confidentiality|disclaimer|privileged|legal notice|notice:|important:|this (?:e-?mail|message|communication|transmission)\b.{0,60}\b(?:is|are|may|contains?|and any)\b|the information (?:contained )?in this|if you (?:have )?received this|if you are not the intended|if you did not sign up|if you received this in error|to unsubscribe|unsubscribe|please consider the environment|please do not print)/i;

const MARKDOWN_IMAGE = /!\[[^\]]{0,300}\]\([^)\s]+\)/g;
const EMPHASIS = /^(?<mark>\*{1,2}|_{1,2})(?<inner>[^\s*_](?:.*[^\s*_])?)\k<mark>$/;
// "--", "____", "====", and the full-width rules of Chinese and Japanese mail ("——————").
const DELIMITER = /^(?:-{2,}|_{2,}|={3,}|\*{3,}|[—―─━]{2,})\s*$/;
// "-John Doe" / "- roman": a dash sign-off with the name on the same line.
const DASH_NAME = /^[-–—]\s?(?<rest>[\p{L}][\p{L} .'’-]{0,40})$/u;
// "/John": a slash signs the same way, with a capital (a lower-case "/word" is a path or a command).
const SLASH_NAME = /^\/\s?(?<rest>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]*){0,2})$/u;
// "Hej,", "Hi Sam,", "安安：": a greeting, on its own line, opening the message.
const GREETING = /^[^.!?。]{1,30}[,:：]$/u;
// Words of running text, not of a name, title, company or address: a line holding one is the message.
// Lower case inside the line ("Looking forward to your reply", "It's not signature"), or opening it.
const PROSE_WORD =
  /\s(?:is|are|was|were|am|be|been|there|it's|it’s|i|i'm|i’m|i'll|i’ll|you|your|we|will|would|can|could|should|if|than|not|this|that|have|has|had|do|does|did|please|let|me|my)(?=[\s,.!?;:]|$)/;
const PROSE_OPENING = /^(?:if|it's|it’s|i|i'm|i’m|i'll|i’ll|please|let's|let’s|there|looking forward)\s/i;

/** How far up from the bottom a signature may start. */
const MAX_LINES = 14;
const LONG_LINE = 70;

export interface SignatureBlock {
  /** The signature's lines, blank lines removed, sign-off left out. */
  lines: string[];
  /** Where in `lines` each run of lines the writer separated by blank lines begins (0 first). */
  paragraphs: number[];
  /** The first line is a name written on a dash sign-off's own line ("-roman"). */
  dashSigned: boolean;
  /** What the writer wrote above it (their message, without quoted text). */
  body: string[];
  /** How the block was found: a sign-off or delimiter is surer than the last lines of a message. */
  foundBy: 'sign-off' | 'delimiter' | 'last-lines';
}

/** Lines of a message body, without quoted text, device footers and legal footers. */
export function ownLines(text: string): string[] {
  const lines = undoQuotedPrintable(text)
    .replace(/\r\n?/g, '\n')
    // An image in markdown ("![logo](https://…)", its alt text wrapped or not) shows nothing of the person.
    .replace(MARKDOWN_IMAGE, '')
    .split('\n')
    .map((l) => l.replace(/[\u00a0\t]/g, ' ').replace(/\s+$/, ''))
    // "**Jane Doe**": emphasis around a whole line is formatting, not part of what it says.
    .map((l) => l.replace(EMPHASIS, '$<inner>'));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    // Interleaved replies quote with ">" between the writer's own lines: drop the quote, keep reading.
    if (line.startsWith('>')) continue;
    const attribution = attributionLines(lines, i);
    if (attribution) {
      const next = lines.slice(i + attribution).find((l) => l.trim());
      if (next?.trim().startsWith('>')) {
        i += attribution - 1;
        continue;
      }
      break;
    }
    if (isOriginalMessageLine(line)) break;
    if (headerBlockAt(lines, i)) {
      // A header block above everything the writer wrote is the message's own ("Od: Jan … / Do: Anna …"):
      // read on below it. Anywhere else it heads the quoted message.
      if (out.some(Boolean)) break;
      while (i + 1 < lines.length && lines[i + 1]?.trim()) i++;
      continue;
    }
    // "________" over a reply header is Outlook's; over anything else it sets a signature apart.
    if (OUTLOOK_RULE.test(line)) {
      const next = lines.findIndex((l, k) => k > i && Boolean(l.trim()));
      const quoted = headerBlockAt(lines, next) || HEADER_FROM.test(lines[next]?.trim() ?? '');
      if (next < 0 || quoted || attributionLines(lines, next)) break;
    }
    if (FOOTER_START.test(line)) break;
    if (DEVICE_FOOTER.test(line) || DEVICE_ONLY.test(line)) continue;
    out.push(line);
  }
  // A rule left hanging above a cut footer ("--------------------") separates nothing.
  while (out.length && (out.at(-1) === '' || DELIMITER.test(out.at(-1) ?? ''))) out.pop();
  return out;
}

/** Whether a reply header ("From: … / Sent: … / To: …") starts at line i, maybe with its date line first. */
function headerBlockAt(lines: readonly string[], i: number): boolean {
  const line = (lines[i] ?? '').trim();
  const from = HEADER_FROM.test(line)
    ? i
    : HEADER_DATE.test(line) && HEADER_FROM.test((lines[i + 1] ?? '').trim())
      ? i + 1
      : -1;
  return from >= 0 && lines.slice(from + 1, from + 5).some((l) => HEADER_NEXT.test(l.trim()));
}

/**
 * How many lines the attribution starting at line i takes ("On … wrote:" on one line, or wrapped
 * over up to three), or 0 when none starts there.
 */
function attributionLines(lines: readonly string[], i: number): number {
  let joined = '';
  for (let k = 0; k < ATTRIBUTION_LINES && i + k < lines.length; k++) {
    const line = (lines[i + k] ?? '').trim();
    if (!line || line.startsWith('>')) return 0;
    joined = k ? `${joined} ${line}` : line;
    if (joined.length > 260) return 0;
    if (k > 0) {
      // Wrapped only when the first line opens like an attribution and the next is not one by itself.
      if (!ATTRIBUTION_OPENING.test((lines[i] ?? '').trim())) return 0;
      if (ATTRIBUTION_OPENING.test(line) && ATTRIBUTION.some((re) => re.test(line))) return 0;
    }
    if (ATTRIBUTION.some((re) => re.test(joined))) return k + 1;
  }
  return 0;
}

/** A line of running text: a sentence or a piece of one, never a signature's line. */
function proseLike(line: string): boolean {
  if (line.split(/\s+/).length < 3) return false;
  // "Tuesday at 3pm suits.": a sentence's end; a signature's abbreviations are capitalised (Inc., St.).
  return PROSE_WORD.test(line) || PROSE_OPENING.test(line) || /\s\p{Ll}{3,}[.!?]$/u.test(line);
}

/** The name signed with a dash or a slash and nothing else: "-John Doe", "- roman", "/John". */
function dashedName(line: string): string | undefined {
  return line.match(DASH_NAME)?.groups?.rest ?? line.match(SLASH_NAME)?.groups?.rest;
}

export interface SignOff {
  /** The first line after the sign-off or delimiter. */
  start: number;
  /** A name written on the sign-off's own line ("Thanks, Bob", "-John Doe"). */
  sameLine: string;
  /** That name follows a dash ("-roman"), which signs with a name and nothing else. */
  dashed: boolean;
  foundBy: 'sign-off' | 'delimiter';
}

/** The last sign-off or "--" line at or below `floor`, searching up from the bottom. */
export function signOffAt(lines: readonly string[], floor = 0): SignOff | undefined {
  const first = lines.findIndex(Boolean);
  for (let i = lines.length - 1; i >= floor; i--) {
    const line = lines[i] ?? '';
    if (DELIMITER.test(line)) return { start: i + 1, sameLine: '', dashed: false, foundBy: 'delimiter' };
    if (isSignOff(line)) return { start: i + 1, sameLine: '', dashed: false, foundBy: 'sign-off' };
    const named = nameAfterSignOff(line);
    // "Thanks, Adam" opening a message, a paragraph before the rest, thanks its reader: it signs nothing.
    if (named !== undefined && !(i === first && !lines[i + 1] && i + 1 < lines.length)) {
      return { start: i + 1, sameLine: named.trim(), dashed: false, foundBy: 'sign-off' };
    }
    const dashed = dashedName(line);
    if (dashed !== undefined) return { start: i + 1, sameLine: dashed.trim(), dashed: true, foundBy: 'sign-off' };
  }
  return undefined;
}

/** The signature block of a message body (its own part, not the quoted one), or undefined when it has none. */
export function findSignatureBlock(text: string): SignatureBlock | undefined {
  const lines = ownLines(text);
  // Look only at the last MAX_LINES non-blank lines; a signature is never longer.
  const nonBlank = lines.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
  if (nonBlank.length === 0) return undefined;
  const floor = nonBlank[Math.max(0, nonBlank.length - MAX_LINES)] ?? 0;
  const signOff = signOffAt(lines, floor);
  let start = signOff?.start ?? -1;
  const foundBy: SignatureBlock['foundBy'] = signOff?.foundBy ?? 'last-lines';
  const sameLine = signOff?.sameLine ?? '';
  if (start < 0) {
    // No sign-off: the last run of short lines (a sentence ends the message, a signature does not).
    start = lines.length;
    for (let i = lines.length - 1; i >= floor; i--) {
      const line = lines[i] ?? '';
      if (line.length > LONG_LINE && !/@|https?:|www\./i.test(line)) break;
      if (line && /[.!?]$/.test(line) && line.split(/\s+/).length > 6) break;
      // "我这边没有别的补充了。": a sentence in Chinese or Japanese.
      if (/[。！？]$/u.test(line)) break;
      if (proseLike(line)) break;
      start = i;
    }
    // The first line of a message is its greeting or its point, never a signature (talon's rule too);
    // under a greeting, the paragraph that follows is the point ("Hej,\n\nSvar.").
    const first = lines.findIndex(Boolean);
    let point = first + 1;
    if (GREETING.test(lines[first] ?? '') && (lines[first] ?? '').split(/\s+/).length <= 4) {
      while (point < lines.length && !lines[point]) point++;
      while (point < lines.length && lines[point]) point++;
    }
    if (start < point) start = point;
  }
  const block: string[] = [];
  const paragraphs: number[] = [];
  let blankBefore = true;
  for (const raw of [sameLine, ...lines.slice(start)]) {
    const line = raw.trim();
    if (!line) {
      blankBefore = true;
      continue;
    }
    if (blankBefore) paragraphs.push(block.length);
    blankBefore = false;
    block.push(line);
  }
  if (block.length === 0) return undefined;
  const body = lines.slice(0, foundBy === 'last-lines' ? start : Math.max(0, start - 1));
  const kept = block.slice(0, MAX_LINES);
  const dashSigned = Boolean(sameLine) && (signOff?.dashed ?? false);
  return { lines: kept, paragraphs: paragraphs.filter((p) => p < kept.length), dashSigned, body, foundBy };
}
