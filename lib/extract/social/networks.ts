/**
 * One table of social networks: how a person's profile address looks on each,
 * which handle it names, and the one address a CRM should keep for it. Links,
 * text, meta tags and the profile-page reader all ask this table, so a network
 * added here is understood everywhere.
 */

export interface SocialProfile {
  /** Short stable name of the network ("linkedin", "bluesky", "mastodon"…). */
  network: string;
  /** The account's handle as the address shows it (case kept). */
  handle: string;
  /** The profile's canonical address. */
  url: string;
}

interface Network {
  network: string;
  /** The hosts the network serves profiles from; undefined for federated networks (any host). */
  host?: RegExp;
  /** Reads the handle off the path (and query); '' when the path is no profile. */
  handle: (segments: string[], url: URL) => string;
  url: (handle: string, url: URL) => string;
}

function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

// First path segments that are a network's own pages (sign-in, search, sharing), never accounts.
const X_PAGES = words(
  'home search explore i intent share hashtag settings compose messages notifications privacy tos login logout ' +
    'signup account oauth about help jobs download en ja es fr de business developer careers status lists bookmarks ' +
    'communities premium verified-choose display',
);
const GITHUB_PAGES = words(
  'about account apps codespaces collections contact customer-stories dashboard enterprise events explore features ' +
    'issues login logout marketplace new notifications orgs organizations pricing pulls readme search security ' +
    'settings signup site sponsors team topics trending join sessions',
);
const GITLAB_PAGES = words('explore help users dashboard admin search projects groups -');
const INSTAGRAM_PAGES = words('p reel reels explore accounts stories direct about developer legal tv web');
const FACEBOOK_PAGES = words(
  'sharer sharer.php share dialog plugins tr home.php login login.php help policies privacy groups events watch ' +
    'marketplace gaming business ads pages hashtag photo.php story.php permalink.php legal recover settings',
);
const DEVTO_PAGES = words(
  't search top latest settings enter new about privacy terms code-of-conduct faq sponsors pod videos listings tags ' +
    'dashboard readinglist notifications connect signout_confirm',
);
const TELEGRAM_PAGES = words('s joinchat share addstickers addemoji proxy socks setlanguage addtheme login iv');

// A handle (or slug) of letters, digits and the few marks networks allow.
const HANDLE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

function plain(segment: string | undefined, reserved: Set<string>, pattern: RegExp = HANDLE): string {
  const s = segment ?? '';
  return pattern.test(s) && !reserved.has(s.toLowerCase()) ? s : '';
}

function at(segment: string | undefined, pattern: RegExp = /^[A-Za-z0-9_.-]{1,100}$/): string {
  const m = (segment ?? '').match(/^@(.+)$/);
  return m?.[1] && pattern.test(m[1]) ? m[1] : '';
}

