import type { CandidateInput, FoundValue } from '../../model/candidate';
import { profileUrlFrom } from '../contacts/social';
import { metaNamed } from '../dom/head-tags';
import type { Extractor } from '../extractor';
import { namesAJob } from '../sites/job-words';
import { cleanText, looksLikePersonName } from '../text';

const SOURCE = 'meta';
// "Acme Editorial Team", "Redaktion Heise": an author that is a desk or a company, not a person.
const NOT_A_PERSON =
  /\b(team|staff|editorial|editors?|redaktion|r[ée]daction|newsroom|desk|admin|support|marketing|press|media|news|group|inc|llc|ltd|gmbh|ag|corp)\b/i;

function meta(document: Document, key: string): string {
  const el = metaNamed(document, key);
  return cleanText(el?.getAttribute('content'));
}

function value(v: string, confidence: number): FoundValue {
  return { value: v, confidence, source: SOURCE };
}

/** OpenGraph `og:type=profile`: `profile:first_name`, `profile:last_name`, and the profile's own address. */
function profile(document: Document, pageUrl: URL): CandidateInput | undefined {
  const first = meta(document, 'profile:first_name');
  const last = meta(document, 'profile:last_name');
  const isProfile = meta(document, 'og:type').toLowerCase() === 'profile';
  if (!first && !last && !isProfile) return undefined;
  // "Mirela Costa (@mirela_costa)", "Jo Lee (@jolee) • Instagram photos and videos": the name before the handle.
  const title = meta(document, 'og:title').split(/\s*\(@/)[0] ?? '';
  const name = [first, last].filter(Boolean).join(' ') || (looksLikePersonName(title) ? title : '');
  if (!name) return undefined;
  const url = ownAddress(meta(document, 'og:url'), pageUrl);
  return {
    fullName: value(name, 0.7),
    ...(first ? { firstName: value(first, 0.7) } : {}),
    ...(last ? { lastName: value(last, 0.7) } : {}),
    urls: url ? [value(url, 0.6)] : [],
    sources: [SOURCE],
  };
}

const siteOf = (host: string): string => host.toLowerCase().replace(/^www\./, '');

/**
 * `og:url` is the page's claim about its own address. It is kept only on the site the tab is
 * really on: a page elsewhere that claims to be linkedin.com/in/someone must not become that
 * profile, nor be merged into that lead by its profile key.
 */
function ownAddress(claimed: string, pageUrl: URL): string {
  if (!/^https?:\/\//i.test(claimed)) return '';
  try {
    return siteOf(new URL(claimed).hostname) === siteOf(pageUrl.hostname) ? claimed : '';
  } catch {
    return '';
  }
}

/** The page's author (`<meta name="author">`) and their X account (`twitter:creator`). */
function author(document: Document): CandidateInput | undefined {
  const name = meta(document, 'author');
  const handle = meta(document, 'twitter:creator').replace(/^@/, '');
  const x = handle ? profileUrlFrom(`https://x.com/${handle}`) : '';
  const person = looksLikePersonName(name) && !NOT_A_PERSON.test(name) ? name : '';
  if (!person && !x) return undefined;
  return {
    ...(person ? { fullName: value(person, 0.5) } : {}),
    urls: x ? [value(x, 0.6)] : [],
    sources: [SOURCE],
  };
}

// "I'm Jane Doe, a research scientist in the Department of Physics at Acme University."
const INTRO =
  /\bI(?:\s+am|['’]m)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*,\s+(?:a|an|the)\s+([^.!?]{3,160})/u;

/**
 * A page whose own summary introduces its author in the first person (an interview, an "ask me
 * anything" post): the person, the job before "in"/"at", and the employer after the last "at".
 */
function selfIntroduction(document: Document): CandidateInput | undefined {
  for (const key of ['og:description', 'description', 'og:title', 'twitter:title']) {
    const m = meta(document, key).match(INTRO);
    const name = cleanText(m?.[1]);
    const said = cleanText(m?.[2]);
    if (!m || !looksLikePersonName(name)) continue;
    const title = cleanText(said.split(/\s+(?:in|at|of|with|for|on)\s+|,|\s+and\s+/)[0]);
    const employer = cleanText(said.match(/\bat\s+(?:the\s+)?([^,;:()]+)$/)?.[1]);
    if (!namesAJob(title) || title.split(/\s+/).length > 5) continue;
    return {
      fullName: value(name, 0.6),
      title: value(title, 0.5),
      ...(employer && employer.split(/\s+/).length <= 8 ? { company: value(employer, 0.5) } : {}),
      sources: [SOURCE],
    };
  }
  return undefined;
}

/** The page's head: OpenGraph profile tags, `author`, `twitter:creator`. */
export const metaExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const out: CandidateInput[] = [];
    const p = profile(document, url);
    const a = author(document);
    if (p) out.push(p);
    const intro = p ? undefined : selfIntroduction(document);
    if (intro) out.push(intro);
    // Author and profile are one person when they agree on the name (or the author has none).
    if (a && p && (!a.fullName || a.fullName.value.toLowerCase() === p.fullName?.value.toLowerCase())) {
      p.urls = [...(p.urls ?? []), ...(a.urls ?? [])];
    } else if (a) out.push(a);
    return out;
  },
};
