/**
 * The page's readable text as one string, with a way back from a position in
 * it to the element that shows it. Text inside one block runs together (so
 * `<b>jane</b>@acme.com` reads as an address); blocks are separated by a line
 * break, so two table cells or list items never run into one word, and a
 * link's text by a space.
 */

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT']);
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

export function visibleText(document: Document): VisibleText {
  const starts: number[] = [];
  const owners: Element[] = [];
  let text = '';
  const root = document.body ?? document.documentElement;
  if (!root) return { text, elementAt: () => undefined };
  const walker = document.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode: (node) => (node.nodeType === 1 && HIDDEN.has((node as Element).tagName) ? 2 : 1),
  });
  let lastBlock: Element | null = null;
  let lastLink: Element | null = null;
  for (let node = walker.nextNode(); node && text.length < MAX_CHARS; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).tagName === 'BR') text += '\n';
      continue;
    }
    const value = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!value || !parent) continue;
    const block = blockOf(parent);
    const link = parent.closest('a');
    if (block !== lastBlock && text) text += '\n';
    // A link is a thing of its own: its text never runs into the words around it.
    else if (link !== lastLink && text) text += ' ';
    lastBlock = block;
    lastLink = link;
    starts.push(text.length);
    owners.push(parent);
    text += value;
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
