import { isKnownTld } from './tlds';

/**
 * Email addresses in text: plain ones, and the usual hand obfuscations
 * ("jane [at] acme [dot] com", "jane (at) acme.com", "jane at acme dot com").
 * Retina image names (`logo@2x.png`) and URLs are not addresses.
 */

const IMAGE_NAME = /\.(png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?)$/i;
const LOCAL_CHAR = "\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~.\\-";
const LABEL = '[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}\\-]*[\\p{L}\\p{M}\\p{N}])?';
// "@ravi@hachyderm.social" is a fediverse handle, not an address: no local part starts right after an "@".
const PLAIN = new RegExp(
  `(?<![${LOCAL_CHAR}@])([${LOCAL_CHAR}]+)@(\\[(?:\\d{1,3}\\.){3}\\d{1,3}\\]|(?:${LABEL}\\.)+${LABEL})`,
  'gu',
);
const AT = '\\s*[\\[({<]\\s*(?:at|@)\\s*[\\])}>]\\s*|\\s+at\\s+|@';
const DOT = '\\s*[\\[({<]\\s*(?:dot|\\.)\\s*[\\])}>]\\s*|\\s+dot\\s+|\\.';
const OBFUSCATED = new RegExp(
  `(?<![\\p{L}\\p{N}._%+\\-])([\\p{L}\\p{N}._%+\\-]+)(${AT})((?:[\\p{L}\\p{N}\\-]+(?:${DOT}))+[\\p{L}\\p{N}]{2,})(?![\\p{L}\\p{N}])`,
  'giu',
);
const BRACKETED = /[[({<]/;

function validIpv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export interface EmailCheck {
  /** Skip the top-level-domain check: the page's markup says this is an address. */
  trusted?: boolean;
}

/** The address tidied (quotes and stray dots around it removed), or '' when it is not one. */
export function plausibleEmail(raw: string, check: EmailCheck = {}): string {
  const at = raw.lastIndexOf('@');
  if (at < 1) return '';
  const local = raw.slice(0, at).replace(/^[.'"`]+/, '');
  const domain = raw
    .slice(at + 1)
    .trim()
    .replace(/\.+$/, '');
  if (!local || local.length > 64 || local.endsWith('.') || local.includes('..')) return '';
  // "http://host/path/user@x.com" is a link that happens to hold an @.
  if (local.startsWith('/') || local.includes('//')) return '';
  const email = `${local}@${domain}`;
  if (IMAGE_NAME.test(email) || domain.length > 253) return '';
  if (/^\[.*\]$/.test(domain)) return validIpv4(domain.slice(1, -1)) ? email : '';
  const labels = domain.split('.');
  const tld = labels.at(-1) ?? '';
  if (labels.length < 2 || labels.some((l) => !l)) return '';
  if (/^\d+$/.test(tld)) return validIpv4(domain) ? email : '';
  return check.trusted || isKnownTld(tld) ? email : '';
}

export interface FoundEmail {
  email: string;
  index: number;
  length: number;
  obfuscated: boolean;
}

// What every obfuscated address holds: an @, or "at" between spaces or brackets. One quick scan of a
// big page's text tells whether the (much slower) obfuscation pattern has anything to find.
const MAY_BE_OBFUSCATED = /@|[\s[({<]at[\s\])}>]/i;

/** Every address in a text, in order, with where it stands; repeats are kept. */
export function findEmails(text: string): FoundEmail[] {
  const found: FoundEmail[] = [];
  const hasAt = text.includes('@');
  if (hasAt) collectPlain(text, found);
  if (hasAt || MAY_BE_OBFUSCATED.test(text)) collectObfuscated(text, found);
  return found.sort((a, b) => a.index - b.index);
}

function collectPlain(text: string, found: FoundEmail[]): void {
  for (const m of text.matchAll(PLAIN)) {
    const email = plausibleEmail(`${m[1] ?? ''}@${m[2] ?? ''}`);
    if (email) found.push({ email, index: m.index ?? 0, length: m[0].length, obfuscated: false });
  }
}

function collectObfuscated(text: string, found: FoundEmail[]): void {
  for (const m of text.matchAll(OBFUSCATED)) {
    const [whole, local = '', at = '', rawDomain = ''] = m;
    const dots = rawDomain.match(new RegExp(DOT, 'giu')) ?? [];
    // "see you at example.com" is a sentence, "jane@acme.com" a plain address: either needs a hidden dot too.
    if (!BRACKETED.test(at) && dots.every((d) => d === '.')) continue;
    const domain = rawDomain.replace(new RegExp(DOT, 'giu'), '.');
    const email = plausibleEmail(`${local}@${domain}`);
    if (email) found.push({ email, index: m.index ?? 0, length: whole.length, obfuscated: true });
  }
}

/** The address of a `mailto:` link, or ''. */
export function emailFromMailto(href: string): string {
  if (!/^\s*mailto:/i.test(href)) return '';
  const raw = href.replace(/^\s*mailto:/i, '').split('?')[0] ?? '';
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // a malformed escape: keep the raw text
  }
  return plausibleEmail(decoded.split(',')[0]?.trim() ?? '', { trusted: true });
}

/** Cloudflare's email protection: the first byte is a key XOR-ed into the rest. */
export function decodeCloudflareEmail(hex: string): string {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return '';
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let escaped = '';
  for (let i = 2; i < hex.length; i += 2) {
    escaped += `%${(Number.parseInt(hex.slice(i, i + 2), 16) ^ key).toString(16).padStart(2, '0')}`;
  }
  try {
    return plausibleEmail(decodeURIComponent(escaped), { trusted: true });
  } catch {
    return '';
  }
}

/** Base64 as UTF-8 text, or '' when it is not base64. */
export function decodeBase64(b64: string): string {
  try {
    const binary = atob(b64.replace(/\s+/g, ''));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** Addresses hidden in a link: `atob('…')` in a javascript: link, a contact form's `?goto=<base64>`. */
export function emailsFromScriptedLink(href: string): string[] {
  const out: string[] = [];
  for (const m of href.matchAll(/atob\(\s*['"]([A-Za-z0-9+/=\s]+)['"]\s*\)/g)) {
    const decoded = decodeBase64(m[1] ?? '').replace(/^mailto:/i, '');
    const email = plausibleEmail(decoded, { trusted: true });
    if (email) out.push(email);
  }
  const goto = /[?&]goto=([^&#]+)/.exec(href)?.[1];
  if (goto) {
    let b64 = goto;
    try {
      b64 = decodeURIComponent(goto);
    } catch {
      // keep it encoded
    }
    const email = plausibleEmail(decodeBase64(b64), { trusted: true });
    if (email) out.push(email);
  }
  return out;
}
