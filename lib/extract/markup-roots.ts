import { MICROFORMAT_ROOT_SELECTORS } from './microformats/backcompat';

/**
 * Every element where microdata (`itemscope`), RDFa (`typeof`) or a microformat can start: the
 * markup readers find nothing on a page that matches none of these, so the background injects
 * their script only where one matches.
 */
export const MARKUP_ROOT_SELECTORS: readonly string[] = ['[itemscope]', '[typeof]', ...MICROFORMAT_ROOT_SELECTORS];

/** Whether a page holds a root any markup reader starts from. */
export function hasMarkupRoots(document: Document, selectors: readonly string[] = MARKUP_ROOT_SELECTORS): boolean {
  return selectors.some((selector) => document.querySelector(selector) !== null);
}
