import type { CandidateInput, FoundValue } from '../../model/candidate';
import { readSignatureLines } from '../signature/read-signature';
import { ownLines, signOffAt } from '../signature/signature-block';
import { signatureCandidate } from '../signature/signature-candidate';
import { looksLikePersonName } from '../text';

const SOURCE = 'selection';
const BIO =
  /^(?<name>[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,4}?)\s+(?:is|serves as|works as)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?<title>[^.]+?)\s+(?:at|of|with)\s+(?<company>[^.,;]+)/u;

function found(value: string, confidence = 0.6): FoundValue {
  return { value: value.trim(), confidence, source: SOURCE };
}

/**
 * A selected email signature or speaker bio → one person. Heuristic by nature:
 * every field gets a middling confidence, and the popup shows what was read.
 * A signature is read by the same reader as the inbox's (../signature/).
 */
export function parseSelectionAsLead(text: string): CandidateInput | undefined {
  const lines = ownLines(text.slice(0, 5000)).map((l) => l.replace(/\s+/g, ' ').trim());
  if (!lines.some(Boolean)) return undefined;
  const bio = lines.join(' ').match(BIO);
  if (bio?.groups && looksLikePersonName(bio.groups.name ?? '')) {
    return {
      fullName: found(bio.groups.name ?? ''),
      title: found(bio.groups.title ?? '', 0.5),
      company: found(bio.groups.company ?? '', 0.5),
      emails: [],
      phones: [],
      urls: [],
      sources: [SOURCE],
    };
  }
  // The rep selected the signature, perhaps with the message above it: start after a sign-off if there is one.
  const signOff = signOffAt(lines);
  const block = signOff ? [signOff.sameLine, ...lines.slice(signOff.start)] : lines;
  const person = readSignatureLines(block.filter(Boolean));
  return signatureCandidate(person, SOURCE);
}
