import type { Extractor } from './extractor';
import { jsonLdExtractor } from './sources/jsonld';
import { mailtoExtractor } from './sources/mailto';

/** Every source of people, most trusted first. A new source is one file and one line here. */
export const EXTRACTORS: readonly Extractor[] = [jsonLdExtractor, mailtoExtractor];
