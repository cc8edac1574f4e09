import { FREE_MAIL_DOMAINS } from './free-mail-domains';

/**
 * The keys that say two records are the same person: a normalised email,
 * a canonical profile URL, or name + company. Capture, import and conversion
 * all dedupe with these, so they live in one place.
 */

export function normalizeEmail(raw: string): string {
  const email = raw
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, '');
  const at = email.lastIndexOf('@');
  if (at < 1) return email;
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  // Gmail ignores dots and +tags; other providers differ, so only +tags are dropped there.
  local = local.replace(/\+.*$/, '');
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  return `${local}@${domain}`;
}

export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain.toLowerCase());
}

/** The company domain a business email gives away; '' for free mail. */
export function companyDomainFromEmail(email: string): string {
  const domain = emailDomain(email);
  return domain && !isFreeMailDomain(domain) ? domain : '';
}

const PROFILE_PATTERNS: ReadonlyArray<{ host: RegExp; path: RegExp; key: (m: RegExpMatchArray) => string }> = [
  {
    host: /(^|\.)linkedin\.com$/,
    path: /^\/(in|pub)\/([^/?#]+)/i,
    key: (m) => `linkedin:${decodeURIComponent(m[2] ?? '').toLowerCase()}`,
  },
  {
    host: /(^|\.)(x|twitter)\.com$/,
    path: /^\/(?!home\b|search\b|explore\b|i\/|intent\/|share\b|hashtag\/)([A-Za-z0-9_]{1,15})\/?$/,
    key: (m) => `x:${(m[1] ?? '').toLowerCase()}`,
  },
  {
    host: /^(www\.)?github\.com$/,
    path: /^\/(?!orgs\/|features\b|about\b|pricing\b|login\b|topics\b|sponsors\/)([A-Za-z0-9-]{1,39})\/?$/,
    key: (m) => `github:${(m[1] ?? '').toLowerCase()}`,
  },
];

/** `linkedin:jane-doe`, `x:janedoe`, `github:janedoe`, or '' when the URL is not a person's profile. */
export function canonicalProfileKey(rawUrl: string): string {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return '';
  }
  const host = url.hostname.toLowerCase();
  for (const p of PROFILE_PATTERNS) {
    if (!p.host.test(host)) continue;
    const m = url.pathname.match(p.path);
    if (m) return p.key(m);
  }
  return '';
}

/** Lower-case, accents and punctuation gone: how names and keywords are compared. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const COMPANY_SUFFIXES =
  /\b(inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|bv|nv|plc|corp|corporation|co|company|oy|ab|as|srl|spa)\b/g;

/** "ACME, Inc." and "Acme" are one account. */
export function normalizeCompanyName(name: string): string {
  return foldText(name).replace(COMPANY_SUFFIXES, ' ').replace(/\s+/g, ' ').trim();
}

/** The last-resort identity: folded full name + normalised company; '' when either is missing. */
export function nameCompanyKey(fullName: string, company: string): string {
  const n = foldText(fullName);
  const c = normalizeCompanyName(company);
  return n && c ? `${n}|${c}` : '';
}
