import { z } from 'zod';

/**
 * The character sets a CSV a rep brings is likely to be in: UTF-8 (with or
 * without Excel's BOM), Excel's "Unicode Text" (UTF-16), and the single-byte
 * sets of older Windows, Linux and Mac tools.
 */
export const CsvEncodingSchema = z.enum([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
  'macintosh',
]);
export type CsvEncoding = z.infer<typeof CsvEncodingSchema>;

export const CSV_ENCODING_LABEL: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Excel "Unicode Text")',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Excel on Windows)',
  'iso-8859-1': 'ISO-8859-1 (Latin-1)',
  'iso-8859-15': 'ISO-8859-15 (Latin-9, with €)',
  macintosh: 'Mac Roman (older Mac tools)',
};

export interface DecodedFile {
  text: string;
  encoding: CsvEncoding;
  /** Whether the file started with a byte order mark (dropped from the text). */
  bom: boolean;
}

const SINGLE_BYTE: readonly CsvEncoding[] = ['iso-8859-1', 'windows-1252', 'iso-8859-15', 'macintosh'];

/**
 * Windows-1252's 0x80–0x9F, where it differs from ISO-8859-1. Written out
 * because some TextDecoders (Node 20's) read "windows-1252" as ISO-8859-1;
 * the five bytes Windows leaves undefined stay control characters, as the
 * WHATWG Encoding standard says.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** What each byte 0x80–0xFF reads as in a single-byte set; ISO-8859-1 is read strictly (0x80–0x9F are control characters). */
function highHalf(encoding: CsvEncoding): string[] {
  const bytes = new Uint8Array(128);
  for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i;
  const latin1 = Array.from(bytes, (b) => String.fromCharCode(b));
  if (encoding === 'iso-8859-1') return latin1;
  if (encoding === 'windows-1252') return [...Array.from(WINDOWS_1252_C1), ...latin1.slice(32)];
  return Array.from(new TextDecoder(encoding).decode(bytes));
}

let tables: Map<CsvEncoding, string[]> | undefined;
function tableOf(encoding: CsvEncoding): string[] {
  tables ??= new Map(SINGLE_BYTE.map((e) => [e, highHalf(e)]));
  return tables.get(encoding) ?? [];
}

// Letters of Western European names and words: what a non-ASCII byte in a contact list most often is.
const COMMON_LETTERS = new Set(Array.from('áàâäãåæçéèêëíìîïñóòôöõøúùûüýÿßœšžÁÀÂÄÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝŒŠŽ'));
// Punctuation that Windows and Mac tools write: curly quotes, dashes, the euro and pound, the degree sign.
const COMMON_MARKS = new Set(Array.from('’‘“”–—…€£°•·«»§©®™'));
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CONTROL = /[\u0080-\u009f\ufffd]/;

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/**
 * How plausible the text is when the file is read in this single-byte set:
 * common accented letters inside words score, control characters, symbols
 * wedged between letters and capitals in the middle of a lower-case word
 * count against. Reads up to the first 20,000 non-ASCII bytes.
 */
function plausibility(bytes: Uint8Array, encoding: CsvEncoding): number {
  const table = tableOf(encoding);
  const charAt = (i: number): string => {
    const b = bytes[i] ?? 0x20;
    return b < 0x80 ? String.fromCharCode(b) : (table[b - 0x80] ?? '');
  };
  let score = 0;
  let seen = 0;
  for (let i = 0; i < bytes.length && seen < 20_000; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    seen++;
    const c = table[b - 0x80] ?? '';
    if (CONTROL.test(c)) {
      score -= 10;
      continue;
    }
    const prevByte = i > 0 ? (bytes[i - 1] ?? 0) : 0x20;
    const nextByte = bytes[i + 1] ?? 0x20;
    const prev = charAt(i - 1);
    const next = charAt(i + 1);
    const inWord =
      isAsciiLetter(prevByte) || isAsciiLetter(nextByte) || LETTER.test(prev) || LETTER.test(next) || prevByte >= 0x80;
    if (LETTER.test(c)) {
      if (UPPER.test(c) && LOWER.test(prev)) score -= 3;
      else if (UPPER.test(c) && LETTER.test(prev) && LOWER.test(next)) score -= 3;
      else score += COMMON_LETTERS.has(c) ? (inWord ? 3 : 1) : 0.5;
    } else if (COMMON_MARKS.has(c)) {
      score += 1;
    } else if (LETTER.test(prev) && LETTER.test(next)) {
      score -= 3;
    }
  }
  return score;
}

