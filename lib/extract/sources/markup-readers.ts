import type { Extractor } from '../extractor';
import { microdataExtractor } from './microdata';
import { microformatsExtractor } from './microformats';
import { rdfaExtractor } from './rdfa';

/**
 * The readers of markup made for machines besides JSON-LD, in the registry's order. Most pages carry
 * none of it: the content script leaves them to a reader script the background injects before it
 * only where the page has one of their roots (lib/extract/markup-roots.ts).
 */
export const MARKUP_EXTRACTORS: readonly Extractor[] = [microdataExtractor, rdfaExtractor, microformatsExtractor];
