/**
 * The country a page's phone numbers are most likely written for, so a local
 * "030 1234567" can be read as +49 30 1234567. No numbering-plan library here:
 * this runs in the content script.
 *
 * The address's country domain comes first (a number printed on a .de site is
 * German), then the region of `<html lang="de-DE">` (plain "en-US" is often
 * left in a template, so it only counts when the domain says nothing).
 */

// Country domains used as brand names the world over (.io, .ai, .co…): they say nothing about the country.
const VANITY = new Set([
  'io',
  'ai',
  'co',
  'me',
  'tv',
  'fm',
  'ly',
  'gg',
  'sh',
  'to',
  'ws',
  'cc',
  'vc',
  'so',
  'la',
  'am',
  'im',
  'is',
  'it',
  'ac',
  'sc',
]);
// Country domains that are not the ISO 3166 code.
const DOMAIN_TO_REGION: Readonly<Record<string, string>> = { uk: 'GB', su: 'RU' };
const NOT_A_COUNTRY = new Set(['eu', 'an', 'tp', 'yu']);

function fromHost(hostname: string): string | undefined {
  const tld = hostname.toLowerCase().split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || VANITY.has(tld) || NOT_A_COUNTRY.has(tld)) return undefined;
  return DOMAIN_TO_REGION[tld] ?? tld.toUpperCase();
}

function fromLang(lang: string | null | undefined): string | undefined {
  const region = /^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})\b/i.exec((lang ?? '').trim())?.[1];
  return region ? region.toUpperCase() : undefined;
}

/** An ISO 3166 region code ("DE"), or undefined when the page gives no hint. */
export function regionHintFor(document: Document, url: URL | string): string | undefined {
  let host = '';
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname;
  } catch {
    // no usable address: the page's language may still say
  }
  return fromHost(host) ?? fromLang(document.documentElement?.getAttribute('lang'));
}

/** The hint the page's address alone gives (its country domain), for when only the address is known. */
export function regionHintForAddress(url: string): string | undefined {
  try {
    return fromHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}
