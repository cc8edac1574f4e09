/** What the text readers (visible-text, the person blocks) treat alike. */

/** Elements whose content a reader never sees as text. */
export const UNSEEN_TAGS: readonly string[] = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
];

/** Elements that flow inside a line of text rather than start a block of their own. */
export const INLINE_TAGS: readonly string[] = [
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
];
