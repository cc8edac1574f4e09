import { metaNamed } from '../dom/head-tags';
import type { Extractor } from '../extractor';
import { jsonLdPeople, type LinkedPerson } from '../sites/json-ld-person';
import { leadCandidate, type Reading, reading } from '../sites/lead-candidate';
import { visibleText, withoutDecoration } from '../sites/site-text';
import { cleanText } from '../text';
import { personIntroducedBy, roleFromBio } from './bio-role';
import { type SocialProfile, socialProfileOf } from './networks';
import { profileFields } from './profile-fields';

const SOURCE = 'social-profile';

// Networks whose pages a site adapter of their own reads more closely.
const OWN_ADAPTER = new Set(['linkedin', 'x', 'github']);

// Bidirectional marks some networks wrap names and handles in.
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// What follows a name in a page title: " | TikTok", " / X", " — Bluesky", " - Medium", " on Instagram".
const SITE_SUFFIX = /\s+(?:[|/•·—–-]|on)\s+.*$/;

function comparable(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A title or heading as the name it shows: site suffix, "(@handle)" and decoration left out. */
export function shownName(raw: string, handle: string): string {
  let s = withoutDecoration(cleanText(raw.replace(BIDI, ''))).replace(SITE_SUFFIX, '');
  // "Jane Doe (@jane)", "Jeff Doe (jdoe)": the handle in brackets is no part of the name.
  s = s.replace(/\s*\(([^()]*)\)\s*$/, (whole, inside: string) =>
    inside.startsWith('@') || comparable(inside) === comparable(handle) ? '' : whole,
  );
  return withoutDecoration(s.replace(/^@/, ''));
}

function metaText(document: Document, key: string): string {
  const el = metaNamed(document, key);
  // A few sites write `value=` where OpenGraph says `content=`.
  return cleanText(el?.getAttribute('content') ?? el?.getAttribute('value'));
}

/** The page's JSON-LD Person for this account, if it describes one. */
function describedPerson(document: Document, profile: SocialProfile): LinkedPerson | undefined {
  const people = jsonLdPeople(document);
  const same = people.find(
    (p) =>
      socialProfileOf(p.url)?.url.toLowerCase() === profile.url.toLowerCase() ||
      comparable(p.handle) === comparable(profile.handle),
  );
  return same ?? (people.length === 1 ? people[0] : undefined);
}

interface ShownNames {
  /** The person's name; the handle when the page shows no other. */
  person: string;
  /** The account's display name as the page shows it, even when it only repeats the handle. */
  account: string;
}

function displayNames(document: Document, profile: SocialProfile, person: LinkedPerson | undefined): ShownNames {
  const first = metaText(document, 'profile:first_name');
  const last = metaText(document, 'profile:last_name');
  const declared = [
    person?.name ?? '',
    [first, last].filter(Boolean).join(' '),
    metaText(document, 'og:title'),
    metaText(document, 'twitter:title'),
  ].map((raw) => shownName(raw, profile.handle));
  const shown = [document.title, visibleText(document.querySelector('main h1, h1'))].map((raw) =>
    shownName(raw, profile.handle),
  );
  // A name that only repeats the handle is the account, not the person: a later source may say more.
  const named = [...declared, ...shown].find(
    (n) => n && n.toLowerCase() !== profile.handle.toLowerCase() && !n.includes('@') && n.length <= 80,
  );
  const account = declared.find(Boolean) ?? '';
  return { person: named ?? (account || profile.handle), account: account || named || profile.handle };
}

// Summaries a network writes itself ("Jane (@jane) on TikTok | 3.9M Likes…") name the account; a bio does not.
function ownWords(text: string, profile: SocialProfile, name: string): string {
  const t = text.replace(BIDI, '').trim();
  if (!t) return '';
  const lower = t.toLowerCase();
  if (lower.includes(`@${profile.handle.toLowerCase()}`) || (name && lower.startsWith(name.toLowerCase()))) return '';
  return t;
}

function bioOf(document: Document, profile: SocialProfile, person: LinkedPerson | undefined, name: string): string {
  const said = [person?.description ?? '', metaText(document, 'og:description'), metaText(document, 'description')];
  return said.map((t) => ownWords(t, profile, name)).find(Boolean) ?? '';
}

/** The owner's other accounts and site: `rel="me"` links, and web addresses in the bio. */
function ownLinks(document: Document, bio: string): Reading[] {
  const out: Reading[] = [];
  for (const a of document.querySelectorAll('a[rel~="me" i][href]')) {
    const href = a.getAttribute('href') ?? '';
    if (/^https?:\/\//i.test(href)) out.push({ value: socialProfileOf(href)?.url ?? href, confidence: 0.8 });
  }
  for (const m of bio.matchAll(/\bhttps?:\/\/[^\s<>"']+/gi)) out.push({ value: m[0], confidence: 0.6 });
  return out;
}

/**
 * A person's profile page on any network of the social table that has no adapter of
 * its own (Bluesky, Mastodon, Instagram, TikTok, Telegram, Reddit, dev.to…), judged by
 * the tab's own address, never the page's claim: the name from the page's JSON-LD,
 * `profile:` and `og:` tags or its heading; the job and employer when the bio states
 * them; the owner's other accounts from `rel="me"`. With no name shown, the handle names them.
 */
export const socialProfileExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const profile = socialProfileOf(url);
    if (!profile || OWN_ADAPTER.has(profile.network)) return [];
    const person = describedPerson(document, profile);
    const names = displayNames(document, profile, person);
    const bio = bioOf(document, profile, person, names.person);
    const introduced = personIntroducedBy(bio);
    // "Investigative Journalist Jane Doe" on an account named otherwise: Jane runs the account, which is her outlet.
    const behind = introduced && comparable(introduced.name) !== comparable(names.person) ? introduced : undefined;
    const fields = profileFields(document);
    const role = introduced ?? roleFromBio(bio);
    const name = behind?.name ?? names.person;
    const company = behind ? names.account : fields.company || role?.company;
    const title = fields.title || role?.title;
    return [
      leadCandidate(SOURCE, {
        fullName: reading(name, behind ? 0.7 : 0.85),
        title: reading(title, fields.title ? 0.75 : 0.6),
        company: reading(company, fields.company ? 0.75 : 0.55),
        location: reading(fields.location || person?.locality, 0.6),
        urls: [{ value: profile.url, confidence: 0.95 }, ...ownLinks(document, bio)],
      }),
    ];
  },
};
