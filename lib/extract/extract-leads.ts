import type { Candidate, CandidateInput } from '../model/candidate';
import type { Extractor } from './extractor';
import { mergeCandidates } from './merge-candidates';
import { EXTRACTORS } from './registry';

/**
 * The extraction core: a document and its URL in, the people on it out, each
 * field with a confidence and the source that found it. Never fetches, never
 * throws for a page's sake: an extractor that fails is skipped.
 */
export function extractLeads(
  document: Document,
  url: string | URL,
  extractors: readonly Extractor[] = EXTRACTORS,
): Candidate[] {
  const pageUrl = typeof url === 'string' ? new URL(url) : url;
  const found: CandidateInput[] = [];
  for (const extractor of extractors) {
    try {
      found.push(...extractor.extract(document, pageUrl));
    } catch (error) {
      console.warn(`LeadClip: extractor ${extractor.id} failed`, error);
    }
  }
  return mergeCandidates(found);
}
