import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseFormat } from '../../../lib/csv/import-formats';
import { autoMapColumns } from '../../../lib/csv/map-columns';
import { parseCsvFile } from '../../../lib/csv/parse-csv';
import { type ImportPreview, planImportInMemory } from '../../../lib/csv/plan-import';
import type { Lead } from '../../../lib/model/lead';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

const DIR = resolve(import.meta.dirname, '../../fixtures/csv/formats');

function importFile(name: string): { format?: string; rows: number; counts: ImportPreview['counts']; leads: Lead[] } {
  const { parsed } = parseCsvFile(new Uint8Array(readFileSync(join(DIR, name))));
  let n = 0;
  const { preview, writes } = planImportInMemory(
    parsed,
    autoMapColumns(parsed.headers),
    { source: 'import', tags: [] },
    { now: Date.UTC(2026, 11, 6), newId: () => `lead-${++n}`, rules: DEFAULT_SETTINGS.scoring },
  );
  return { format: recogniseFormat(parsed.headers), rows: parsed.rows.length, counts: preview.counts, leads: writes };
}

const lead = (leads: Lead[], name: string) => {
  const found = leads.find((l) => l.fullName === name);
  if (!found) throw new Error(`${name} was not imported`);
  return found;
};

/** File → the tool it names, rows a spreadsheet shows, and each outcome's count (they add up to the rows). */
const EXPECTED: [string, string, number, Partial<ImportPreview['counts']>][] = [
  ['gmail-old.csv', 'Google Contacts (older export)', 4, { new: 3, error: 1 }],
  ['gmail-current.csv', 'Google Contacts', 3, { new: 3 }],
  ['outlook.csv', 'Outlook contacts', 3, { new: 3 }],
  ['thunderbird.csv', 'Thunderbird address book', 2, { new: 2 }],
  ['hubspot-contacts-with-associations.csv', 'HubSpot contacts', 5, { new: 3, 'duplicate-in-file': 1, error: 1 }],
  ['salesforce-lead-report.csv', 'Salesforce report', 9, { new: 4, blank: 5 }],
  ['salesforce-data-export-lead.csv', 'Salesforce Data Export', 3, { new: 3 }],
  ['apollo-people.csv', 'Apollo', 3, { new: 3 }],
  ['lusha-contacts.csv', 'Lusha', 2, { new: 2 }],
  ['zoominfo-contacts.csv', 'ZoomInfo', 2, { new: 2 }],
  ['lemlist-campaign-leads.csv', 'Lemlist', 3, { new: 2, error: 1 }],
  ['pipedrive-people.csv', 'Pipedrive people', 3, { new: 2, 'duplicate-in-file': 1 }],
  ['linkedin-connections-2018.csv', 'LinkedIn connections', 3, { new: 3 }],
];

describe('exports of the tools reps use, recognised and accounted for row by row', () => {
  it.each(EXPECTED)('%s: %s, %i rows', (file, format, rows, counts) => {
    const got = importFile(file);
    expect(got.format).toBe(format);
    expect(got.rows).toBe(rows);
    expect(got.counts).toEqual({
      new: 0,
      update: 0,
      unchanged: 0,
      'duplicate-in-file': 0,
      suppressed: 0,
      error: 0,
      blank: 0,
      ...counts,
    });
  });

  it("reads Gmail's E-mail/Phone/Organization/Website N - Value columns, old and new", () => {
    const old = lead(importFile('gmail-old.csv').leads, 'Ingrid Halvorsen');
    expect(old).toMatchObject({
      title: 'Head of Procurement',
      company: 'Fjordsoft AS',
      emails: ['ingrid@fjordsoft.example', 'ingrid.h@mail.example'],
      phones: ['+47 412 34 567'],
      urls: ['https://fjordsoft.example'],
      location: 'Oslo',
    });
    const current = importFile('gmail-current.csv').leads;
    expect(lead(current, 'Amara Okonkwo')).toMatchObject({
      title: 'Chief Operating Officer',
      company: 'Lagos Fintech Ltd',
      emails: ['amara@lagosfintech.example'],
      phones: ['+234 803 123 4567'],
      urls: ['https://lagosfintech.example'],
      location: 'Lagos, Lagos 101001, Nigeria',
      tags: [],
    });
  });

  it('takes Outlook\'s "Job Title", not its "Title" (Dr.), and leaves the assistant\'s and switchboard phones out', () => {
    const miriam = lead(importFile('outlook.csv').leads, 'Miriam Goldberg');
    expect(miriam.title).toBe('VP Research');
    expect(miriam.emails).toEqual(['miriam.goldberg@helixbio.example', 'm.goldberg@mail.example']);
    expect(miriam.phones).toEqual(['+1 617 555 0142', '+1 617 555 0199']);
    expect(miriam.location).toBe('Cambridge, MA 02139, United States');
    expect(miriam.companyDomain).toBe('helixbio.example');
  });

  it("reads Thunderbird's Primary Email, Work Phone, Web Page and Organization", () => {
    const leads = importFile('thunderbird.csv').leads;
    expect(lead(leads, 'Katarzyna Nowak')).toMatchObject({
      title: 'Data Protection Officer',
      company: 'Wisła Data sp. z o.o.',
      emails: ['k.nowak@wisla-data.example'],
      phones: ['+48 22 555 01 23', '+48 601 234 567'],
    });
    // No first or last name: the Display Name is the name.
    expect(lead(leads, 'Ahmed Hassan').company).toBe('Nilewave');
  });

  it("fills HubSpot's company from Associated Company when Company Name is empty, and reads repeated columns", () => {
    const leads = importFile('hubspot-contacts-with-associations.csv').leads;
    expect(lead(leads, 'Marco Rossi')).toMatchObject({
      company: 'Vinoteca Rossi',
      emails: ['marco@vinoteca-rossi.example', 'm.rossi@mail.example'],
      phones: ['+39 02 555 0200', '+39 333 555 0202'],
    });
    expect(lead(leads, 'Hannah Schmidt').phones).toEqual(['+49 221 555 0101']);
  });

  it("does not take Salesforce's record Id or Pipedrive's Person ID for a LeadClip ID", () => {
    expect(importFile('salesforce-data-export-lead.csv').leads.map((l) => l.id)).toEqual([
      'lead-1',
      'lead-2',
      'lead-3',
    ]);
    expect(importFile('pipedrive-people.csv').leads.map((l) => l.id)).toEqual(['lead-1', 'lead-2']);
  });

  it("undoes Apollo's apostrophes before phone numbers", () => {
    const priyanka = lead(importFile('apollo-people.csv').leads, 'Priyanka Sharma');
    expect(priyanka.phones).toContain('+91 98113 42484');
    expect(priyanka.phones.some((p) => p.startsWith("'"))).toBe(false);
    expect(priyanka.urls).toContain('http://www.linkedin.com/in/priyanka-sharma-indus');
  });

  it('keeps a line break inside a quoted Salesforce report cell in one row, and reads its labels', () => {
    const leads = importFile('salesforce-lead-report.csv').leads;
    expect(lead(leads, 'Chloé Fontaine')).toMatchObject({
      company: 'Bordeaux Vins SA',
      title: 'Directrice Commerciale',
    });
    expect(lead(leads, 'Kenji Watanabe')).toMatchObject({ company: 'Sakura Robotics KK', status: 'qualified' });
  });

  it('reads the last row of a file that does not end in a newline', () => {
    expect(importFile('linkedin-connections-2018.csv').leads.map((l) => l.fullName)).toContain('Mei Lin');
  });
});
