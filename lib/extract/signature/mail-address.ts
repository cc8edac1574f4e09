/** A mailbox as a header writes it: `"Jane Doe" <jane@acme.com>`, `jane@acme.com (Jane Doe)`, or a bare address. */
export interface Mailbox {
  name: string;
  email: string;
}

const ADDRESS = /[^\s<>()",;:]+@[^\s<>()",;:]+\.[^\s<>()",;:]+/;

function unquote(s: string): string {
  return s
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** Mailboxes of one address header (From, To, Cc), in order, addresses lower-cased. */
export function parseMailboxes(header: string): Mailbox[] {
  const out: Mailbox[] = [];
  // Split on commas outside quotes and angle brackets.
  let depth = 0;
  let quoted = false;
  let current = '';
  const pieces: string[] = [];
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '<' || ch === '(')) depth++;
    else if (!quoted && (ch === '>' || ch === ')')) depth = Math.max(0, depth - 1);
    if (ch === ',' && !quoted && depth === 0) {
      pieces.push(current);
      current = '';
    } else current += ch;
  }
  pieces.push(current);
  for (const piece of pieces) {
    const email = piece.match(ADDRESS)?.[0]?.toLowerCase() ?? '';
    if (!email) continue;
    const angled = piece.match(/^(?<name>.*?)<[^>]*>/);
    const commented = piece.match(/\((?<name>[^)]*)\)/);
    const name = unquote(angled?.groups?.name ?? commented?.groups?.name ?? '');
    out.push({ name: name.includes('@') ? '' : name, email });
  }
  return out;
}
