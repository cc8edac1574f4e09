import Papa from 'papaparse';
import { knownHeaderCount } from './map-columns';

export interface ParsedCsv {
  headers: string[];
  /**
   * The records after the header, empty ones left out. `line` is the row
   * number a spreadsheet shows for the record (the file's first record is
   * row 1), which is how a rep finds it. `error` is set when the record's
   * quoting is broken; such a row is rejected on import.
   */
  rows: { line: number; cells: string[]; error?: string }[];
}

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;
/** Enough of the file to see its preamble, header and first records. */
const SAMPLE_CHARS = 64 * 1024;
const HEADER_SEARCH_ROWS = 40;

/** Blank: empty or only whitespace (a cell starting with a visible ASCII character is not, and is not trimmed to know). */
const blank = (c: string) => {
  if (c.length === 0) return true;
  const c0 = c.charCodeAt(0);
  return (c0 <= 0x20 || c0 >= 0x80) && c.trim() === '';
};
const nonEmptyCells = (cells: readonly string[]) => cells.reduce((n, c) => (blank(c) ? n : n + 1), 0);
/** Whether a record has anything in it; stops at the first filled cell (every record of a 100,000-row file is asked). */
function hasContent(cells: readonly string[]): boolean {
  for (const c of cells) if (!blank(c)) return true;
  return false;
}

/**
 * The header row: the first row with two or more cells of which one is a
 * header we know; failing that the first row with two or more cells (a
 * preamble such as LinkedIn's "Notes:" lines has one); failing that, for a
 * one-column file, the first row with anything in it. -1 when all are empty.
 */
function findHeaderRow(rows: readonly string[][]): number {
  let firstWide = -1;
  let firstFilled = -1;
  const end = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < end; i++) {
    const cells = rows[i] ?? [];
    const filled = nonEmptyCells(cells);
    if (filled === 0) continue;
    if (firstFilled < 0) firstFilled = i;
    if (filled < 2) continue;
    if (knownHeaderCount(cells) > 0) return i;
    if (firstWide < 0) firstWide = i;
  }
  return firstWide >= 0 ? firstWide : firstFilled;
}

/**
 * Comma, semicolon (Excel where the decimal mark is a comma) or tab: the one
 * whose header row has the most columns, then the one whose records agree
 * with the header; a tie goes to the comma.
 */
function detectDelimiter(text: string): string {
  const cut = text.length > SAMPLE_CHARS;
  const sample = cut ? text.slice(0, SAMPLE_CHARS) : text;
  let best: string = ',';
  let bestScore = -1;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: HEADER_SEARCH_ROWS + 1 }).data;
    // The sample may end inside a record.
    if (cut && rows.length > HEADER_SEARCH_ROWS) rows.pop();
    const h = findHeaderRow(rows);
    if (h < 0) continue;
    const header = rows[h] ?? [];
    const after = rows.slice(h + 1).filter((r) => nonEmptyCells(r) > 0);
    const agreeing = after.filter((r) => r.length === header.length).length;
    const score =
      nonEmptyCells(header) * 1000 + (after.length === 0 ? 999 : Math.round((999 * agreeing) / after.length));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function quoteProblem(code: Papa.ParseError['code']): string | undefined {
  switch (code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed (a " is missing), so the rest of the file may have run into this row';
    case 'InvalidQuotes':
      return 'a quote inside a quoted cell is not doubled ("")';
    default:
      return undefined;
  }
}

/**
 * An .xlsx is a zip archive; UTF-16 text (Excel's "Unicode Text") or an .xls
 * read as UTF-8 is full of NULs. A NUL here and there is just a character.
 */
function looksBinary(text: string): boolean {
  if (text.startsWith('PK\u0003\u0004')) return true;
  const head = text.slice(0, 512);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  return nuls > head.length / 4;
}

/**
 * Any CSV a rep is likely to bring: UTF-8 with or without a BOM, CRLF or LF,
 * quoted cells with separators, quotes and line breaks inside, comma,
 * semicolon or tab separated, a preamble before the header. Parsing is
 * papaparse's; finding the separator and the header row is ours.
 */
export function parseCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new Error('The file is empty.');
  if (looksBinary(body)) {
    throw new Error(
      'This is not a CSV file in UTF-8 (it looks like a spreadsheet, a UTF-16 text file or another binary file). Save it as "CSV UTF-8" and try again.',
    );
  }
  const delimiter = detectDelimiter(body);
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const records = result.data;
  const h = findHeaderRow(records);
  if (h < 0) throw new Error('The file has no header row: no row names its columns.');
  const problems = new Map<number, string>();
  for (const e of result.errors) {
    const why = quoteProblem(e.code);
    if (why !== undefined && e.row !== undefined && !problems.has(e.row)) problems.set(e.row, why);
  }
  const headers = (records[h] ?? []).map((c) => c.trim());
  const rows: ParsedCsv['rows'] = [];
  for (let i = h + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (!hasContent(cells)) continue;
    const error = problems.get(i);
    rows.push(error === undefined ? { line: i + 1, cells } : { line: i + 1, cells, error });
  }
  return { headers, rows };
}
