import { describe, expect, it } from 'vitest';
import { csvText, EXPORT_CHUNK_ROWS, exportCsv, exportFileName } from '../../../lib/csv/export-csv';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { CSV_PRESETS, presetHeaders } from '../../../lib/csv/presets';
import { type Account, AccountSchema } from '../../../lib/model/account';
import { type Contact, ContactSchema } from '../../../lib/model/contact';
import { type Lead, type LeadInput, LeadSchema } from '../../../lib/model/lead';
import type { LeadStatus } from '../../../lib/model/lead-status';

const T = Date.UTC(2026, 10, 23, 9, 30);

function lead(over: Partial<LeadInput> = {}): Lead {
  return LeadSchema.parse({
    id: 'lead-1',
    fullName: 'Maria van der Berg',
    title: 'VP of Sales',
    company: 'Northwind Analytics',
    companyDomain: 'northwind-analytics.example',
    location: 'Berlin, Germany',
    emails: ['maria.vanderberg@northwind-analytics.example'],
    phones: ['+49 30 1234567', '+49 170 7654321'],
    urls: ['https://www.linkedin.com/in/maria-vdb/'],
    createdAt: T,
    updatedAt: T,
    ...over,
  });
}

const rows = (text: string) => parseCsv(text).rows.map((r) => r.cells);
const cellOf = (text: string, header: string, row = 0) => {
  const parsed = parseCsv(text);
  return parsed.rows[row]?.cells[parsed.headers.indexOf(header)];
};

