import { EMPTY_BANT } from '../model/bant';
import type { Candidate } from '../model/candidate';
import type { CaptureChoices } from '../model/capture-choices';
import type { Lead } from '../model/lead';
import type { PersonField } from '../model/person-fields';
import type { LawfulBasis } from '../model/privacy';
import { UNSCORED } from '../model/score';
import { type IdentityKeys, identityKeys } from './lead-keys';
import { mergeCaptureIntoLead } from './merge-capture';
import { type CaptureContext, draftFromCandidate } from './person-draft';

export type CaptureOutcome = 'new' | 'saved' | 'update';

export interface CaptureStep {
  outcome: CaptureOutcome;
  lead: Lead;
  changed: PersonField[];
  /** The person was forgotten (an erasure request): capture skips them unless the rep overrides. */
  suppressed?: { forgottenAt: number; reason: string };
}

/**
 * What capturing one candidate does, given the saved lead it matches (if any):
 * a new lead, an update of the saved one, or nothing new. Pure, so the popup
 * can show it before the rep clicks and the repository can apply it after.
 */
export function planCapture(
  candidate: Candidate,
  existing: Lead | undefined,
  ctx: CaptureContext & { newId: () => string },
  // The lawful basis is the repository's to fill in from the privacy settings; the rep does not send it.
  choices: CaptureChoices & { lawfulBasis?: LawfulBasis },
): CaptureStep {
  const { draft, provenance } = draftFromCandidate(candidate, ctx);
  if (existing) {
    const merged = mergeCaptureIntoLead(existing, draft, provenance, ctx.now);
    const newTags = choices.tags.filter((t) => !existing.tags.includes(t));
    const lead =
      newTags.length > 0 ? { ...merged.lead, tags: [...existing.tags, ...newTags], updatedAt: ctx.now } : merged.lead;
    return { outcome: merged.changed.length > 0 ? 'update' : 'saved', lead, changed: merged.changed };
  }
  const lead: Lead = {
    id: ctx.newId(),
    ...draft,
    ...identityKeys(draft),
    status: 'new',
    disqualifyReason: '',
    source: choices.source,
    tags: [...new Set(choices.tags)],
    score: UNSCORED,
    bant: EMPTY_BANT,
    provenance: [provenance],
    editedFields: [],
    notes: '',
    lawfulBasis: choices.lawfulBasis ?? 'legitimate-interest',
    doNotContact: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { outcome: 'new', lead, changed: [] };
}

export function candidateKeys(candidate: Candidate): IdentityKeys {
  const { draft } = draftFromCandidate(candidate, { pageUrl: '', pageTitle: '', now: 0 });
  return identityKeys(draft);
}
