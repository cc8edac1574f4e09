/**
 * How list and time values sit in one CSV cell, both ways. Lists read as a
 * person would type them ("a@x.com; b@y.com"); when that spelling would lose
 * something (an item holding the separator, an empty item, spaces around
 * one) the cell holds a JSON array instead. Import tells the two apart by the
 * leading `[`, which the joined spelling never starts with.
 */

export type ListKind = 'email' | 'phone' | 'url' | 'tag' | 'word';

/** What separates items when a cell is read. Emails and tags cannot contain commas, so commas separate them too. */
const SEPARATORS: Record<ListKind, RegExp> = {
  email: /[;,\s]+/,
  tag: /[;,]/,
  phone: /;/,
  url: /[;\s]+/,
  word: /[;,\s]+/,
};

/** Kinds whose items a comma separates too when read (a semicolon always does). */
const COMMA_SEPARATES: Record<ListKind, boolean> = { email: true, tag: true, phone: false, url: false, word: true };

/**
 * Whether an item survives the joined spelling: not empty, no spaces around
 * it, no separator in it. Items of printable ASCII (nearly all emails,
 * phones, links and tags) are checked by a loop; the rest by the same regex
 * and trim the reader uses.
 */
function joinable(v: string, kind: ListKind): boolean {
  const n = v.length;
  if (n === 0) return false;
  const comma = COMMA_SEPARATES[kind];
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return v.trim() === v && !SEPARATORS[kind].test(v);
    if (c === 0x3b || (comma && c === 0x2c)) return false;
  }
  return true;
}

export function encodeList(values: readonly string[], kind: ListKind): string {
  if (values.length === 0) return '';
  if (values.length === 1) {
    const v = values[0] ?? '';
    return joinable(v, kind) && v.charCodeAt(0) !== 0x5b ? v : JSON.stringify(values);
  }
  for (const v of values) if (!joinable(v, kind)) return JSON.stringify(values);
  if ((values[0] ?? '').charCodeAt(0) === 0x5b) return JSON.stringify(values);
  return values.join('; ');
}

function stringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** A cell's items; a cell that only looks like JSON (a tag "[vip]") is read as typed. */
export function decodeList(cell: string, kind: ListKind): string[] {
  const t = cell.trim();
  if (t === '') return [];
  if (t.charCodeAt(0) === 0x5b) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (stringArray(parsed)) return parsed;
    } catch {
      // Not JSON after all: read it as a typed list below.
    }
  }
  const out: string[] = [];
  for (const part of t.split(SEPARATORS[kind])) {
    const p = part.trim();
    if (p) out.push(p);
  }
  return out;
}

/** The last instant `toISOString` writes with a four-digit year. */
const LAST_ISO_MS = 253_402_300_799_999;

const DAY_MS = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** The last day written, as "YYYY-MM-DDT": exports go through leads in time order, so most rows share it. */
let lastDay = Number.NaN;
let lastDayText = '';

/**
 * A timestamp as ISO 8601 in UTC (millisecond precision, so lossless), the
 * same text as `toISOString`; digits outside the years 0–9999. The date part
 * is remembered and the time of day worked out with integers: `new Date`
 * and `toISOString` for two times per lead were a fifth of an export.
 */
export function encodeTime(ms: number): string {
  if (!(ms >= 0 && ms <= LAST_ISO_MS) || !Number.isInteger(ms)) return String(ms);
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay) {
    lastDay = day;
    lastDayText = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  let rest = ms - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  return `${lastDayText}${pad2(hour)}:${pad2(min)}:${pad2(sec)}.${pad3(milli)}Z`;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds from an ISO date or date-time (a bare date is midnight UTC) or from plain digits; undefined when unreadable. */
export function decodeTime(cell: string): number | undefined {
  const t = cell.trim();
  if (/^\d{1,16}$/.test(t)) return Number(t);
  if (!ISO_DATE_TIME.test(t)) return undefined;
  const ms = Date.parse(t.replace(' ', 'T'));
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** The local calendar day, as a person reads a date: 2026-11-23. */
export function localDate(d: Date): string {
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}