// Ordered: the networks on their own hosts first, the federated ones (any host) last.
const NETWORKS: readonly Network[] = [
  {
    network: 'linkedin',
    host: /^(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/,
    handle: ([first, slug]) => (/^(in|pub)$/i.test(first ?? '') && slug ? slug : ''),
    url: (h) => `https://www.linkedin.com/in/${h}/`,
  },
  {
    network: 'x',
    host: /^(?:www\.|mobile\.|m\.)?(?:x|twitter)\.com$/,
    // A post or a tab of a profile (`/jane/status/1`) still names the profile.
    handle: ([first]) => plain((first ?? '').replace(/^@/, ''), X_PAGES, /^[A-Za-z0-9_]{1,15}$/),
    url: (h) => `https://x.com/${h}`,
  },
  {
    network: 'github',
    host: /^(?:www\.)?github\.com$/,
    // github.com/jane/project is a repository, often an organisation's: only the bare user page counts.
    handle: (s) => (s.length === 1 ? plain(s[0], GITHUB_PAGES, /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/) : ''),
    url: (h) => `https://github.com/${h}`,
  },
  {
    network: 'gitlab',
    host: /^(?:www\.)?gitlab\.com$/,
    handle: (s) => (s.length === 1 ? plain(s[0], GITLAB_PAGES) : ''),
    url: (h) => `https://gitlab.com/${h}`,
  },
  {
    network: 'bluesky',
    host: /^(?:www\.)?bsky\.app$/,
    handle: ([first, handle]) =>
      first === 'profile' ? plain(handle, new Set(), /^[A-Za-z0-9][A-Za-z0-9.:-]{0,252}$/) : '',
    url: (h) => `https://bsky.app/profile/${h}`,
  },
  {
    network: 'instagram',
    host: /^(?:www\.|m\.)?instagram\.com$/,
    handle: ([first]) => plain(first, INSTAGRAM_PAGES),
    url: (h) => `https://www.instagram.com/${h}/`,
  },
  {
    network: 'facebook',
    host: /^(?:www\.|m\.|web\.|[a-z]{2}-[a-z]{2}\.)?(?:facebook|fb)\.com$/,
    handle: ([first], url) =>
      first === 'profile.php' ? (url.searchParams.get('id') ?? '').replace(/\D/g, '') : plain(first, FACEBOOK_PAGES),
    url: (h) => (/^\d+$/.test(h) ? `https://www.facebook.com/profile.php?id=${h}` : `https://www.facebook.com/${h}`),
  },
  {
    network: 'threads',
    host: /^(?:www\.)?threads\.(?:net|com)$/,
    handle: ([first]) => at(first),
    url: (h) => `https://www.threads.net/@${h}`,
  },
  {
    network: 'tiktok',
    host: /^(?:www\.|m\.)?tiktok\.com$/,
    handle: ([first]) => at(first),
    url: (h) => `https://www.tiktok.com/@${h}`,
  },
  {
    network: 'youtube',
    host: /^(?:www\.|m\.)?youtube\.com$/,
    handle: ([first, second]) =>
      at(first) ? `@${at(first)}` : /^(c|channel|user)$/.test(first ?? '') && second ? `${first}/${second}` : '',
    url: (h) => `https://www.youtube.com/${h}`,
  },
  {
    network: 'medium',
    host: /^(?:[a-z0-9-]+\.)?medium\.com$/,
    handle: ([first], url) => {
      const sub = url.hostname.toLowerCase().match(/^([a-z0-9-]+)\.medium\.com$/)?.[1];
      // jane.medium.com is Jane's own blog; medium.com/@jane her profile.
      if (sub && sub !== 'www' && sub !== 'm') return sub;
      return at(first);
    },
    url: (h) => `https://medium.com/@${h}`,
  },
  {
    network: 'devto',
    host: /^(?:www\.)?dev\.to$/,
    handle: (s) => (s.length === 1 ? plain(s[0], DEVTO_PAGES) : ''),
    url: (h) => `https://dev.to/${h}`,
  },
  {
    network: 'reddit',
    host: /^(?:www\.|old\.|new\.|np\.)?reddit\.com$/,
    handle: ([first, name]) => (/^(u|user)$/i.test(first ?? '') ? plain(name, new Set()) : ''),
    url: (h) => `https://www.reddit.com/user/${h}`,
  },
  {
    network: 'stackoverflow',
    host: /^(?:www\.)?stackoverflow\.com$/,
    handle: ([first, id, slug]) =>
      first === 'users' && /^\d+$/.test(id ?? '') ? (slug ? `${id}/${slug}` : `${id}`) : '',
    url: (h) => `https://stackoverflow.com/users/${h}`,
  },
  {
    network: 'xing',
    host: /^(?:www\.)?xing\.com$/,
    handle: ([first, name]) => (first === 'profile' ? plain(name, new Set()) : ''),
    url: (h) => `https://www.xing.com/profile/${h}`,
  },
  {
    network: 'telegram',
    host: /^(?:www\.)?(?:t|telegram)\.me$/,
    handle: (s) => (s.length === 1 ? plain(s[0], TELEGRAM_PAGES, /^[A-Za-z][A-Za-z0-9_]{3,31}$/) : ''),
    url: (h) => `https://t.me/${h}`,
  },
  {
    network: 'drupal',
    host: /^(?:www\.)?drupal\.org$/,
    handle: ([first, name]) => (first === 'u' ? plain(name, new Set()) : ''),
    url: (h) => `https://www.drupal.org/u/${h}`,
  },
  {
    // Mastodon and the fediverse: any instance, `/@user` (the network's own hosts above are matched first).
    network: 'mastodon',
    handle: (s) => (s.length === 1 ? at(s[0], /^[A-Za-z0-9_]{1,30}$/) : ''),
    url: (h, url) => `https://${url.hostname.toLowerCase()}/@${h}`,
  },
];

// Hosts a profile address may be written without its scheme ("linkedin.com/in/jane").
const SCHEMELESS_HOSTS =
  /^(?:[a-z0-9-]+\.)*(?:linkedin\.com|twitter\.com|x\.com|github\.com|gitlab\.com|bsky\.app|instagram\.com|facebook\.com|threads\.net|tiktok\.com|youtube\.com|medium\.com|dev\.to|reddit\.com|stackoverflow\.com|xing\.com|t\.me)(?:[/?#]|$)/i;

const MISTYPED_SCHEME = /^(?!https?:)h+t+p+(s?):\/+/i;

function parse(raw: string | URL): URL | undefined {
  if (raw instanceof URL) return raw.protocol === 'http:' || raw.protocol === 'https:' ? raw : undefined;
  // A hand-written link that mistypes its scheme ("hhttps://", "htps://") still names its address plainly.
  const s = raw.trim().replace(MISTYPED_SCHEME, (_m, secure: string) => (secure ? 'https://' : 'http://'));
  if (!s || /\s/.test(s)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : SCHEMELESS_HOSTS.test(s) ? `https://${s}` : '';
  // A page-relative link names no network, and needs no throw to learn it.
  if (!withScheme) return undefined;
  try {
    const url = new URL(withScheme);
    // Only web addresses are profiles: javascript:, data: and the like never become a lead's link.
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

// The sources ask about the same links again and again (a card's link is read by three of them): answers kept, bounded.
const profilesOfLinks = new Map<string, SocialProfile | null>();
const MAX_REMEMBERED = 5000;

/** The network, handle and canonical address of a person's profile link; undefined for any other link. */
export function socialProfileOf(raw: string | URL): SocialProfile | undefined {
  if (raw instanceof URL) return readProfile(raw);
  let profile = profilesOfLinks.get(raw);
  if (profile === undefined) {
    if (profilesOfLinks.size >= MAX_REMEMBERED) profilesOfLinks.clear();
    profile = readProfile(raw) ?? null;
    profilesOfLinks.set(raw, profile);
  }
  return profile ?? undefined;
}

function readProfile(raw: string | URL): SocialProfile | undefined {
  const url = parse(raw);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase();
  const segments = segmentsOf(url);
  for (const n of NETWORKS) {
    if (n.host && !n.host.test(host)) continue;
    const handle = n.handle(segments, url);
    if (n.host || handle) return handle ? { network: n.network, handle, url: n.url(handle, url) } : undefined;
  }
  return undefined;
}

/** Whether the host serves one of the table's networks (the federated ones aside). */
export function isSocialNetworkHost(host: string): boolean {
  const h = host.toLowerCase();
  return NETWORKS.some((n) => n.host?.test(h));
}
