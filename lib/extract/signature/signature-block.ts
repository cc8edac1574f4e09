/**
 * Where a message's own signature is: after the writer's sign-off ("Best regards,"), after a
 * "--" line, or failing both the last short lines of what they wrote. Quoted and forwarded
 * text is cut first: a signature down there belongs to someone else.
 */

// The first line of quoted or forwarded text: everything from here on was written by someone else.
const QUOTE_START = [
  /^-{2,}\s*(?:Original Message|Forwarded message|Mensaje original|Message d'origine|Ursprüngliche Nachricht)\s*-{0,}$/i,
  /^Begin forwarded message:?$/i,
  /^_{8,}$/,
];
// "On Tuesday, Jane wrote:" introduces quoted text; the quote is either marked with ">" or runs to the end.
const ATTRIBUTION = [
  /^On\b.{0,200}\bwrote:?$/i,
  /^.{0,120}\b(?:wrote|writes):$/i,
  /^Le\b.{0,200}\ba écrit\s*:?$/i,
  /^Am\b.{0,200}\bschrieb.{0,80}:?$/i,
];
// An Outlook reply header: "From: …" followed within a few lines by "Sent:"/"Date:" and "To:"/"Subject:".
const HEADER_FROM = /^\*?(?:From|De|Von|Van):\*?\s/i;
const HEADER_NEXT = /^\*?(?:Sent|Date|To|Subject|Envoyé|Gesendet|Datum|Objet|Betreff|Cc):\*?\s/i;

// Mobile footers say which phone wrote the mail, not who did.
const DEVICE_FOOTER =
  /^(?:sent (?:from|with|via|using) |sent wirelessly from |get outlook for |envoyé (?:de|depuis|sans fil)|enviado (?:desde|de) |von meinem .* gesendet|inviato da |verzonden (?:vanaf|met) )/i;

// A legal or mailing-list footer starts with one of these; it and everything after it is not the person.
const FOOTER_START =
  /^(?:confidential|confidentiality|disclaimer|privileged|legal notice|notice:|important:|this (?:e-?mail|message|communication|transmission)\b.{0,60}\b(?:is|are|may|contains?|and any)\b|the information (?:contained )?in this|if you (?:have )?received this|if you are not the intended|if you did not sign up|if you received this in error|to unsubscribe|unsubscribe|please consider the environment|please do not print)/i;

// Words a writer signs off with. The name usually follows on the next line, sometimes on the same one.
const SIGN_OFF_WORDS =
  '(?:(?:best|kind|warm|warmest|many|with)\\s+)?(?:regards|wishes|thanks|thank you|thx|cheers|sincerely|best|respectfully|cordially|yours(?: truly| sincerely)?|all the best|talk soon|take care|at your service|thanks (?:&|and) regards|thanks in advance|merci|cordialement|bien à vous|saludos|un saludo|mit freundlichen grüßen|viele grüße|gruß|groeten|met vriendelijke groet|br)';
const SIGN_OFF = new RegExp(`^${SIGN_OFF_WORDS}\\s*[,!.:;-]*$`, 'i');
const SIGN_OFF_WITH_NAME = new RegExp(`^${SIGN_OFF_WORDS}\\s*[,!.:;-]+\\s*(?<rest>\\S.{0,60})$`, 'i');
const DELIMITER = /^(?:-{2,}|_{2,}|={3,}|\*{3,})\s*$/;
// "-John Doe" / "- roman": a dash sign-off with the name on the same line.
const DASH_NAME = /^[-–—]\s?(?<rest>[\p{L}][\p{L} .'’-]{0,40})$/u;

/** How far up from the bottom a signature may start. */
const MAX_LINES = 14;
const LONG_LINE = 70;

export interface SignatureBlock {
  /** The signature's lines, blank lines removed, sign-off left out. */
  lines: string[];
  /** What the writer wrote above it (their message, without quoted text). */
  body: string[];
  /** How the block was found: a sign-off or delimiter is surer than the last lines of a message. */
  foundBy: 'sign-off' | 'delimiter' | 'last-lines';
}

/** Lines of a message body, without quoted text, device footers and legal footers. */
export function ownLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u00a0\t]/g, ' ').replace(/\s+$/, ''));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    // Interleaved replies quote with ">" between the writer's own lines: drop the quote, keep reading.
    if (line.startsWith('>')) continue;
    if (ATTRIBUTION.some((re) => re.test(line))) {
      const next = lines.slice(i + 1).find((l) => l.trim());
      if (next?.trim().startsWith('>')) continue;
      break;
    }
    if (QUOTE_START.some((re) => re.test(line))) break;
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => HEADER_NEXT.test(l.trim()))) break;
    if (FOOTER_START.test(line)) break;
    if (DEVICE_FOOTER.test(line)) continue;
    out.push(line);
  }
  // A rule left hanging above a cut footer ("--------------------") separates nothing.
  while (out.length && (out.at(-1) === '' || DELIMITER.test(out.at(-1) ?? ''))) out.pop();
  return out;
}

function signOffRest(line: string): string | undefined {
  return line.match(SIGN_OFF_WITH_NAME)?.groups?.rest ?? line.match(DASH_NAME)?.groups?.rest;
}

export interface SignOff {
  /** The first line after the sign-off or delimiter. */
  start: number;
  /** A name written on the sign-off's own line ("Thanks, Bob", "-John Doe"). */
  sameLine: string;
  foundBy: 'sign-off' | 'delimiter';
}

/** The last sign-off or "--" line at or below `floor`, searching up from the bottom. */
export function signOffAt(lines: readonly string[], floor = 0): SignOff | undefined {
  for (let i = lines.length - 1; i >= floor; i--) {
    const line = lines[i] ?? '';
    if (DELIMITER.test(line)) return { start: i + 1, sameLine: '', foundBy: 'delimiter' };
    if (SIGN_OFF.test(line)) return { start: i + 1, sameLine: '', foundBy: 'sign-off' };
    const rest = signOffRest(line);
    if (rest !== undefined) return { start: i + 1, sameLine: rest.trim(), foundBy: 'sign-off' };
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
      start = i;
    }
    // The first line of a message is its greeting or its point, never a signature (talon's rule too).
    const first = lines.findIndex(Boolean);
    if (start <= first) start = first + 1;
  }
  const block = [sameLine, ...lines.slice(start)].map((l) => l.trim()).filter(Boolean);
  if (block.length === 0) return undefined;
  const body = lines.slice(0, foundBy === 'last-lines' ? start : Math.max(0, start - 1));
  return { lines: block.slice(0, MAX_LINES), body, foundBy };
}