/** UTF-16 without a BOM: text that is mostly ASCII has a NUL in every other byte. */
function utf16ByNuls(bytes: Uint8Array): CsvEncoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = n / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** A single-byte file read through its table: every byte is one UTF-16 code unit. */
function decodeSingleByte(bytes: Uint8Array, encoding: CsvEncoding): string {
  const table = tableOf(encoding);
  const units = new Uint16Array(256);
  for (let b = 0; b < 256; b++) units[b] = b < 0x80 ? b : (table[b - 0x80] ?? '\ufffd').charCodeAt(0);
  const parts: string[] = [];
  const chunk = new Uint16Array(8192);
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    for (let j = 0; j < part.length; j++) chunk[j] = units[part[j] ?? 0] ?? 0xfffd;
    parts.push(String.fromCharCode(...chunk.subarray(0, part.length)));
  }
  return parts.join('');
}

/**
 * The encoding of a file's bytes: a BOM says it; then UTF-16 by its NULs;
 * then UTF-8 if the bytes are valid UTF-8 (ASCII is); otherwise the
 * single-byte set whose reading looks most like names and words. A file in
 * ISO-8859-1 reads the same in Windows-1252 unless it has bytes 0x80–0x9F,
 * which only Windows-1252 gives characters (€, ’, “): with them it is
 * Windows-1252.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: boolean } {
  const { encoding, bom } = detect(bytes);
  return { encoding, bom };
}

/** detectEncoding, keeping the text when finding the encoding meant decoding the whole file (valid UTF-8). */
function detect(bytes: Uint8Array): { encoding: CsvEncoding; bom: boolean; text?: string } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: true };
  const wide = utf16ByNuls(bytes);
  if (wide) return { encoding: wide, bom: false };
  // The browser's own decoder checks the bytes (ASCII is valid UTF-8) at native speed, and its text is the one kept.
  try {
    return { encoding: 'utf-8', bom: false, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: one of the single-byte sets.
  }
  let best: CsvEncoding = 'windows-1252';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const encoding of SINGLE_BYTE) {
    const score = plausibility(bytes, encoding);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return { encoding: best, bom: false };
}

/**
 * The file's text in the encoding detected, or the one the rep chose
 * instead. Bytes that are not valid in the encoding become U+FFFD, never an
 * exception: the rep sees them in the preview and can choose another.
 */
export function decodeCsvBytes(bytes: Uint8Array, chosen?: CsvEncoding): DecodedFile {
  const detected = chosen === undefined ? detect(bytes) : undefined;
  if (detected?.text !== undefined) return { text: detected.text, encoding: detected.encoding, bom: false };
  const encoding = chosen ?? detected?.encoding ?? 'utf-8';
  const boms: Partial<Record<CsvEncoding, number[]>> = {
    'utf-8': [0xef, 0xbb, 0xbf],
    'utf-16le': [0xff, 0xfe],
    'utf-16be': [0xfe, 0xff],
  };
  const bom = boms[encoding];
  const hasBom = bom?.every((b, i) => bytes[i] === b) === true;
  const body = hasBom && bom ? bytes.subarray(bom.length) : bytes;
  const text = SINGLE_BYTE.includes(encoding)
    ? decodeSingleByte(body, encoding)
    : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { text, encoding, bom: hasBom };
}
