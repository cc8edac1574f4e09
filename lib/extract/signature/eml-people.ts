import type { CandidateInput } from '../../model/candidate';
import { readEml } from './eml-message';
import { readSignature } from './read-signature';
import { signatureCandidate } from './signature-candidate';

// Robots send bounces and notifications; their signature block, if any, is a template.
const ROBOT = /^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|notifications?|bounces?)\b/i;

/**
 * The writers of a saved email, each with what their signature says: one candidate per
 * message whose sender is a person (a bounce's attached original counts, the bounce does not).
 */
export function emlPeople(raw: string, source = 'eml'): CandidateInput[] {
  const out: CandidateInput[] = [];
  for (const message of readEml(raw)) {
    const sender = message.from[0];
    if (!sender || ROBOT.test(sender.email)) continue;
    const person = readSignature(message.text, sender);
    const candidate = (person && signatureCandidate(person, source)) ?? {
      emails: [],
      phones: [],
      urls: [],
      sources: [source],
    };
    // The header's address is the surest thing about the sender.
    const emails = candidate.emails ?? [];
    if (!emails.some((e) => e.value === sender.email))
      emails.unshift({ value: sender.email, confidence: 0.95, source });
    candidate.emails = emails;
    if (!candidate.fullName && sender.name) candidate.fullName = { value: sender.name, confidence: 0.8, source };
    out.push(candidate);
  }
  return out;
}
