import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { encodeTime } from '../../../lib/csv/cell-codec';
import { LEAD_COLUMNS } from '../../../lib/csv/presets';
import { csvCell, csvRecord, jsonCell, neutraliseFormula, restoreFormula, writeCsv } from '../../../lib/csv/write-csv';
import { storedLead, trickyText } from './arbitraries';

describe('RFC 4180 writer', () => {
  it('quotes only cells that need it, doubles quotes and ends every record with CRLF', () => {
    const text = writeCsv(
      ['a', 'b', 'c'],
      [
        ['plain', 'with, comma', 'say "hi"'],
        ['line\nbreak', 'cr\ronly', ''],
        ['semi;colon', ' spaced ', 'é中😀'],
      ],
      ',',
    );
    expect(text).toBe(
      'a,b,c\r\nplain,"with, comma","say ""hi"""\r\n"line\nbreak","cr\ronly",\r\nsemi;colon, spaced ,é中😀\r\n',
    );
  });

  it('with semicolons, quotes semicolons instead of commas', () => {
    expect(csvRecord(['a;b', 'c,d', 'e'], ';')).toBe('"a;b";c,d;e');
  });

  it('writes what papaparse reads back cell for cell (random Unicode, both separators)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(trickyText(20), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',' as const, ';' as const),
        (rows, d) => {
          const text = writeCsv(['x', 'y', 'z'], rows, d);
          expect(text.endsWith('\r\n')).toBe(true);
          const back = Papa.parse<string[]>(text, { delimiter: d, newline: '\r\n' }).data.slice(1, rows.length + 1);
          expect(back.map((r) => r.map(restoreFormula))).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+SUM(A1)', "'+SUM(A1)"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises %j', (value, cell) => {
    expect(csvCell(value, ',')).toBe(cell);
  });

  it('leaves signed numbers and phone numbers alone: they cannot run anything, and CRMs must get them unchanged', () => {
    for (const v of ['+49 30 1234567', '+1 (555) 010-0000', '-5', '-12.5', '+33 1 23 45 67 89']) {
      expect(csvCell(v, ',')).toBe(v);
    }
    expect(csvCell('+1 555 CALL', ',')).toBe("'+1 555 CALL");
  });

  it('is undone exactly on import, so a value that starts with quotes comes back as it was', () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(restoreFormula("''=x")).toBe("'=x");
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
    expect(restoreFormula("'quoted")).toBe("'quoted");
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', "'+1 5"), trickyText(10)),
        ([start, rest]) => {
          const v = start + rest;
          expect(restoreFormula(neutraliseFormula(v))).toBe(v);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('fast paths write exactly what the plain path writes', () => {
  it('jsonCell is csvCell of JSON.stringify, for any JSON value and both separators', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(',' as const, ';' as const), (value, d) => {
        expect(jsonCell(value, d)).toBe(csvCell(JSON.stringify(value), d));
      }),
      { numRuns: 500 },
    );
    expect(jsonCell({ note: 'say "hi"\n\u0000😀\ud800' }, ',')).toBe(
      csvCell(JSON.stringify({ note: 'say "hi"\n\u0000😀\ud800' }), ','),
    );
  });

  it("every LeadClip column's written cell is csvCell of its cell text", () => {
    const ctx = { account: () => undefined };
    fc.assert(
      fc.property(storedLead(Date.UTC(2026, 0, 1)), fc.constantFrom(',' as const, ';' as const), (lead, d) => {
        for (const column of LEAD_COLUMNS.leadclip) {
          if (column.written) expect(column.written(lead, ctx, d)).toBe(csvCell(column.cell(lead, ctx), d));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('encodeTime writes what toISOString writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
        expect(encodeTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 1000 },
    );
    expect(encodeTime(253_402_300_800_000)).toBe('253402300800000');
  });
});
