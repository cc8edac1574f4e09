import { contactVerifiedEmailsOf, verifiedEmailsOf } from '../crm/guessed-emails';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import { parseName } from '../person/parse-name';
import { splitLocation } from './location';

/**
 * vCard 4.0 (RFC 6350) for address books and phones. Every content line ends
 * with CRLF and is folded at 75 octets of UTF-8 without splitting a
 * character; text values escape backslash, comma, semicolon and newlines.
 */

const MAX_OCTETS = 75;

/** RFC 6350 §3.4: `\` `,` `;` and line breaks in a text value are escaped. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 6350 §3.2: a line longer than 75 octets continues on the next line,
 * which starts with one space (so it carries 74 octets of content). Splits
 * fall between code points, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  let bytes = 0;
  let ascii = true;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii && line.length <= MAX_OCTETS) return line;
  let out = '';
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (bytes + n > limit) {
      out += '\r\n ';
      bytes = 1;
      limit = MAX_OCTETS;
    }
    out += ch;
    bytes += n;
  }
  return out;
}

/** A URI value is not backslash-escaped, but a line break would end the line: it is percent-encoded. */
function uriValue(u: string): string {
  return u.replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A number in international form becomes a tel: URI (what RFC 6350 recommends); anything else stays text. */
function telLine(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (/^\+[\d\s().-]+$/.test(phone.trim()) && digits.length >= 3) return `TEL;VALUE=uri:tel:+${digits}`;
  return `TEL:${escapeText(phone)}`;
}

function isContact(p: Lead | Contact): p is Contact {
  return 'accountId' in p;
}

function nameOf(p: Lead | Contact): { fn: string; n: string } {
  const parsed = parseName(p.fullName || [p.firstName, p.lastName].filter(Boolean).join(' '));
  const family = p.lastName || parsed.last;
  const given = p.firstName || parsed.first;
  const additional = p.firstName || p.lastName ? '' : parsed.middle;
  const n = [family, given, additional, parsed.title, parsed.suffix].map(escapeText).join(';');
  const fn = p.fullName || [p.firstName, p.lastName].filter(Boolean).join(' ') || p.emails[0] || 'Unnamed';
  return { fn, n };
}

function card(p: Lead | Contact, accountName?: (accountId: string) => string): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const { fn, n } = nameOf(p);
  lines.push(`FN:${escapeText(fn)}`);
  if (n !== ';;;;') lines.push(`N:${n}`);
  const org = isContact(p) ? (accountName?.(p.accountId) ?? '') : p.company;
  if (org) lines.push(`ORG:${escapeText(org)}`);
  if (p.title) lines.push(`TITLE:${escapeText(p.title)}`);
  // An accepted guess is not a known address: a vCard has no way to say so, so it is left out.
  const known = isContact(p) ? contactVerifiedEmailsOf(p) : verifiedEmailsOf(p);
  for (const e of known) lines.push(`EMAIL:${escapeText(e)}`);
  for (const t of p.phones) lines.push(telLine(t));
  for (const u of p.urls) lines.push(`URL:${uriValue(u)}`);
  if (p.location) {
    const place = splitLocation(p.location);
    // ADR: post office box; extended address; street; locality; region; postal code; country.
    const adr = ['', '', '', place.city, place.region, place.postalCode, place.country].map(escapeText).join(';');
    lines.push(`ADR:${adr}`);
  }
  if (p.notes) lines.push(`NOTE:${escapeText(p.notes)}`);
  if (p.tags.length > 0) lines.push(`CATEGORIES:${p.tags.map(escapeText).join(',')}`);
  lines.push('END:VCARD');
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

/** One vCard per person, in order; a contact's ORG is its account's name. */
export function toVCards(people: readonly (Lead | Contact)[], accountName?: (accountId: string) => string): string {
  let out = '';
  for (const p of people) out += card(p, accountName);
  return out;
}
