import type { Candidate } from '../../model/candidate';
import { parseName } from '../../person/parse-name';

/** First and last name from the full name, where no source gave them; a little less sure than the full name. */
export function fillNameParts(c: Candidate): Candidate {
  const full = c.fullName;
  if (!full || (c.firstName && c.lastName)) return c;
  const parsed = parseName(full.value);
  const confidence = Math.round(full.confidence * 0.9 * 100) / 100;
  const out = { ...c };
  if (!c.firstName && parsed.first) out.firstName = { value: parsed.first, confidence, source: full.source };
  if (!c.lastName && parsed.last) out.lastName = { value: parsed.last, confidence, source: full.source };
  return out;
}
