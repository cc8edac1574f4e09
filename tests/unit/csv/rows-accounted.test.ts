import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '../../../lib/csv/map-columns';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { type ImportPreview, planImportInMemory } from '../../../lib/csv/plan-import';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

function plan(text: string): ImportPreview & { lines: number[] } {
  const parsed = parseCsv(text);
  let n = 0;
  const { preview } = planImportInMemory(
    parsed,
    autoMapColumns(parsed.headers),
    { source: 'import', tags: [] },
    { now: Date.UTC(2026, 11, 1), newId: () => `id-${++n}`, rules: DEFAULT_SETTINGS.scoring },
  );
  return { ...preview, lines: preview.rows.map((r) => r.line) };
}

const total = (p: ImportPreview) => Object.values(p.counts).reduce((a, b) => a + b, 0);

describe('every data row of the file gets exactly one outcome', () => {
  it('counts a quoted cell with line breaks as one row, and reads a last row without a newline', () => {
    const p = plan(
      'Name,Email,Notes\r\nAda Lovelace,ada@x.example,"met at the fair,\r\nfollow up\nin May"\r\nGrace Hopper,grace@x.example,last',
    );
    expect(p.lines).toEqual([2, 3]);
    expect(p.counts.new).toBe(2);
    expect(total(p)).toBe(2);
  });

  it('gives blank rows in the middle an outcome of their own, and drops trailing empty lines', () => {
    const p = plan('Name,Email\nAda,ada@x.example\n\n,\nGrace,grace@x.example\n\n\n');
    expect(p.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'new'],
      [3, 'blank'],
      [4, 'blank'],
      [5, 'new'],
    ]);
    expect(p.rows[1]?.errors).toEqual(['Row 3: blank row, skipped']);
  });

  it('skips a report footer after the data with a reason, and still rejects a broken person row', () => {
    const p = plan(
      [
        'First Name,Last Name,Email,Company',
        'Ada,Lovelace,ada@x.example,Engines',
        ',,bob@,Nowhere',
        '',
        '"Grand Totals (2 records)"',
        '"Confidential Information - Do Not Distribute"',
        '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
      ].join('\r\n'),
    );
    expect(p.counts).toMatchObject({ new: 1, error: 1, blank: 4 });
    expect(total(p)).toBe(6);
    expect(p.rows.find((r) => r.line === 5)?.errors[0]).toMatch(
      /^Row 5: a note after the data \("Grand Totals \(2 records\)"\), not a person, skipped$/,
    );
  });

  it('does not take a last person with only an email for a note', () => {
    const p = plan('First Name,Last Name,Email,Company\nAda,Lovelace,ada@x.example,Engines\n,,grace@x.example,\n');
    expect(p.counts).toMatchObject({ new: 2, blank: 0 });
  });

  it('reads an Excel "sep=;" first line as the separator, numbering rows as Excel shows them', () => {
    const p = plan('sep=;\r\nName;Email;Company\r\nJonas Okafor;jonas@x.example;Northwind, GmbH\r\n');
    expect(p.rows.map((r) => [r.line, r.name, r.outcome])).toEqual([[2, 'Jonas Okafor', 'new']]);
  });

  it('fills a field a lead holds several of from every column of a repeated header', () => {
    const parsed = parseCsv('Name,Email,Email,Phone,Phone\nAda,ada@x.example,ada@home.example,+44 1,+44 2\n');
    const mapping = autoMapColumns(parsed.headers);
    expect(mapping).toEqual(['fullName', 'email', 'email', 'phone', 'phone']);
    const { writes } = planImportInMemory(
      parsed,
      mapping,
      { source: 'import', tags: [] },
      { now: 1, newId: () => 'id-1', rules: DEFAULT_SETTINGS.scoring },
    );
    expect(writes[0]?.emails).toEqual(['ada@x.example', 'ada@home.example']);
    expect(writes[0]?.phones).toEqual(['+44 1', '+44 2']);
  });
});

describe('cells other tools wrote defensively', () => {
  const one = (header: string, cell: string) => {
    const parsed = parseCsv(`Name,${header}\nAda Lovelace,${cell}\n`);
    return planImportInMemory(
      parsed,
      autoMapColumns(parsed.headers),
      { source: 'import', tags: [] },
      { now: 1, newId: () => 'id-1', rules: DEFAULT_SETTINGS.scoring },
    );
  };

  it('drops the apostrophe Apollo puts before a phone number, and keeps one that is part of the text', () => {
    expect(one('Mobile Phone', "'+91 98113 42484").writes[0]?.phones).toEqual(['+91 98113 42484']);
    expect(one('Work Direct Phone', "'(415) 555-0100").writes[0]?.phones).toEqual(['(415) 555-0100']);
    expect(one('Title', "'=HYPERLINK(1)").writes[0]?.title).toBe('=HYPERLINK(1)');
    expect(one('Title', "'Rock 'n' roll'").writes[0]?.title).toBe("'Rock 'n' roll'");
  });

  it.each([
    ['LinkedIn', 'javascript:alert(1)', 'javascript:'],
    ['Website', ' JavaScript:alert(document.cookie)', 'javascript:'],
    ['URL', 'JAVASCRIPT:void(0)', 'javascript:'],
    ['Person Linkedin Url', 'data:text/html,<script>alert(1)</script>', 'data:'],
    ['Website', 'vbscript:msgbox(1)', 'vbscript:'],
  ])('rejects a %s cell holding %j, saying why', (header, cell, scheme) => {
    const { preview, writes } = one(header, `"${cell}"`);
    expect(writes).toEqual([]);
    expect(preview.rows[0]?.outcome).toBe('error');
    expect(preview.rows[0]?.errors.join(' ')).toContain(`holds a ${scheme} link`);
  });
});
