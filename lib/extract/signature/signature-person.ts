/** One person as their email signature describes them. Plain data: the reader fills it, adapters turn it into a candidate. */

export type PhoneLabel = 'mobile' | 'work' | 'direct' | 'fax' | 'main' | 'home' | 'other';

export interface SignaturePhone {
  number: string;
  label: PhoneLabel;
}

export interface SignaturePerson {
  name: string;
  title: string;
  company: string;
  phones: SignaturePhone[];
  emails: string[];
  address: string;
  website: string;
  /** LinkedIn, X and GitHub profiles, canonical. */
  social: string[];
}

export function emptySignaturePerson(): SignaturePerson {
  return { name: '', title: '', company: '', phones: [], emails: [], address: '', website: '', social: [] };
}
