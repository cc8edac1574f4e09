import type { Candidate, FoundValue } from '../../model/candidate';
import { parseCandidate } from '../candidate-check';

const LIST_MAX = 30;
const SOURCES_MAX = 20;

function keepSurest(list: readonly FoundValue[]): FoundValue[] {
  if (list.length <= LIST_MAX) return [...list];
  // Keep the surest values, in their page order.
  const keep = new Set([...list].sort((a, b) => b.confidence - a.confidence).slice(0, LIST_MAX));
  return list.filter((v) => keep.has(v));
}

/**
 * Within the limits of CandidateSchema: a merged person can gather more values
 * than one message may carry (a page listing one name many times), and a scan
 * with one oversized candidate would be refused whole by the background.
 */
export function fitSchema(c: Candidate): Candidate {
  const trimmed: Candidate = {
    ...c,
    emails: keepSurest(c.emails),
    phones: keepSurest(c.phones),
    urls: keepSurest(c.urls),
    sources: c.sources.slice(0, SOURCES_MAX),
  };
  return parseCandidate(trimmed) ? trimmed : c;
}
