import Papa from 'papaparse';
import { type CsvEncoding, decodeCsvBytes } from './file-encoding';
import { knownHeaderCount } from './map-columns';

export interface ParsedRow {
  line: number;
  cells: string[];
  error?: string;
  /** Set when the row is skipped as it stands: empty, or a note or total line after the data. Says why. */
  skip?: string;
}

export interface ParsedCsv {
  headers: string[];
  /**
   * Every record after the header up to the last one with anything in it,
   * so each row a spreadsheet shows gets an outcome. `line` is the row
   * number a spreadsheet shows for the record (the file's first record is
   * row 1), which is how a rep finds it. `error` is set when the record's
   * quoting is broken; such a row is rejected on import.
   */
  rows: ParsedRow[];
}

/** Past these a side panel would run out of memory or patience: refused before parsing. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000_000;

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
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A test, not trim(): trimming would copy a 100 MB text.
  if (!/\S/.test(body)) throw new Error('The file is empty.');
  // Excel's "sep=;" first line names the separator; Excel does not show it as a row, so neither do the row numbers.
  const sep = /^sep=(.)\r?\n/i.exec(body.slice(0, 8));
  if (sep) body = body.slice(sep[0].length);
  if (looksBinary(body)) {
    throw new Error(
      'This is not a CSV file (it looks like a spreadsheet or another binary file, or the wrong encoding was chosen). Save it as "CSV UTF-8" and try again.',
    );
  }
  const delimiter = sep?.[1] ?? detectDelimiter(body);
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
  let end = records.length;
  while (end > h + 1 && !hasContent(records[end - 1] ?? [])) end--;
  const notesFrom = trailingNotesStart(records, h + 1, end, headers.length);
  const rows: ParsedRow[] = [];
  for (let i = h + 1; i < end; i++) {
    const cells = records[i] ?? [];
    const line = i + 1;
    if (!hasContent(cells)) {
      rows.push({ line, cells, skip: 'blank row' });
      continue;
    }
    if (i >= notesFrom) {
      const text =
        cells
          .find((c) => !blank(c))
          ?.trim()
          .slice(0, 80) ?? '';
      rows.push({ line, cells, skip: `a note after the data ("${text}"), not a person` });
      continue;
    }
    const error = problems.get(i);
    rows.push(error === undefined ? { line, cells } : { line, cells, error });
  }
  return { headers, rows };
}

const NOTE_WORDS = /total|records?\b|confidential|copyright|generated|exported|report|count|rows?\b/i;

/**
 * A record after the data that is a note, not a person: its only filled
 * cell is the first, with no email in it, and either the record stops short
 * of the header (a report's footer: "Grand Totals (120 records)",
 * "Confidential Information - Do Not Distribute") or it reads like a total.
 */
function isNote(cells: readonly string[], width: number): boolean {
  if (nonEmptyCells(cells) !== 1 || blank(cells[0] ?? '')) return false;
  const text = cells[0] ?? '';
  if (text.includes('@')) return false;
  return cells.length * 2 <= width || NOTE_WORDS.test(text);
}

/** Where the notes after the data begin (blank records among them included), in a file of three or more columns; `end` when none. */
function trailingNotesStart(records: readonly string[][], from: number, end: number, width: number): number {
  if (width < 3) return end;
  let i = end;
  while (i > from) {
    const cells = records[i - 1] ?? [];
    if (hasContent(cells) && !isNote(cells, width)) break;
    i--;
  }
  return i;
}

/** Newlines in the bytes: an upper bound on a file's records, known without parsing. */
function lineCount(bytes: Uint8Array): number {
  let n = 0;
  let at = bytes.indexOf(0x0a);
  while (at >= 0) {
    n++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return n;
}

export interface ParsedCsvFile {
  parsed: ParsedCsv;
  encoding: CsvEncoding;
}

/**
 * A file's bytes as a CSV: refused past 100 MB or 1,000,000 lines before
 * anything is decoded, then decoded in the encoding detected (or the one
 * the rep chose) and parsed.
 */
export function parseCsvFile(bytes: Uint8Array, chosen?: CsvEncoding): ParsedCsvFile {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(0);
    throw new Error(`The file is ${mb} MB; LeadClip imports files of up to 100 MB. Split it and import the parts.`);
  }
  // UTF-16 has two bytes per newline, one of them 0x0a: counting 0x0a still bounds the records.
  const lines = lineCount(bytes);
  if (lines > MAX_IMPORT_ROWS + 1) {
    throw new Error(
      `The file has ${lines.toLocaleString('en')} lines; LeadClip imports up to ${MAX_IMPORT_ROWS.toLocaleString('en')} rows at a time. Split it and import the parts.`,
    );
  }
  const { text, encoding } = decodeCsvBytes(bytes, chosen);
  return { parsed: parseCsv(text), encoding };
}
