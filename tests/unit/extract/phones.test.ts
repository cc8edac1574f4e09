import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, phoneFromHref } from '../../../lib/extract/contacts/phones';
import { toE164 } from '../../../lib/extract/phones/normalize-phones';
import { regionHintFor } from '../../../lib/extract/region-hint';
import { phoneTextExtractor } from '../../../lib/extract/sources/phone-text';
import { htmlDocument } from '../helpers';

describe('phone-looking strings', () => {
  it('keeps a number with a long subscriber part whole, and splits two bare numbers', () => {
    expect(findPhoneNumbers('+49 30 1234567').map((p) => p.phone)).toEqual(['+49 30 1234567']);
    expect(findPhoneNumbers('1234567 1234567890').map((p) => p.phone)).toEqual(['1234567', '1234567890']);
  });

  it('takes no dates or lists of digits', () => {
    expect(findPhoneNumbers('2026-11-24, 24.11.2026, 1 2 3 4 5 6 7 8')).toEqual([]);
  });

  it('reads tel: links with an extension or escapes', () => {
    expect(phoneFromHref('tel:+1-415-555-0100;ext=12')).toBe('+1-415-555-0100');
    expect(phoneFromHref('tel:%2B49%2030%201234567')).toBe('+49 30 1234567');
    expect(phoneFromHref('tel:call-me')).toBe('');
  });
});

describe('phone-text source', () => {
  it('reads numbers after a Phone/Tel/Mobile label, not other numbers, not fax', () => {
    const doc = htmlDocument(`
      <article><h3>Jane Doe</h3>
        <p>Tel.: +49 (0)30 1234567</p><p>Mobil 0151 23456789</p><p>Fax: +49 30 7654321</p>
        <p>Order no. 12345678</p></article>`);
    const found = phoneTextExtractor.extract(doc, new URL('https://acme.de/'));
    expect(found.map((c) => c.phones?.[0]?.value)).toEqual(['+49 (0)30 1234567', '0151 23456789']);
    expect(found.every((c) => c.fullName?.value === 'Jane Doe')).toBe(true);
  });
});

describe('region hint', () => {
  it.each([
    ['https://acme.de/team', '<html lang="en-US">', 'DE'],
    ['https://acme.co.uk/', '<html>', 'GB'],
    ['https://acme.io/', '<html lang="fr-FR">', 'FR'],
    ['https://acme.com/', '<html lang="de">', undefined],
    ['https://acme.com/', '<html lang="pt_BR">', 'BR'],
  ])('%s with %s → %s', (url, html, region) => {
    expect(regionHintFor(htmlDocument(`${html}<body></body></html>`), url)).toBe(region);
  });
});

describe('E.164 normalisation (libphonenumber-js, outside the content script)', () => {
  it.each([
    ['030 1234567', 'DE', '+49301234567'],
    ['+49 (0)30 1234567', undefined, '+49301234567'],
    ['0044 20 7946 0000', undefined, '+442079460000'],
    ['(415) 555-0132', 'US', '+14155550132'],
  ])('%s (%s) → %s', (raw, region, e164) => {
    expect(toE164(raw, region)).toBe(e164);
  });
});
