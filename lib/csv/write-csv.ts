/**
 * RFC 4180 CSV out: CRLF after every record, a cell quoted only when it holds
 * the separator, a double quote, CR or LF, and a double quote inside a quoted
 * cell doubled. Written for speed: a first-character check and one scan
 * per cell, rows and files joined from arrays.
 */

export type CsvDelimiter = ',' | ';';

export const CSV_EOL = '\r\n';

/** UTF-8 byte order mark: Excel on Windows reads a file as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = {
  ',': /[",\r\n]/,
  ';': /[";\r\n]/,
};

/**
 * A cell a spreadsheet would run as a formula starts with one of these
 * (OWASP, "CSV injection"): = + - @ TAB CR.
 */
function startsLikeFormula(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}

/**
 * A number or phone number written with a sign ("+49 30 1234567", "-5",
 * "+1 (555) 010-0000"). It holds no letter, no function and no `|` (DDE), so
 * it cannot run anything; prefixing it would put a stray quote into every
 * international phone number HubSpot or Salesforce imports. Such cells are
 * the one exception to neutralisation.
 */
const SIGNED_NUMBER = /^[+-][0-9 ()./-]*[0-9][0-9 ()./-]*$/;

function mustNeutralise(s: string): boolean {
  return startsLikeFormula(s) && !SIGNED_NUMBER.test(s);
}

/**
 * Whether export prefixes `'` to this value: it would run as a formula, or it
 * already starts with quotes in front of such a value. The second case keeps
 * the prefix reversible: "'=x" is written "''=x", so import, which strips one
 * quote, gives "'=x" back rather than "=x".
 */
function getsPrefix(s: string): boolean {
  let i = 0;
  while (s.charCodeAt(i) === 0x27) i++;
  return i < s.length && mustNeutralise(i === 0 ? s : s.slice(i));
}

/** The value as a spreadsheet may open it safely: `'` in front of anything that would run as a formula. */
export function neutraliseFormula(value: string): string {
  return getsPrefix(value) ? `'${value}` : value;
}

/**
 * The inverse of `neutraliseFormula`, applied to every imported cell: strips
 * exactly one leading `'` when what follows is something export would have
 * prefixed (a formula-like value, possibly behind more quotes). For any
 * value v, restoreFormula(neutraliseFormula(v)) === v, so a LeadClip export
 * imports back losslessly; a cell another tool neutralised the same way
 * (OWASP's advice) comes back as the value it was.
 */
export function restoreFormula(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && getsPrefix(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Below this length a plain loop over the characters beats a regex call. */
const SHORT = 64;
const QUOTES = /"/g;

function quoted(v: string): string {
  return `"${v.replace(QUOTES, '""')}"`;
}

/** Quoted when it holds the separator, a double quote, CR or LF. */
function quotedIfNeeded(v: string, delimiter: CsvDelimiter): string {
  const n = v.length;
  if (n >= SHORT) return NEEDS_QUOTES[delimiter].test(v) ? quoted(v) : v;
  const d = delimiter === ',' ? 0x2c : 0x3b;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    // Every character that forces quotes is at most ';' (0x3b): letters and most text skip the comparisons.
    if (c <= 0x3b && (c === 0x22 || c === d || c === 0x0a || c === 0x0d)) return quoted(v);
  }
  return v;
}

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string, delimiter: CsvDelimiter): string {
  if (value.length === 0) return value;
  const c0 = value.charCodeAt(0);
  if (c0 === 0x27 || startsLikeFormula(value)) return quotedIfNeeded(neutraliseFormula(value), delimiter);
  return quotedIfNeeded(value, delimiter);
}

/** A JSON string already CSV-escaped: its quotes doubled. Strings with nothing JSON escapes skip JSON.stringify. */
function jsonString(v: string): string {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) {
      return JSON.stringify(v).replace(QUOTES, '""');
    }
  }
  return `""${v}""`;
}

/** JSON text with every quote doubled, built in one pass; the same text as JSON.stringify for plain data. */
function jsonBody(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return jsonString(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) {
          if (i > 0) out += ',';
          const item: unknown = v[i];
          out += item === undefined || typeof item === 'function' ? 'null' : jsonBody(item);
        }
        return `${out}]`;
      }
      let out = '{';
      let first = true;
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        if (item === undefined || typeof item === 'function') continue;
        out += `${first ? '' : ','}${jsonString(key)}:${jsonBody(item)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      return 'null';
  }
}

/**
 * A JSON value as a CSV cell: exactly csvCell(JSON.stringify(value)) for the
 * plain data records hold, but written in one pass with the quotes doubled
 * on the way, about twice as fast as stringifying and then escaping (the
 * LeadClip export writes score, BANT and provenance as JSON for every lead).
 */
export function jsonCell(value: unknown, delimiter: CsvDelimiter): string {
  const body = jsonBody(value);
  // JSON with a quote in it is quoted whatever else it holds; without one it is ordinary text (a number, [], true).
  return body.includes('"') ? `"${body}"` : csvCell(body, delimiter);
}

/**
 * One record without its line end. Records and files are joined from arrays
 * rather than grown with `+=`: 100,000 rows of `+=` leave millions of rope
 * nodes for the garbage collector, which made that version three times slower.
 */
export function csvRecord(cells: readonly string[], delimiter: CsvDelimiter): string {
  const out = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = csvCell(cells[i] ?? '', delimiter);
  return out.join(delimiter);
}

/** A whole file: the header, then each record, every one ended by CRLF. */
export function writeCsv(header: readonly string[], records: readonly (readonly string[])[], delimiter: CsvDelimiter) {
  const lines = new Array<string>(records.length + 1);
  lines[0] = csvRecord(header, delimiter);
  for (let i = 0; i < records.length; i++) lines[i + 1] = csvRecord(records[i] ?? [], delimiter);
  return lines.join(CSV_EOL) + CSV_EOL;
}
