import type { CandidateInput } from '../../model/candidate';
import { hasNonNameWord } from '../blocks/not-name-words';
import { jobAtEmployer } from '../blocks/quoted-people';
import { documentBase, resolveUrl } from '../dom/attribute-url';
import { metaNamed } from '../dom/head-tags';
import { personName } from '../dom/name-near';
import type { Extractor } from '../extractor';
import { leadCandidate, reading } from '../sites/lead-candidate';
import { visibleText } from '../sites/site-text';
import { cleanText, looksLikePersonName } from '../text';
import { socialProfileOf } from './networks';

/*
 * The author of a blog post or article as its page shows them, without the head's meta: the byline
 * ("By <a href="/author/jonah-whitfield">Jonah Whitfield</a>") and the author box under the post
 * ("About the author — Jonah Whitfield is a Principal Consultant at Salesfolk…", with their profiles).
 * Only a page with one author: a list of posts by several writers names none of them as its person.
 */

const SOURCE = 'byline-author';
const AUTHOR_LINKS = 'a[rel~="author" i], a[href*="/author/" i], a[href*="/authors/" i]';
const BYLINES = '[class*="byline" i], [class*="author-name" i], [itemprop="author"]';
const AUTHOR_BOX =
  '[class*="author-box" i], [class*="author-bio" i], [class*="about-author" i], [class*="author-card" i], [class*="post-author" i], [class*="author-info" i]';
// "Acme Editorial Team", "Staff Writer": a desk, not a person.
const NOT_A_PERSON = /\b(team|staff|editorial|editors?|desk|admin|newsroom|guest|contributor)\b/i;
const MAX_BYLINES = 40;

/** A link's address against the page's base, when it is a web address. */
function webAddress(href: string, base: URL): string {
  const url = resolveUrl(href, base);
  return /^https?:\/\//i.test(url) ? url : '';
}

function authorName(text: string): string {
  const name = cleanText(
    text.replace(/^\s*(?:by|written by|author:?)\s+/i, '').split(/\s+[·|•]\s+|\s+on\s+\p{Lu}/u)[0],
  );
  // Every word capitalised, as a byline writes a name: "See all" and "Read more" are buttons.
  const capitalised = name
    .split(' ')
    .every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|der|da|di|le|la|du|bin|al)$/.test(w));
  return capitalised &&
    looksLikePersonName(name) &&
    personName(name) === name &&
    !hasNonNameWord(name) &&
    !NOT_A_PERSON.test(name)
    ? name
    : '';
}

/** The one author the page's bylines name, and the link to their page; undefined when none or several. */
function pageAuthor(document: Document, base: URL): { name: string; page: string } | undefined {
  const names = new Map<string, string>();
  let seen = 0;
  for (const el of document.querySelectorAll(`${AUTHOR_LINKS}, ${BYLINES}`)) {
    if (++seen > MAX_BYLINES) break;
    const name = authorName(visibleText(el));
    if (!name) continue;
    const href = el.tagName === 'A' ? webAddress(el.getAttribute('href') ?? '', base) : '';
    if (!names.has(name) || (href && !names.get(name))) names.set(name, href);
  }
  if (names.size !== 1) return undefined;
  const [[name, page] = ['', '']] = [...names];
  return name ? { name, page } : undefined;
}

/** "Jonah Whitfield is a Principal Consultant at Salesfolk, where …": the job and employer a bio opens with. */
function roleInBio(bio: string, name: string): { title: string; company: string } | undefined {
  const first = name.split(' ')[0] ?? name;
  const opening = new RegExp(
    String.raw`^(?:${literal(name)}|${literal(first)}|(?:He|She|They))\s+(?:is|serves as|works as)\s+(?:an?|the)\s+([^,;]{3,120})`,
    'u',
  ).exec(bio);
  if (!opening?.[1]) return undefined;
  // "… at Salesfolk, where he helps …" / "… at Salesfolk. Before that …": the clause ends the employer.
  return jobAtEmployer(cleanText(opening[1].split(/\.\s/)[0] ?? ''));
}

function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const bylineAuthorExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    // A page whose head names its author is read by the meta sources.
    if (metaNamed(document, 'author') || metaNamed(document, 'article:author')) return [];
    const base = documentBase(document, url);
    const author = pageAuthor(document, base);
    if (!author) return [];
    const box = [...document.querySelectorAll(AUTHOR_BOX)].find((el) => visibleText(el).includes(author.name));
    const bio = box
      ? ([...box.querySelectorAll('p')].map(visibleText).find((t) => t.length >= 30 && t.length <= 600) ?? '')
      : '';
    const role = roleInBio(bio, author.name);
    const profiles = box
      ? [...box.querySelectorAll('a[href]')].flatMap((a) => {
          const profile = socialProfileOf(webAddress(a.getAttribute('href') ?? '', base));
          return profile ? [profile.url] : [];
        })
      : [];
    const urls = [...new Set([...profiles, ...(author.page ? [author.page] : [])])];
    const found: CandidateInput = leadCandidate(SOURCE, {
      fullName: reading(author.name, 0.55),
      title: reading(role?.title, 0.5),
      company: reading(role?.company, 0.5),
      urls: urls.map((value) => ({ value, confidence: 0.6 })),
    });
    return [found];
  },
};
