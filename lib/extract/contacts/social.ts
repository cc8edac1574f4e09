/**
 * A link or a URL in text as the canonical address of a person's profile on
 * LinkedIn, X or GitHub, or '' when it is no person's profile (a company page,
 * a login or settings page, a share intent, a repository). Links to a profile's
 * sub-pages (`/in/jane/details/…`, `x.com/jane/status/…`) name that profile.
 */

// First path segments on X that are the site's own pages, not handles.
const X_PAGES = new Set(
  (
    'home search explore i intent share hashtag settings compose messages notifications privacy tos login logout ' +
    'signup account oauth about help jobs download en ja es fr de business developer careers status'
  ).split(' '),
);
// First path segments on GitHub that are the site's own pages, not users.
const GITHUB_PAGES = new Set(
  (
    'about account apps codespaces collections contact customer-stories enterprise events explore features ' +
    'issues login logout marketplace new notifications orgs organizations pricing pulls readme search security ' +
    'settings signup site sponsors team topics trending join sessions'
  ).split(' '),
);

const HOSTS = /^(?:[a-z0-9-]+\.)*(?:linkedin|twitter|x|github)\.com(?:[/?#]|$)/i;

function parse(raw: string): URL | undefined {
  const s = raw.trim();
  if (!s || /\s/.test(s)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : HOSTS.test(s) ? `https://${s}` : '';
  // A page-relative link has no scheme and names none of the hosts: no URL, and no need to throw to learn it.
  if (!withScheme) return undefined;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function profileUrlFrom(raw: string): string {
  const url = parse(raw);
  if (!url) return '';
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (/^(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/.test(host)) {
    const slug = segments[1];
    return (first.toLowerCase() === 'in' || first.toLowerCase() === 'pub') && slug
      ? `https://www.linkedin.com/in/${slug}/`
      : '';
  }
  if (/^(?:www\.|mobile\.|m\.)?(?:x|twitter)\.com$/.test(host)) {
    const handle = first.replace(/^@/, '');
    return /^[A-Za-z0-9_]{1,15}$/.test(handle) && !X_PAGES.has(handle.toLowerCase()) ? `https://x.com/${handle}` : '';
  }
  if (/^(?:www\.)?github\.com$/.test(host)) {
    // github.com/jane/project is a repository, often an organisation's: only the bare user page counts.
    return segments.length === 1 &&
      /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(first) &&
      !GITHUB_PAGES.has(first.toLowerCase())
      ? `https://github.com/${first}`
      : '';
  }
  return '';
}

const IN_TEXT = /(?<![\w.@/-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:linkedin|twitter|x|github)\.com\/[^\s<>"'()[\]{}]+/gi;

/** Profile URLs written out in text, in order, with where they stand. */
export function findProfileUrls(text: string): Array<{ url: string; index: number }> {
  const out: Array<{ url: string; index: number }> = [];
  for (const m of text.matchAll(IN_TEXT)) {
    const url = profileUrlFrom(m[0].replace(/[.,;:!?]+$/, ''));
    if (url) out.push({ url, index: m.index ?? 0 });
  }
  return out;
}
