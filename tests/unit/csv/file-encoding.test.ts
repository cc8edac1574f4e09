import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CsvEncoding, decodeCsvBytes, detectEncoding } from '../../../lib/csv/file-encoding';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseCsvFile } from '../../../lib/csv/parse-csv';

const DIR = resolve(import.meta.dirname, '../../fixtures/csv/encodings');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

/** The people of every encoding file, as a spreadsheet would show them. */
const PEOPLE = ['Hélène Dubois', 'José Pérez', 'Jürgen Müller', 'Søren Østergaard', 'Françoise Lefèvre'] as const;

const FILES: [string, CsvEncoding, string | undefined][] = [
  ['utf-8.csv', 'utf-8', undefined],
  ['utf-8-bom.csv', 'utf-8', 'Siobhán O’Brien'],
  ['utf-16le.csv', 'utf-16le', 'Siobhán O’Brien'],
  ['utf-16be-no-bom.csv', 'utf-16be', 'Siobhán O’Brien'],
  ['windows-1252.csv', 'windows-1252', 'Siobhán O’Brien'],
  ['iso-8859-1.csv', 'iso-8859-1', undefined],
  ['iso-8859-15.csv', 'iso-8859-15', 'Zoë Lœwenberg'],
  ['mac-roman.csv', 'macintosh', undefined],
];

describe('reading files in every encoding a rep brings', () => {
  it.each(FILES)('%s is read as %s with every accent right', (file, encoding, extra) => {
    const { parsed, encoding: found } = parseCsvFile(bytes(file));
    expect(found).toBe(encoding);
    const names = parsed.rows.map((r) => `${r.cells[0]} ${r.cells[1]}`);
    expect(names).toEqual(extra ? [...PEOPLE, extra] : [...PEOPLE]);
    expect(parsed.headers).toEqual(['First Name', 'Last Name', 'E-mail Address', 'Company', 'Job Title']);
    expect(parsed.rows.map((r) => r.cells[3])).toContain('Kühne Bau GmbH');
  });

  it('reads the euro, curly quote and dash that only Windows-1252 has, and Latin-9 letters', () => {
    const win = parseCsvFile(bytes('windows-1252.csv')).parsed.rows.at(-1)?.cells;
    expect(win?.[3]).toBe('Dublin Data – Analytics');
    expect(win?.[4]).toBe('Head of Sales (€ budget)');
    const latin9 = parseCsvFile(bytes('iso-8859-15.csv')).parsed.rows.at(-1)?.cells;
    expect(latin9?.[3]).toBe('Cœur Conseil');
    expect(latin9?.[4]).toContain('(€)');
  });

  it('lets the rep choose another encoding, which changes the characters', () => {
    const file = bytes('mac-roman.csv');
    expect(parseCsvFile(file, 'windows-1252').parsed.rows[0]?.cells[0]).not.toBe('Hélène');
    expect(parseCsvFile(file, 'macintosh').parsed.rows[0]?.cells[0]).toBe('Hélène');
  });

  it('tells short single-byte names apart: Mac Roman from Windows, Latin-1 from Latin-9', () => {
    // Bytes as the tools write them: "Pérez" in Mac Roman is P 0x8E r e z; in Latin-1 "Müller" is M 0xFC l l e r.
    const mac = Uint8Array.from([0x50, 0x8e, 0x72, 0x65, 0x7a, 0x2c, 0x50, 0x65, 0x96, 0x61]);
    expect(detectEncoding(mac).encoding).toBe('macintosh');
    expect(decodeCsvBytes(mac).text).toBe('Pérez,Peña');
    const latin1 = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    expect(detectEncoding(latin1).encoding).toBe('iso-8859-1');
    expect(decodeCsvBytes(latin1).text).toBe('Müller');
    const euro = Uint8Array.from([0x31, 0x30, 0x20, 0xa4, 0x2c, 0x63, 0xbd, 0x75, 0x72]);
    expect(detectEncoding(euro).encoding).toBe('iso-8859-15');
    expect(decodeCsvBytes(euro).text).toBe('10 €,cœur');
  });

  it('keeps plain ASCII and valid UTF-8 as UTF-8', () => {
    expect(detectEncoding(new TextEncoder().encode('Name\nAda\n'))).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(new TextEncoder().encode('Name\nŁukasz Żółć\n')).encoding).toBe('utf-8');
  });

  it('refuses a file over 100 MB before reading it', () => {
    expect(() => parseCsvFile(new Uint8Array(MAX_IMPORT_BYTES + 1))).toThrow(/up to 100 MB/);
  });

  it('refuses a file of more than a million lines before decoding it', () => {
    const lines = new Uint8Array(MAX_IMPORT_ROWS + 3).fill(0x0a);
    lines[0] = 0x41;
    expect(() => parseCsvFile(lines)).toThrow(/1,000,002 lines; LeadClip imports up to 1,000,000 rows/);
  });
});
