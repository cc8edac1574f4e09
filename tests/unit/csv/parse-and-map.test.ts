import { describe, expect, it } from 'vitest';
import { autoMapColumns, IMPORT_FIELD_LABEL, type ImportField, MULTI_VALUE_FIELDS } from '../../../lib/csv/map-columns';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { presetHeaders } from '../../../lib/csv/presets';

/** LeadClip's own export of LinkedIn connections: a few "Notes:" lines come before the header. */
const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@analytical-engines.example,Analytical Engines,"Head of Research, Europe",01 Mar 2024',
  'Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,COBOL Systems,CTO,02 Mar 2024',
  '',
].join('\r\n');

const mapped = (headers: string[]) => {
  const m = autoMapColumns(headers);
  return Object.fromEntries(headers.map((h, i) => [h, m[i]]));
};

describe('parseCsv', () => {
  it("finds the header of LinkedIn's Connections.csv under its Notes lines", () => {
    const parsed = parseCsv(CONNECTIONS);
    expect(parsed.headers).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(parsed.rows.map((r) => r.line)).toEqual([5, 6]);
    expect(parsed.rows[0]?.cells[5]).toBe('Head of Research, Europe');
  });

  it('handles a BOM, CRLF, quotes, line breaks inside cells, and keeps empty lines as skipped rows', () => {
    const text =
      '\uFEFFName,Notes\r\n"Ada ""the Countess"" Lovelace","line one\r\nline two, still"\r\n\r\n,\r\nGrace,plain\r\n';
    const parsed = parseCsv(text);
    expect(parsed.headers).toEqual(['Name', 'Notes']);
    expect(parsed.rows).toEqual([
      { line: 2, cells: ['Ada "the Countess" Lovelace', 'line one\r\nline two, still'] },
      { line: 3, cells: [''], skip: 'blank row' },
      { line: 4, cells: ['', ''], skip: 'blank row' },
      { line: 5, cells: ['Grace', 'plain'] },
    ]);
  });

  it('detects semicolon-separated files (Excel in much of Europe), even with commas in cells', () => {
    const parsed = parseCsv('Vorname;Nachname;Firma;Notizen\nJonas;Okafor;Northwind GmbH;groß, wichtig\n');
    expect(parsed.headers).toEqual(['Vorname', 'Nachname', 'Firma', 'Notizen']);
    expect(parsed.rows[0]?.cells).toEqual(['Jonas', 'Okafor', 'Northwind GmbH', 'groß, wichtig']);
  });

  it('reads tab-separated text and one-column files', () => {
    expect(parseCsv('Email\tName\na@b.example\tA\n').headers).toEqual(['Email', 'Name']);
    expect(parseCsv('Email\na@b.example\nc@d.example\n').rows).toHaveLength(2);
  });

  it('marks a row whose quote never closes', () => {
    const parsed = parseCsv('Name,Email\nAda,ada@x.example\n"Grace,grace@x.example\n');
    expect(parsed.rows[0]?.error).toBeUndefined();
    expect(parsed.rows[1]?.error).toMatch(/never closed/);
  });

  it('says plainly when there is nothing to import', () => {
    expect(() => parseCsv('')).toThrow('The file is empty.');
    expect(() => parseCsv('\uFEFF \r\n\r\n')).toThrow('The file is empty.');
    expect(() => parseCsv('PK\u0003\u0004\u0014\u0000binary')).toThrow(/not a CSV file/);
  });
});

