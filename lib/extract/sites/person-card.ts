import { holdsMoreElementsThan } from '../dom/element-count';
import { perPage } from '../dom/page-cache';
import { cleanText, looksLikePersonName } from '../text';
import { namesAJob } from './job-words';
import { readsAsSentence, SCREEN_READER_ONLY, visibleText, withoutDecoration } from './site-text';

/** What one card on a team page says about its person. */
export interface PersonCard {
  name: string;
  role: string;
  emails: string[];
  links: string[];
}

const MAX_CARD_ELEMENTS = 60;
const MAX_CARD_TEXT = 1200;

// Places a card names its person, most deliberate first.
const NAME_SPOTS = ['[itemprop="name"]', '[class*="name" i]', 'h2, h3, h4, h5, h6', 'strong, b', 'a'];
const ROLE_SPOTS = [
  '[itemprop="jobTitle"]',
  '[class*="title" i]',
  '[class*="role" i]',
  '[class*="position" i]',
  '[class*="job" i]',
];

// Words of headings that name a department, a section or an action, not a person ("Customer Success", "Read More").
const NOT_NAME_WORDS = new Set(
  'about account blog board careers company contact customer customers department directors engineering events features get group help home how join leadership learn management marketing meet more news office our partners plans pricing product read sales services solutions started success support team the us what why work'.split(
    ' ',
  ),
);
// Lowercase words that belong inside names ("Maria van der Berg", "Ana de la Cruz").
const PARTICLES = new Set('al bin da das de del della der di do dos du el la le st ten ter van von y zu'.split(' '));
// A card dated or teasing more reading is an article, however person-like its heading.
const ARTICLE_SIGNS =
  /\b\d+\s*min(ute)?s?\s+read\b|\bread more\b|\bposted\b|\b(19|20)\d{2}-\d{2}-\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+(19|20)\d{2}\b/i;

