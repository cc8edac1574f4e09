import { foldText } from '../../person/lead-identity';
import { statesAJob } from '../blocks/line-kinds';
import { NAME_IN_TEXT } from '../blocks/quoted-people';
import { personName } from '../dom/name-near';
import { cleanText } from '../text';

/**
 * The person a sentence names right before their address, as contact pages and press releases write
 * them: "For sales, contact Marisol Quintero, our Head of Sales, at <a>", "Press inquiries: Declan
 * Byrne, <a>". The job, when the sentence gives one between commas, comes with the name.
 */
export interface ProseContact {
  name: string;
  title: string;
}

// NAME [, (our|the) JOB] [,] [at|via|on|email] — and then the link.
const BEFORE_LINK = new RegExp(
  String.raw`(?:^|[\s:(])(${NAME_IN_TEXT})\s*(?:,\s*(?:(?:our|the|who is|is)\s+)?([^,:;.()]{2,80}?))?\s*,?\s*(?:\b(?:at|via|on|by email at|by email|email|e-mail)\s*:?)?\s*$`,
  'u',
);
// What asks the reader to get in touch: the name after it is the person to write to.
const CONTACT_CUE =
  /(?:\b(?:contact|email|e-mail|reach|write to|ask|call|talk to|speak to|speak with|inquiries|enquiries|questions|requests)|\bcontacts?)\s*:?\s*$/i;
// Where the text before the link may start: one block of running text, not the whole page.
const BLOCK = 'p, li, dd, td, blockquote, figcaption';

/** The text of `block` before `link`, from the start of its sentence. */
function sentenceBefore(block: Element, link: Element): string {
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (link.contains(node)) break;
    text += node.nodeValue ?? '';
    if (text.length > 600) text = text.slice(-400);
  }
  const clean = cleanText(text);
  // The sentence the link ends: after the last full stop, question or exclamation mark.
  const start = Math.max(clean.lastIndexOf('. '), clean.lastIndexOf('! '), clean.lastIndexOf('? '));
  return start >= 0 ? clean.slice(start + 2) : clean;
}

/** Whether the address's own name part spells one of the person's names ("marisol@", "m.quintero@"). */
function addressNamesThem(email: string, name: string): boolean {
  const local = foldText(email.split('@')[0] ?? '').replace(/[^a-z]/g, ' ');
  const parts = foldText(name)
    .split(' ')
    .filter((w) => w.length > 2);
  return parts.some((p) => local.split(' ').some((l) => l === p || (l.length > 3 && l.includes(p))));
}

export function proseContact(link: Element, email: string): ProseContact | undefined {
  const block = link.closest(BLOCK);
  if (!block) return undefined;
  const before = sentenceBefore(block, link);
  const m = before.match(BEFORE_LINK);
  if (!m || m.index === undefined) return undefined;
  const name = personName(m[1] ?? '');
  if (!name) return undefined;
  const said = cleanText(m[2]);
  const title = said && statesAJob(said) ? said : '';
  // Evidence the name is the address's person: a job for them, the address spelling them, or a
  // sentence that asks the reader to get in touch with them.
  const lead = before.slice(0, m.index + (m[0].length - m[0].trimStart().length));
  if (!title && !addressNamesThem(email, name) && !CONTACT_CUE.test(lead)) return undefined;
  return { name, title };
}