describe('autoMapColumns', () => {
  it('maps every column of our own presets back onto lead fields', () => {
    expect(autoMapColumns(presetHeaders('leadclip', 'leads'))).toEqual([
      'id',
      'fullName',
      'firstName',
      'lastName',
      'title',
      'company',
      'companyDomain',
      'location',
      'email',
      // "Email (guessed)": an accepted guess is never imported as a known address.
      null,
      'phone',
      'phoneLabels',
      'url',
      'status',
      'disqualifyReason',
      'source',
      'tags',
      null,
      'bant',
      'provenance',
      'editedFields',
      'notes',
      'lawfulBasis',
      'doNotContact',
      'convertedTo',
      'createdAt',
      'updatedAt',
    ]);
    expect(mapped(presetHeaders('hubspot', 'leads'))).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'mobile',
      'Job Title': 'title',
      'Company Name': 'company',
      'Website URL': 'website',
      City: 'city',
      'State/Region': 'state',
      'Country/Region': 'country',
      'Postal Code': 'postalCode',
      'Lifecycle Stage': 'lifecycleStage',
      'Lead Status': 'status',
    });
    expect(mapped(presetHeaders('salesforce', 'leads'))).toMatchObject({
      'Lead Source': 'source',
      'Lead Status': 'status',
      Rating: 'rating',
      'State/Province': 'state',
      'Zip/Postal Code': 'postalCode',
      Description: 'notes',
      Industry: null,
      'Email Opt Out': null,
    });
  });

  it('knows Salesforce API names and HubSpot internal names', () => {
    expect(
      autoMapColumns([
        'FirstName',
        'LastName',
        'MobilePhone',
        'LeadSource',
        'Status',
        'PostalCode',
        'HasOptedOutOfEmail',
      ]),
    ).toEqual(['firstName', 'lastName', 'mobile', 'source', 'status', 'postalCode', null]);
    expect(autoMapColumns(['firstname', 'jobtitle', 'hs_lead_status', 'lifecyclestage', 'zip'])).toEqual([
      'firstName',
      'title',
      'status',
      'lifecycleStage',
      'postalCode',
    ]);
  });

  it("maps LinkedIn's Connections.csv", () => {
    expect(mapped(parseCsv(CONNECTIONS).headers)).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      URL: 'linkedin',
      'Email Address': 'email',
      Company: 'company',
      Position: 'title',
      'Connected On': null,
    });
  });

  it('maps sales-tool exports and leaves their status columns alone', () => {
    const apollo = mapped([
      'First Name',
      'Last Name',
      'Title',
      'Company',
      'Company Name for Emails',
      'Email',
      'Email Status',
      'Work Direct Phone',
      'Mobile Phone',
      'Corporate Phone',
      'Company Phone',
      'Person Linkedin Url',
      'Company Linkedin Url',
      'Website',
      'City',
      'Company City',
      'Stage',
    ]);
    expect(apollo).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Title: 'title',
      Company: 'company',
      'Company Name for Emails': null,
      Email: 'email',
      'Email Status': null,
      'Work Direct Phone': 'phone',
      'Mobile Phone': 'mobile',
      'Corporate Phone': 'phone',
      'Company Phone': null,
      'Person Linkedin Url': 'linkedin',
      'Company Linkedin Url': null,
      Website: 'website',
      City: 'city',
      'Company City': null,
      Stage: null,
    });
    expect(
      autoMapColumns([
        'Job Title',
        'Direct Phone Number',
        'Email Address',
        'LinkedIn Contact Profile URL',
        'Person City',
      ]),
    ).toEqual(['title', 'phone', 'email', 'linkedin', 'city']);
    expect(
      autoMapColumns(['Email address', 'Organization', 'Position', 'Phone number', 'LinkedIn URL', 'Domain name']),
    ).toEqual(['email', 'company', 'title', 'phone', 'linkedin', 'website']);
  });

  it('is tolerant of case, spacing, punctuation and numbering', () => {
    expect(
      autoMapColumns([' e-mail ', 'FIRST_NAME', 'last-name', 'Email 2', 'Phone (work)', 'Work Email Address']),
    ).toEqual(['email', 'firstName', 'lastName', 'email', 'phone', 'email']);
    expect(autoMapColumns(['Prénom', 'NOM', 'Société', 'Téléphone'])).toEqual([
      'firstName',
      'lastName',
      'company',
      'phone',
    ]);
  });

  it('never maps two columns to a field a lead holds one of; the better-known header wins', () => {
    const m = autoMapColumns(['Headline', 'Title', 'Name', 'Full Name', 'Company', 'Organization', 'Email', 'Email 2']);
    expect(m).toEqual([null, 'title', 'fullName', null, 'company', null, 'email', 'email']);
    const single = m.filter((f): f is ImportField => f !== null && !MULTI_VALUE_FIELDS.has(f));
    expect(new Set(single).size).toBe(single.length);
    expect(Object.keys(IMPORT_FIELD_LABEL)).toContain('linkedin');
  });
});