/** A heading that reads as a person's name: 2–5 capitalised words, none of them a section word. */
export function isPersonHeading(text: string): boolean {
  if (!looksLikePersonName(text)) return false;
  const words = text.split(/\s+/);
  return words.every((w) => {
    const bare = w.replace(/[.'’-]/g, '').toLowerCase();
    if (NOT_NAME_WORDS.has(bare)) return false;
    return PARTICLES.has(w) || /^\p{Lu}/u.test(w);
  });
}

// Cards nest (a section, its rows, their cards) and each asks about the same headings: each is judged once a page.
const judged = perPage(() => new Map<Element, boolean>());

/** Does this element (in one of the name spots) show a person's name? */
function showsName(el: Element): boolean {
  const memo = judged(el.ownerDocument);
  let named = memo.get(el);
  if (named === undefined) {
    const text = visibleText(el);
    // Taking the decoration off never adds a character nor drops a digit: short or numbered text is no name,
    // and most of a page's links and bold bits are ruled out here before the dearer checks.
    named = text.length >= 3 && !/\d/.test(text) && isPersonHeading(withoutDecoration(text));
    memo.set(el, named);
  }
  return named;
}

function nameElement(card: Element): Element | undefined {
  for (const selector of NAME_SPOTS) {
    for (const el of card.querySelectorAll(selector)) {
      if (showsName(el)) return el;
    }
  }
  return undefined;
}

// The name spots as single selectors, for asking the whole page: lists of selectors match far slower than one each.
const NAME_SPOTS_ONE_BY_ONE = [
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'a',
  '[itemprop="name"]',
  '[class*="name" i]',
];

/**
 * The elements under `root` that hold a name in one of the name spots: the only ones `readPersonCard`
 * can read as a person, since a card's name is one of its descendants.
 */
export function nameHolders(root: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const selector of NAME_SPOTS_ONE_BY_ONE) {
    for (const el of root.querySelectorAll(selector)) {
      if (!showsName(el)) continue;
      for (let up = el.parentElement; up && up !== root && !holders.has(up); up = up.parentElement) holders.add(up);
    }
  }
  return holders;
}

// "+1 (406) 555-0172", "617.555.0131": a number alone on its line is a way to call, never a job.
const PHONE_ALONE = /^(?:\+|\()?\d[\d\s()./-]{5,}\d$/;

function isContactLine(text: string): boolean {
  // "Co-Founder @ Acme" is a role; "jane@acme.example" is a way to reach her.
  return (
    PHONE_ALONE.test(text) ||
    /\S@\S+\.\S|https?:\/\/|^(email|e-mail|linkedin|twitter|x|github|website|phone|tel|call|contact)\b/i.test(text)
  );
}

/** The short line after the name that says what the person does. */
function roleLine(card: Element, name: Element): string {
  for (const selector of ROLE_SPOTS) {
    for (const el of card.querySelectorAll(selector)) {
      if (el === name || el.contains(name) || name.contains(el)) continue;
      const text = visibleText(el);
      if (text && text.length <= 100 && !isContactLine(text)) return text;
    }
  }
  // Otherwise the first of the next few short lines after the name that names a job (badges come first on some sites).
  const walker = card.ownerDocument.createTreeWalker(card, 4);
  const lines: string[] = [];
  let passedName = false;
  for (let node = walker.nextNode(); node && lines.length < 3; node = walker.nextNode()) {
    if (name.contains(node)) {
      passedName = true;
      continue;
    }
    if (!passedName) continue;
    // "<b>Pieter de Groot</b> (Halvard Insurance), <b>Chloé Marchand</b> (…)": the next person's name ends this one's lines.
    if (node.parentElement !== name && node.parentElement?.closest('b, strong') && showsName(node.parentElement)) break;
    const text = cleanText(node.textContent).replace(/^,\s*|,$/g, '');
    if (!text || node.parentElement?.closest(`a, script, style, button, ${SCREEN_READER_ONLY}`)) continue;
    if (text.length > 100 || isContactLine(text)) break;
    lines.push(text);
  }
  return lines.find(namesAJob) ?? lines[0] ?? '';
}

/** "(Halvard Insurance)" after a name, as an agenda or a panel lists its speakers; "(she/her)" is no affiliation. */
function statesAffiliation(role: string): boolean {
  return /^\([^()]{2,80}\)$/.test(role) && !/\b(?:she|her|he|him|they|them|xe|ze)\b/i.test(role);
}

/**
 * One card of a team page read as a person, or undefined when it is not one:
 * a name-like heading, a short role line that names a job (or a way to reach
 * them), and nothing that makes it an article teaser.
 */
export function readPersonCard(card: Element, ownPeople = false): PersonCard | undefined {
  // A person card is small: a photo, a name, a role, a few links. Big blocks are sections, not cards.
  if (holdsMoreElementsThan(card, MAX_CARD_ELEMENTS)) return undefined;
  const raw = card.textContent ?? '';
  if (raw.length > MAX_CARD_TEXT * 4) return undefined;
  const text = cleanText(raw);
  if (text.length > MAX_CARD_TEXT || ARTICLE_SIGNS.test(text) || card.querySelector('time')) return undefined;
  const name = nameElement(card);
  if (!name) return undefined;
  const role = roleLine(card, name);
  const emails = [...card.querySelectorAll('a[href^="mailto:" i]')]
    .map(
      (a) =>
        (a.getAttribute('href') ?? '')
          .replace(/^mailto:/i, '')
          .split('?')[0]
          ?.trim()
          .toLowerCase() ?? '',
    )
    .filter((e) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(e));
  const links = [...card.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => /^https?:\/\/([\w-]+\.)?(linkedin\.com\/in\/|x\.com\/|twitter\.com\/|github\.com\/)/i.test(href));
  const reachable = emails.length > 0 || links.length > 0;
  // On a page of an organisation's own people, the line under a pictured member's name is their part
  // there ("Backend Development"), though no job word says so; a sentence there is a card's text, not a role.
  const member = ownPeople && card.querySelector('img') !== null && !readsAsSentence(role);
  if (!(role && (namesAJob(role) || statesAffiliation(role))) && !(role && (reachable || member))) return undefined;
  return { name: withoutDecoration(visibleText(name)), role, emails, links };
}

/**
 * Everyone a card lists: its person, and on an agenda's or a panel's line the others named in bold
 * after them, each with the affiliation or job that follows their name ("<b>Pieter de Groot</b>
 * (Halvard Insurance), <b>Chloé Marchand</b> (Staff Data Engineer, Vireo Health)"). The card's emails
 * and profile links stay with its first person: the line does not say whose they are.
 */
export function readPeopleInCard(card: Element, ownPeople = false): PersonCard[] {
  const first = readPersonCard(card, ownPeople);
  if (!first) return [];
  const people = [first];
  const named = new Set([first.name.toLowerCase()]);
  for (const bold of card.querySelectorAll('b, strong')) {
    if (!showsName(bold)) continue;
    const name = withoutDecoration(visibleText(bold));
    if (named.has(name.toLowerCase())) continue;
    const role = roleLine(card, bold);
    // Only a co-listed speaker who is introduced as the first one is: a job or an affiliation of their own.
    if (!role || !(namesAJob(role) || statesAffiliation(role))) continue;
    named.add(name.toLowerCase());
    people.push({ name, role, emails: [], links: [] });
  }
  return people;
}
