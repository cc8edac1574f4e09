/**
 * A block of a page read as a reader sees it: lines, each ending where the page
 * breaks the text (a block element's edge, a `<br>`, a new line inside `<pre>`).
 * A person's record is a few such lines ("Jane Doe" / "Head of Sales" /
 * "Phone: …"), so the person blocks are read line by line.
 */

import { cleanText } from '../text';

/** A link as it stands on a line: where it goes and what it says. */
export interface LineLink {
  href: string;
  text: string;
}

export interface BlockLine {
  text: string;
  /** The block element the line belongs to (for `<pre>`, the `<pre>`). */
  block: Element;
  /** The link, bold or emphasis element the line starts with ("<a>Jane Doe</a>, Professor"), if any. */
  lead: Element | undefined;
  /** Tag and class of the block and of the lead: `h3 name`, `p teamrole`. */
  hint: string;
  links: LineLink[];
  /** First line of a `<pre>` paragraph (after an empty line), where plain-text documents start a record. */
  paragraphStart: boolean;
}

// Never text a reader sees.
const HIDDEN = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'SELECT',
]);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);
const LEADS = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'SPAN']);

function hintOf(el: Element | undefined): string {
  if (!el) return '';
  return `${el.tagName.toLowerCase()} ${el.getAttribute('class') ?? ''}`.trim();
}

/**
 * The lines of `root`, in reading order. `skip` leaves out whole subtrees (a site's
 * navigation and footer), `limit` stops reading after so many characters.
 */
export function blockLines(root: Element, skip?: (el: Element) => boolean, limit = 2_000_000): BlockLine[] {
  const lines: BlockLine[] = [];
  let text = '';
  let block: Element = root;
  let lead: Element | undefined;
  let links: LineLink[] = [];
  let blankBefore = false;
  let started = false;
  let total = 0;

  const flush = (pre: boolean) => {
    const clean = cleanText(text);
    if (clean) {
      const paragraphStart = pre && blankBefore;
      lines.push({ text: clean, block, lead, hint: `${hintOf(block)} ${hintOf(lead)}`.trim(), links, paragraphStart });
      total += clean.length;
      blankBefore = false;
    } else if (pre) {
      blankBefore = true;
    }
    text = '';
    started = false;
    lead = undefined;
    links = [];
  };

  // An explicit stack, not recursion: pages nest deeper than a call stack likes. A frame is a node to read with
  // the block it belongs to, the outermost link or bold element around it, and whether it is inside <pre>;
  // a closing frame ends its element's block.
  interface Frame {
    node: Node;
    block: Element;
    inline: Element | undefined;
    pre: boolean;
    closes?: boolean;
  }
  const stack: Frame[] = [];
  const rootPre = root.tagName.toUpperCase() === 'PRE';
  for (let c = root.lastChild; c; c = c.previousSibling)
    stack.push({ node: c, block: root, inline: undefined, pre: rootPre });
  while (stack.length > 0 && total < limit) {
    const frame = stack.pop() as Frame;
    const { node } = frame;
    if (frame.closes) {
      flush(frame.pre);
      block = frame.block;
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      block = frame.block;
      const parts = frame.pre ? value.split('\n') : [value];
      parts.forEach((part, i) => {
        if (i > 0) flush(true);
        // The first visible text of a line: remember the link or bold element it sits in.
        if (!started && /\S/.test(part)) {
          started = true;
          lead = frame.inline;
        }
        text += part;
      });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (HIDDEN.has(tag) || skip?.(el)) continue;
    if (tag === 'BR') {
      flush(frame.pre);
      continue;
    }
    if (tag === 'IMG') continue;
    const inline = INLINE.has(tag);
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href) links.push({ href, text: cleanText(el.textContent) });
    }
    const pre = frame.pre || tag === 'PRE';
    if (!inline) {
      flush(frame.pre);
      block = el;
      stack.push({ node: el, block: frame.block, inline: undefined, pre: frame.pre, closes: true });
    }
    const childBlock = inline ? frame.block : el;
    const childInline = inline ? (LEADS.has(tag) ? (frame.inline ?? el) : frame.inline) : undefined;
    for (let c = el.lastChild; c; c = c.previousSibling)
      stack.push({ node: c, block: childBlock, inline: childInline, pre });
  }
  flush(false);
  return lines;
}
