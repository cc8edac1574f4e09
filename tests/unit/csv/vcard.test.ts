import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toVCards } from '../../../lib/csv/vcard';
import { ContactSchema } from '../../../lib/model/contact';
import { LeadSchema } from '../../../lib/model/lead';
import { trickyText } from './arbitraries';

const T = Date.UTC(2026, 10, 23);
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('vCard 4.0', () => {
  it('writes one card per person with the RFC 6350 properties, CRLF line ends', () => {
    const lead = LeadSchema.parse({
      id: 'l1',
      fullName: 'Priya Raman',
      title: 'Head of Data',
      company: 'Northwind, Analytics; Ltd',
      location: 'Berlin, 10115, Germany',
      emails: ['priya@northwind-analytics.example'],
      phones: ['+49 30 1234567', '030 1234567'],
      urls: ['https://www.linkedin.com/in/priya/'],
      tags: ['conf-2026', 'vip'],
      notes: 'Met at the booth.\nWants a demo; call back\\later',
      createdAt: T,
      updatedAt: T,
    });
    const text = toVCards([lead]);
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Priya Raman',
      'N:Raman;Priya;;;',
      'ORG:Northwind\\, Analytics\\; Ltd',
      'TITLE:Head of Data',
      'EMAIL:priya@northwind-analytics.example',
      'TEL;VALUE=uri:tel:+49301234567',
      'TEL:030 1234567',
      'URL:https://www.linkedin.com/in/priya/',
      'ADR:;;;Berlin;;10115;Germany',
      'NOTE:Met at the booth.\\nWants a demo\\; call back\\\\later',
      'CATEGORIES:conf-2026,vip',
      'END:VCARD',
      '',
    ]);
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
  });

  it("takes a contact's ORG from its account", () => {
    const contact = ContactSchema.parse({
      id: 'c1',
      accountId: 'a1',
      fullName: 'Ada Lovelace',
      createdAt: T,
      updatedAt: T,
    });
    const text = toVCards([contact, contact], (id) => (id === 'a1' ? 'Analytical Engines' : ''));
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(text).toContain('\r\nORG:Analytical Engines\r\n');
    expect(text).toContain('\r\nN:Lovelace;Ada;;;\r\n');
  });

  it('escapes backslash, comma, semicolon and every kind of line break', () => {
    expect(escapeText('a\\b,c;d\r\ne\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });

  it('folds lines at 75 octets of UTF-8 without splitting a character, and unfolds to the same text', () => {
    const long = `NOTE:${'é中😀a'.repeat(40)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, line] of lines.entries()) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      if (i > 0) expect(line.startsWith(' ')).toBe(true);
      expect(LONE_SURROGATE.test(line)).toBe(false);
    }
    expect(unfold(folded)).toBe(long);
    expect(foldLine('FN:short')).toBe('FN:short');
    fc.assert(
      fc.property(trickyText(200), (t) => {
        const line = `NOTE:${escapeText(t)}`;
        const out = foldLine(line);
        expect(unfold(out)).toBe(line);
        for (const l of out.split('\r\n')) {
          expect(octets(l)).toBeLessThanOrEqual(75);
          expect(LONE_SURROGATE.test(l)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every line of a card with long Unicode values stays within 75 octets', () => {
    const lead = LeadSchema.parse({
      id: 'l1',
      fullName: 'Zoë Ångström-Øvergaard 🚀 '.repeat(5).trim(),
      notes: 'Ünïcödé, with; separators\n'.repeat(10).trim(),
      createdAt: T,
      updatedAt: T,
    });
    const text = toVCards([lead]);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain(`FN:${lead.fullName}`);
  });
});
