import { socialProfileOf } from '../social/networks';

/**
 * A link or a URL in text as the canonical address of a person's profile on
 * any network of the social table (LinkedIn, X, GitHub, Bluesky, Mastodon…),
 * or '' when it is no person's profile (a company page, a login or settings
 * page, a share intent, a repository, a `javascript:` link). Links to a
 * profile's sub-pages (`/in/jane/details/…`, `x.com/jane/status/…`) name that profile.
 */
export function profileUrlFrom(raw: string): string {
  return socialProfileOf(raw)?.url ?? '';
}

// The networks' own hosts, with or without a scheme, and any host's `/@user` (the fediverse) with one.
const IN_TEXT =
  /(?<![\w.@/-])(?:(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:linkedin\.com|twitter\.com|x\.com|github\.com|gitlab\.com|bsky\.app|instagram\.com|facebook\.com|threads\.net|tiktok\.com|youtube\.com|medium\.com|dev\.to|reddit\.com|stackoverflow\.com|xing\.com|t\.me)|https?:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}(?=\/@))\/[^\s<>"'()[\]{}]+/gi;

/** Profile URLs written out in text, in order, with where they stand. */
export function findProfileUrls(text: string): Array<{ url: string; index: number }> {
  const out: Array<{ url: string; index: number }> = [];
  for (const m of text.matchAll(IN_TEXT)) {
    const url = profileUrlFrom(m[0].replace(/[.,;:!?]+$/, ''));
    if (url) out.push({ url, index: m.index ?? 0 });
  }
  return out;
}
