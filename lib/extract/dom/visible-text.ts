/**
 * The page's readable text as one string, with a way back from a position in
 * it to the element that shows it. Text inside one block runs together (so
 * `<b>jane</b>@acme.com` reads as an address); blocks are separated by a line
 * break, so two table cells or list items never run into one word, and a
 * link's text by a space.
 */

import { INLINE_TAGS, UNSEEN_TAGS } from './element-kinds';
import { perPage } from './page-cache';

const HIDDEN = new Set(UNSEEN_TAGS);
const INLINE = new Set(INLINE_TAGS);
// Past this much text a page is a data dump, not a person's page: stop reading there.
const MAX_CHARS = 4_000_000;

export interface VisibleText {
  text: string;
  /** The element holding the text at a position of `text`. */
  elementAt(index: number): Element | undefined;
}

function blockOf(el: Element | null): Element | null {
  let node = el;
  while (node && INLINE.has(node.tagName)) node = node.parentElement;
  return node;
}

/** The page's visible text, read once per extraction: three sources search it. */
export const pageText = perPage(visibleText);

export function visibleText(document: Document): VisibleText {
  const starts: number[] = [];
  const owners: Element[] = [];
  let text = '';
  const root = document.body ?? document.documentElement;
  if (!root) return { text, elementAt: () => undefined };
  // A hand-rolled walk rather than a TreeWalker with a filter: the filter's callback per node, and
  // looking up each text's block and link again (closest, a climb per text node), cost many times the
  // walk itself on a big page. Here the enclosing element, block and link are carried down instead, and
  // each node is asked as little as possible (every DOM property read crosses into the browser).
  // `parents[d]`, `blocks[d]`, `links[d]`: the element at depth d (the root at 0), its block and its link.
  const parents: Element[] = [root];
  const blocks: Array<Element | null> = [blockOf(root)];
  const links: Array<Element | null> = [root.closest('a')];
  let depth = 0;
  let lastBlock: Element | null = null;
  let lastLink: Element | null = null;
  let node: Node | null = root.firstChild;
  while (node && text.length < MAX_CHARS) {
    const type = node.nodeType;
    if (type === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (tag === 'BR') text += '\n';
      const first = HIDDEN.has(tag) ? null : el.firstChild;
      if (first) {
        const block = INLINE.has(tag) ? (blocks[depth] ?? null) : el;
        // `closest('a')` matches by local name: an HTML <a>, or a foreign element named `a` (SVG's link).
        const isLink = tag === 'A' || (tag.endsWith('a') && el.localName === 'a');
        const link = isLink ? el : (links[depth] ?? null);
        depth++;
        parents[depth] = el;
        blocks[depth] = block;
        links[depth] = link;
        node = first;
        continue;
      }
    } else if (type === 3) {
      const value = node.nodeValue;
      if (value) {
        const block = blocks[depth] ?? null;
        const link = links[depth] ?? null;
        if (block !== lastBlock && text) text += '\n';
        // A link is a thing of its own: its text never runs into the words around it.
        else if (link !== lastLink && text) text += ' ';
        lastBlock = block;
        lastLink = link;
        starts.push(text.length);
        owners.push(parents[depth] ?? root);
        text += value;
      }
    }
    // Next in document order: the next sibling, else the next sibling of the nearest ancestor that has one.
    let next: Node | null = node.nextSibling;
    while (!next && depth > 0) {
      next = (parents[depth] ?? root).nextSibling;
      depth--;
    }
    node = next;
  }
  const elementAt = (index: number): Element | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return owners[lo];
  };
  return { text, elementAt };
}