describe('preset headers are exactly what the CRMs document (DESIGN §5)', () => {
  it('HubSpot contacts import', () => {
    const expected = [
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Mobile Phone Number',
      'Job Title',
      'Company Name',
      'Website URL',
      'City',
      'State/Region',
      'Country/Region',
      'Postal Code',
      'Lifecycle Stage',
      'Lead Status',
    ];
    expect(presetHeaders('hubspot', 'leads')).toEqual(expected);
    expect(presetHeaders('hubspot', 'contacts')).toEqual(expected);
  });

  it('Salesforce Data Import Wizard, Lead field labels: First/Last Name and never Full Name', () => {
    const headers = presetHeaders('salesforce', 'leads');
    expect(headers).toEqual([
      'First Name',
      'Last Name',
      'Company',
      'Title',
      'Email',
      'Phone',
      'Mobile Phone',
      'Website',
      'Lead Source',
      'Lead Status',
      'Rating',
      'Industry',
      'City',
      'State/Province',
      'Zip/Postal Code',
      'Country',
      'Description',
      'Email Opt Out',
    ]);
    expect(headers).not.toContain('Full Name');
    // Every one of them is a label §5 lists, in §5's order.
    const documented =
      'First Name, Last Name, Company, Title, Email, Phone, Mobile Phone, Fax, Website, Lead Source, Lead Status, Rating, Industry, Annual Revenue, No. of Employees, Street, City, State/Province, Zip/Postal Code, Country, Description, Email Opt Out, Record Owner'.split(
        ', ',
      );
    const positions = headers.map((h) => documented.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('LeadClip full has a column for every lead field except the derived identity keys', () => {
    const headers = presetHeaders('leadclip', 'leads');
    expect(headers).toEqual([
      'ID',
      'Full Name',
      'First Name',
      'Last Name',
      'Title',
      'Company',
      'Company Domain',
      'Location',
      'Emails',
      'Email (guessed)',
      'Phones',
      'Phone Labels',
      'URLs',
      'Status',
      'Disqualify Reason',
      'Source',
      'Tags',
      'Score',
      'BANT',
      'Provenance',
      'Edited Fields',
      'Notes',
      'Lawful Basis',
      'Do Not Contact',
      'Converted To',
      'Created At',
      'Updated At',
    ]);
    const derived = ['emailKeys', 'profileKeys', 'nameKey'];
    // Emails are split in two columns: the known ones, and accepted guesses (never exported as known).
    expect(Object.keys(LeadSchema.shape).length - derived.length + 1).toBe(headers.length);
  });

  it('lists which entities each preset exports', () => {
    expect(CSV_PRESETS.salesforce.entities).toEqual(['leads']);
    expect(CSV_PRESETS.hubspot.entities).toEqual(['leads', 'contacts']);
    expect(CSV_PRESETS.leadclip.label).toBe('LeadClip full (round-trips)');
    expect(() => presetHeaders('salesforce', 'accounts')).toThrow(/no accounts export/);
  });
});

describe('status mapping (DESIGN §5)', () => {
  const convertedWithDeal = { contactId: 'c1', accountId: 'a1', dealId: 'd1' };
  const cases: [LeadStatus, Partial<LeadInput>, { sf: string; rating: string; hsStatus: string; stage: string }][] = [
    ['new', {}, { sf: 'Open - Not Contacted', rating: '', hsStatus: 'NEW', stage: 'lead' }],
    ['working', {}, { sf: 'Working - Contacted', rating: '', hsStatus: 'IN_PROGRESS', stage: 'lead' }],
    [
      'qualified',
      {},
      { sf: 'Working - Contacted', rating: 'Hot', hsStatus: 'IN_PROGRESS', stage: 'salesqualifiedlead' },
    ],
    [
      'disqualified',
      { disqualifyReason: 'No budget' },
      { sf: 'Closed - Not Converted', rating: '', hsStatus: 'UNQUALIFIED', stage: 'lead' },
    ],
    [
      'converted',
      { convertedTo: { contactId: 'c1', accountId: 'a1' } },
      { sf: 'Closed - Converted', rating: '', hsStatus: '', stage: 'customer' },
    ],
    [
      'converted',
      { convertedTo: convertedWithDeal },
      { sf: 'Closed - Converted', rating: '', hsStatus: '', stage: 'opportunity' },
    ],
  ];
  it.each(cases)('%s %j', (status, over, want) => {
    const records = [lead({ status, ...over })];
    const sf = csvText({ entity: 'leads', records }, { preset: 'salesforce', delimiter: ',', bom: false });
    expect(cellOf(sf, 'Lead Status')).toBe(want.sf);
    expect(cellOf(sf, 'Rating')).toBe(want.rating);
    const hs = csvText({ entity: 'leads', records }, { preset: 'hubspot', delimiter: ',', bom: false });
    expect(cellOf(hs, 'Lead Status')).toBe(want.hsStatus);
    expect(cellOf(hs, 'Lifecycle Stage')).toBe(want.stage);
  });
});

describe('CRM presets fill what the CRMs need', () => {
  it('HubSpot: name parts from the full name, first email, phones, website, split location', () => {
    const text = csvText(
      { entity: 'leads', records: [lead({ location: 'Austin, TX 78701, USA' })] },
      { preset: 'hubspot', delimiter: ',', bom: false },
    );
    expect(text.split('\r\n')[1]).toBe(
      'Maria,van der Berg,maria.vanderberg@northwind-analytics.example,+49 30 1234567,+49 170 7654321,VP of Sales,Northwind Analytics,https://northwind-analytics.example,Austin,TX,USA,78701,lead,NEW',
    );
  });

  it('Salesforce: Last Name and Company are never blank', () => {
    const text = csvText(
      {
        entity: 'leads',
        records: [lead({ fullName: 'Cher', company: '' }), lead({ id: 'l2', fullName: '', emails: ['x@y.example'] })],
      },
      { preset: 'salesforce', delimiter: ',', bom: false },
    );
    const [cher, nameless] = rows(text);
    expect(cher?.slice(0, 3)).toEqual(['', 'Cher', '[not provided]']);
    expect(nameless?.slice(0, 3)).toEqual(['', '[not provided]', 'Northwind Analytics']);
    expect(cellOf(text, 'Email Opt Out')).toBe('');
    expect(cellOf(text, 'Lead Source')).toBe('Web');
  });

  it('contacts take their company and website from the account', () => {
    const account: Account = AccountSchema.parse({
      id: 'a1',
      name: 'Contoso',
      nameKey: 'contoso',
      domain: 'contoso.example',
      createdAt: T,
      updatedAt: T,
    });
    const contact: Contact = ContactSchema.parse({
      id: 'c1',
      accountId: 'a1',
      fullName: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      emails: ['ada@contoso.example'],
      createdAt: T,
      updatedAt: T,
    });
    const text = csvText(
      { entity: 'contacts', records: [contact], accounts: [account] },
      { preset: 'hubspot', delimiter: ',', bom: false },
    );
    expect(cellOf(text, 'Company Name')).toBe('Contoso');
    expect(cellOf(text, 'Website URL')).toBe('https://contoso.example');
    expect(cellOf(text, 'Lifecycle Stage')).toBe('customer');
    const plain = csvText({ entity: 'accounts', records: [account] }, { preset: 'plain', delimiter: ';', bom: false });
    expect(plain.split('\r\n')[0]).toBe('Name;Domain;Industry;Tags;Created');
  });
});

describe('exportCsv', () => {
  it('builds the file in chunks with progress, yields between them, and writes the same bytes as csvText', async () => {
    const records = Array.from({ length: EXPORT_CHUNK_ROWS * 2 + 5 }, (_, i) =>
      lead({ id: `l${i}`, notes: i % 7 === 0 ? '=cmd|"/c calc"!A0' : '' }),
    );
    const progress: [number, number][] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const blob = await exportCsv(
      { entity: 'leads', records },
      { preset: 'leadclip', delimiter: ';', bom: true },
      (done, total) => {
        progress.push([done, total]);
      },
    );
    clearInterval(timer);
    const total = records.length;
    expect(progress).toEqual([
      [0, total],
      [EXPORT_CHUNK_ROWS, total],
      [EXPORT_CHUNK_ROWS * 2, total],
      [total, total],
    ]);
    expect(ticks).toBeGreaterThan(0);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(csvText({ entity: 'leads', records }, { preset: 'leadclip', delimiter: ';', bom: true }));
    expect(text).toContain(`"'=cmd|""/c calc""!A0"`);
  });

  it('names files by entity and local date', () => {
    expect(exportFileName('leads', new Date(2026, 10, 23, 23, 59), 'csv')).toBe('leadclip-leads-2026-11-23.csv');
    expect(exportFileName('contacts', new Date(2026, 0, 5, 0, 1), 'vcf')).toBe('leadclip-contacts-2026-01-05.vcf');
  });
});
