import type { CandidateInput, FoundValue } from '../../model/candidate';
import type { SignaturePerson } from './signature-person';

function found(value: string, confidence: number, source: string): FoundValue {
  return { value: value.trim().slice(0, 2048), confidence, source };
}

/**
 * A signature person as the extraction core's candidate. A signature is written by its owner,
 * but read by heuristics: name and contact details are fairly sure, title and company less so.
 */
export function signatureCandidate(person: SignaturePerson, source = 'signature'): CandidateInput | undefined {
  if (!person.name && person.emails.length === 0 && person.phones.length === 0) return undefined;
  const urls = [...person.social, ...(person.website ? [person.website] : [])];
  return {
    ...(person.name ? { fullName: found(person.name, 0.7, source) } : {}),
    ...(person.title ? { title: found(person.title, 0.6, source) } : {}),
    ...(person.company ? { company: found(person.company, 0.6, source) } : {}),
    ...(person.address ? { location: found(person.address, 0.5, source) } : {}),
    emails: person.emails.slice(0, 30).map((e) => found(e, 0.9, source)),
    // Fax numbers are kept: the rep sees the label in the signature, and a number is a number.
    phones: person.phones
      .slice(0, 30)
      .map((p) => ({ ...found(p.number, 0.75, source), ...(p.label === 'other' ? {} : { label: p.label }) })),
    urls: urls.slice(0, 30).map((u) => found(u, 0.7, source)),
    sources: [source],
  };
}
