/**
 * A block of a page read as a reader sees it: lines, each ending where the page
 * breaks the text (a block element's edge, a `<br>`, a new line inside `<pre>`).
 * A person's record is a few such lines ("Jane Doe" / "Head of Sales" /
 * "Phone: …"), so the person blocks are read line by line.
 */

import { INLINE_TAGS, UNSEEN_TAGS } from '../dom/element-kinds';
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
const HIDDEN = new Set([...UNSEEN_TAGS, 'SVG', 'SELECT']);
// An image sits inside a line (its alt is not read as text).
const INLINE = new Set([...INLINE_TAGS, 'IMG']);
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
  // The block the line's first link sits in: for a line of links that say nothing (icons).
  let linkBlock: Element | undefined;
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
    } else {
      if (pre) blankBefore = true;
      // A card's icon links (LinkedIn's logo, an envelope) under its lines: they belong to the card's last
      // line, when the card holds that line, and not to nothing.
      const last = lines.at(-1);
      if (links.length > 0 && last && linkBlock?.contains(last.block)) last.links.push(...links);
    }
    text = '';
    started = false;
    lead = undefined;
    links = [];
    linkBlock = undefined;
  };

  // A hand-rolled walk, like the page's visible-text walk: the element, block, leading inline element and
  // <pre>-ness of each depth are carried down in arrays rather than asked of the DOM again (every property
  // read crosses into the browser), and a block's line ends when the walk climbs out of it.
  const rootPre = root.tagName.toUpperCase() === 'PRE';
  const parents: Element[] = [root];
  const blocks: Element[] = [root];
  const inlines: Array<Element | undefined> = [undefined];
  const pres: boolean[] = [rootPre];
  const isBlock: boolean[] = [true];
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node && total < limit) {
    const type = node.nodeType;
    if (type === 3) {
      const value = node.nodeValue ?? '';
      block = blocks[depth] ?? root;
      const pre = pres[depth] ?? false;
      const parts = pre && value.includes('\n') ? value.split('\n') : [value];
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] ?? '';
        if (i > 0) flush(true);
        // The first visible text of a line: remember the link or bold element it sits in.
        if (!started && /\S/.test(part)) {
          started = true;
          lead = inlines[depth];
        }
        text += part;
      }
    } else if (type === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      const pre = pres[depth] ?? false;
      if (tag === 'BR') flush(pre);
      else if (tag !== 'IMG' && !HIDDEN.has(tag) && !skip?.(el)) {
        const inline = INLINE.has(tag);
        if (tag === 'A') {
          const href = el.getAttribute('href');
          if (href) {
            links.push({ href, text: cleanText(el.textContent) });
            linkBlock ??= blocks[depth] ?? root;
          }
        }
        if (!inline) flush(pre);
        const first = el.firstChild;
        if (first) {
          const up = depth;
          depth++;
          parents[depth] = el;
          blocks[depth] = inline ? (blocks[up] ?? root) : el;
          inlines[depth] = inline ? (LEADS.has(tag) ? (inlines[up] ?? el) : inlines[up]) : undefined;
          pres[depth] = pre || tag === 'PRE';
          isBlock[depth] = !inline;
          node = first;
          continue;
        }
      }
    }
    // Next in document order; climbing out of a block ends its line.
    let next: Node | null = node.nextSibling;
    while (!next && depth > 0) {
      if (isBlock[depth]) flush(pres[depth - 1] ?? false);
      next = (parents[depth] ?? root).nextSibling;
      depth--;
    }
    node = next;
  }
  flush(false);
  return lines;
}
