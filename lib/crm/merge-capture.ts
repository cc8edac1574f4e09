import type { Lead } from '../model/lead';
import type { PersonField } from '../model/person-fields';
import type { Provenance } from '../model/provenance';
import { withIdentityKeys } from './lead-keys';
import type { PersonDraft } from './person-draft';
import { withProvenance } from './provenance-history';

type ScalarField = 'fullName' | 'firstName' | 'lastName' | 'title' | 'company' | 'location';
const SCALAR_FIELDS: readonly ScalarField[] = ['fullName', 'firstName', 'lastName', 'title', 'company', 'location'];
const LIST_FIELDS = [
  ['emails', 'email'],
  ['phones', 'phone'],
  ['urls', 'url'],
] as const;

export interface MergeResult {
  lead: Lead;
  /** Person fields this capture filled or extended; empty when it brought nothing new. */
  changed: PersonField[];
}

/**
 * A later capture of a saved person: fill what is empty, add new emails,
 * phones and links, remember where it came from. A field the rep edited by
 * hand is never overwritten, and a filled field is never replaced silently.
 */
export function mergeCaptureIntoLead(lead: Lead, draft: PersonDraft, provenance: Provenance, now: number): MergeResult {
  const next: Lead = { ...lead };
  const changed: PersonField[] = [];
  for (const f of SCALAR_FIELDS) {
    if (lead.editedFields.includes(f)) continue;
    if (!lead[f] && draft[f]) {
      next[f] = draft[f];
      changed.push(f);
    }
  }
  if (!lead.companyDomain && draft.companyDomain) next.companyDomain = draft.companyDomain;
  for (const [list, field] of LIST_FIELDS) {
    if (lead.editedFields.includes(field)) continue;
    const have = new Set(lead[list].map((v) => v.toLowerCase()));
    const added = draft[list].filter((v) => !have.has(v.toLowerCase()));
    if (added.length > 0) {
      next[list] = [...lead[list], ...added];
      changed.push(field);
    }
  }
  if (!lead.editedFields.includes('phone')) {
    // A number's kind as a page names it; a kind already known stays.
    next.phoneLabels = { ...draft.phoneLabels, ...lead.phoneLabels };
  }
  next.provenance = withProvenance(lead.provenance, provenance);
  if (changed.length > 0) next.updatedAt = now;
  return { lead: withIdentityKeys(next), changed };
}
