import type { Lead } from '../model/lead';
import { canonicalProfileKey, nameCompanyKey, normalizeEmail } from '../person/lead-identity';
import type { PersonDraft } from './person-draft';

export interface IdentityKeys {
  emailKeys: string[];
  profileKeys: string[];
  nameKey: string;
}

/** The derived index fields of a lead, recomputed whenever its person fields change. */
export function identityKeys(p: Pick<PersonDraft, 'emails' | 'urls' | 'fullName' | 'company'>): IdentityKeys {
  return {
    emailKeys: [...new Set(p.emails.map(normalizeEmail).filter((e) => e.includes('@')))],
    profileKeys: [...new Set(p.urls.map(canonicalProfileKey).filter(Boolean))],
    nameKey: nameCompanyKey(p.fullName, p.company),
  };
}

export function withIdentityKeys(lead: Lead): Lead {
  return { ...lead, ...identityKeys(lead) };
}
