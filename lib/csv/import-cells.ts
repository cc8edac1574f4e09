/**
 * Cells as other tools write them, read back as the values they mean.
 */

/** A phone number, possibly with a sign, spaces, dots, dashes, slashes, parentheses or an extension. */
const PHONE_LIKE = /^[+(]?[0-9][0-9 ()./-]*(?:\s*(?:x|ext\.?)\s*[0-9]+)?$/i;

/**
 * "'+91 98113 42484" → "+91 98113 42484": Apollo, and reps in Excel, put an
 * apostrophe before a number so a spreadsheet keeps it as text. Only before
 * something that reads as a phone number; formula-looking cells are undone
 * for every column by restoreFormula.
 */
export function undoApostrophe(value: string): string {
  if (value.charCodeAt(0) !== 0x27) return value;
  const rest = value.slice(1).trim();
  return PHONE_LIKE.test(rest) ? rest : value;
}

const UNSAFE_SCHEMES = ['javascript:', 'data:', 'vbscript:'] as const;

/**
 * The scheme of a link that would run code or smuggle content when a rep
 * opens it, read as a browser reads it (case, leading spaces and control
 * characters, tabs and newlines inside the scheme do not hide it); otherwise
 * undefined.
 */
export function unsafeLinkScheme(url: string): (typeof UNSAFE_SCHEMES)[number] | undefined {
  // Browsers drop control characters and spaces before a URL, and tabs and newlines inside it.
  let i = 0;
  while (i < url.length && url.charCodeAt(i) <= 0x20) i++;
  const folded = url
    .slice(i)
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
  return UNSAFE_SCHEMES.find((s) => folded.startsWith(s));
}
