import { type Mailbox, parseMailboxes } from './mail-address';

/**
 * A saved email (.eml, RFC 5322 with MIME) read just far enough to find its people: the
 * address headers and the readable body. Forwarded or bounced messages attached as
 * message/rfc822 are read as messages of their own: their sender is someone else.
 */
export interface EmlMessage {
  from: Mailbox[];
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  /** The body as plain text (the text/plain part, or the HTML part made text). */
  text: string;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

const MAX_DEPTH = 6;

function splitPart(raw: string): Part {
  const normal = raw.replace(/\r\n?/g, '\n');
  const end = normal.search(/\n\n/);
  const head = end < 0 ? normal : normal.slice(0, end);
  const body = end < 0 ? '' : normal.slice(end + 2);
  const headers = new Map<string, string>();
  let last = '';
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const m = line.match(/^([!-9;-~]+):\s*(.*)$/);
    if (!m?.[1]) continue;
    last = m[1].toLowerCase();
    // The first of a repeated header is the message's own (later "Received:" lines do not matter here).
    if (!headers.has(last)) headers.set(last, m[2] ?? '');
  }
  return { headers, body };
}

function param(header: string, name: string): string {
  const m = header.match(new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i'));
  return m?.[1] ?? m?.[2] ?? '';
}

function bytesToText(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function decodeBody(body: string, encoding: string, charset: string): string {
  const enc = encoding.trim().toLowerCase();
  if (enc === 'base64') {
    try {
      const bin = atob(body.replace(/\s+/g, ''));
      return bytesToText(
        Uint8Array.from(bin, (c) => c.charCodeAt(0)),
        charset,
      );
    } catch {
      return '';
    }
  }
  if (enc === 'quoted-printable') {
    const joined = body.replace(/=\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = joined.slice(i + 1, i + 3);
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else bytes.push(joined.charCodeAt(i) & 0xff);
    }
    return bytesToText(Uint8Array.from(bytes), charset);
  }
  return body;
}

/** `=?utf-8?Q?Jos=C3=A9?=` in a header → "José". */
function decodeWords(header: string): string {
  return header.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_all, charset: string, kind: string, text: string) => {
    if (kind.toUpperCase() === 'B') return decodeBody(text, 'base64', charset);
    return decodeBody(text.replace(/_/g, ' '), 'quoted-printable', charset);
  });
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** HTML mail as the lines a reader sees. Never parsed into a DOM: this is text, not a page. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(?:style|script|head)\b[\s\S]*?<\/(?:style|script|head)>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|tr|li|h[1-6]|table|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/[ \t]+\n/g, '\n');
}

interface Bodies {
  plain: string;
  html: string;
}

function collect(part: Part, depth: number, messages: EmlMessage[], bodies: Bodies): void {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  const encoding = part.headers.get('content-transfer-encoding') ?? '';
  const charset = param(part.headers.get('content-type') ?? '', 'charset');
  if (type.startsWith('multipart/') && depth < MAX_DEPTH) {
    const boundary = param(part.headers.get('content-type') ?? '', 'boundary');
    if (!boundary) return;
    const chunks = part.body.split(`--${boundary}`).slice(1);
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break;
      collect(splitPart(chunk.replace(/^\n/, '')), depth + 1, messages, bodies);
    }
    return;
  }
  if (type.startsWith('message/rfc822') && depth < MAX_DEPTH) {
    messages.push(...readMessage(part.body, depth + 1));
    return;
  }
  const text = decodeBody(part.body, encoding, charset);
  if (type.startsWith('text/html')) bodies.html ||= htmlToText(text);
  // Some senders label HTML as text/plain: if it is made of tags, read it as HTML.
  else if (type.startsWith('text/plain') && !bodies.plain)
    bodies.plain = /<br\s*\/?>|<p>/i.test(text) ? htmlToText(text) : text;
}

function readMessage(raw: string, depth: number): EmlMessage[] {
  const top = splitPart(raw);
  const nested: EmlMessage[] = [];
  const bodies: Bodies = { plain: '', html: '' };
  collect(top, depth, nested, bodies);
  const header = (name: string) => decodeWords(top.headers.get(name) ?? '');
  const own: EmlMessage = {
    from: parseMailboxes(header('from')),
    to: parseMailboxes(header('to')),
    cc: parseMailboxes(header('cc')),
    subject: header('subject'),
    text: bodies.plain || bodies.html,
  };
  return [own, ...nested];
}

/** Every message in a saved email: itself first, then any attached as message/rfc822 (bounces, forwards). */
export function readEml(raw: string): EmlMessage[] {
  return readMessage(raw.slice(0, 2_000_000), 0);
}
