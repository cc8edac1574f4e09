const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'SVG']);

/**
 * A message body as the lines its reader sees (a signature is a matter of lines), leaving out
 * what `skip` matches (quoted replies, an editor the rep is typing in) and everything from the
 * first element `stop` matches on (a reply header with the quoted history after it).
 * Reads textContent only: the page's markup is never copied anywhere.
 */
export function messageLines(root: Element, skip: string, stop = ''): string {
  const out: string[] = [];
  let line = '';
  let stopped = false;
  const breakLine = () => {
    out.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (stopped) return;
      if (child.nodeType === 3) {
        line += child.textContent ?? '';
        continue;
      }
      if (!(child instanceof Element) || SKIP.has(child.tagName)) continue;
      if (skip && child.matches(skip)) continue;
      // Everything after a reply header is the quoted history, even where it is not inside that element.
      if (stop && child.matches(stop)) {
        stopped = true;
        return;
      }
      if (child.getAttribute('aria-hidden') === 'true' || child.hasAttribute('hidden')) continue;
      const block = BLOCK.has(child.tagName);
      if (block) breakLine();
      walk(child);
      if (block) breakLine();
    }
  };
  walk(root);
  breakLine();
  // Runs of blank lines are one paragraph break.
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
