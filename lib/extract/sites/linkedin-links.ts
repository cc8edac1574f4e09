/** Where LinkedIn lives, and how its profile links are written. */

export function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

// Paths under /in/ that are LinkedIn's own pages, not members.
const NOT_A_MEMBER = new Set(['unavailable', 'me', 'edit']);

/** The member slug of a `/in/<slug>` link ("jane-doe", or a member id like "ACoAA…"); '' for anything else. */
export function memberSlug(href: string | null | undefined, base = 'https://www.linkedin.com/'): string {
  if (!href) return '';
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return '';
  }
  if (!isLinkedInHost(url.hostname.toLowerCase())) return '';
  const m = url.pathname.match(/^\/in\/([^/?#]+)/);
  const slug = m?.[1] ?? '';
  return slug && !NOT_A_MEMBER.has(slug.toLowerCase()) ? slug : '';
}

/** The one address a member's profile is known by: https://www.linkedin.com/in/<slug>/ (tracking parameters dropped). */
export function memberProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${slug}/`;
}

export function sameMember(a: string, b: string): boolean {
  return safeDecode(a).toLowerCase() === safeDecode(b).toLowerCase();
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The slug of a profile page address (`/in/<slug>/` and nothing below it); '' otherwise. */
export function profilePageSlug(address: URL): string {
  const m = address.pathname.match(/^\/in\/([^/]+)\/?$/);
  const slug = m?.[1] ?? '';
  return slug && !NOT_A_MEMBER.has(slug.toLowerCase()) ? slug : '';
}

/**
 * The signed-in member, as LinkedIn's navigation names them ("Me" menu, nav photo).
 * Known only so that nobody ever mistakes them for a person on the page.
 */
export function viewerSlug(document: Document): string {
  const links = document.querySelectorAll(
    '#global-nav a[href*="/in/"], .global-nav a[href*="/in/"], .global-nav__me-content a[href*="/in/"], [data-control-name="identity_welcome_message"][href*="/in/"]',
  );
  for (const a of links) {
    const slug = memberSlug(a.getAttribute('href'));
    if (slug) return slug;
  }
  return '';
}
