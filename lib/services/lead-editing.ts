import type { EmailGuessView } from '../crm/email-guess-for';
import { acceptEmailGuess, emailGuessForLead } from '../db/email-guesses';
import type { Activity } from '../model/activity';
import type { Bant } from '../model/bant';
import type { LeadFieldPatch, StatusChangeResult } from '../model/lead-edit';
import type { LeadStatus } from '../model/lead-status';
import type { DeletedLeadsToken } from './deleted-leads-shelf';
import type { SidePanelStore } from './side-panel-store';

/** Editing leads, one or many at once: fields, guessed email, status, tags, activities, BANT, delete and undo. */
export interface LeadEditing {
  saveFields(id: string, patch: LeadFieldPatch): Promise<void>;
  /** The likely address of a lead without one, learned from the rep's people at its company; undefined when none. */
  emailGuess(id: string): Promise<EmailGuessView | undefined>;
  /** Keep the guessed address on the lead, recorded as inferred (exported only as a guess). */
  acceptEmailGuess(id: string, email: string): Promise<void>;
  setStatus(ids: string[], to: LeadStatus, reason?: string): Promise<StatusChangeResult>;
  setTags(id: string, tags: string[]): Promise<void>;
  addTags(ids: string[], tags: string[]): Promise<void>;
  addActivity(
    id: string,
    a: Pick<Activity, 'kind' | 'direction' | 'text' | 'at'>,
  ): Promise<{ suggestQualify: boolean }>;
  saveBant(id: string, bant: Bant): Promise<void>;
  qualify(id: string, bant: Bant): Promise<void>;
  deleteLeads(ids: string[]): Promise<DeletedLeadsToken>;
  undoDelete(token: DeletedLeadsToken): Promise<void>;
}

export function createLeadEditing({ db, leads, edits, deletion, deleted }: SidePanelStore): LeadEditing {
  return {
    saveFields: async (id, patch) => {
      await edits.updateLeadFields(id, patch);
    },
    emailGuess: (id) => emailGuessForLead(db, id),
    acceptEmailGuess: (id, email) => acceptEmailGuess(db, edits, id, email),
    setStatus: (ids, to, reason) => edits.setStatus(ids, to, reason),
    setTags: async (id, tags) => {
      const lead = await leads.get(id);
      if (!lead) throw new Error('This lead no longer exists');
      const removed = lead.tags.filter((t) => !tags.includes(t));
      const added = tags.filter((t) => !lead.tags.includes(t));
      if (removed.length > 0) await edits.removeTags([id], removed);
      if (added.length > 0) await edits.addTags([id], added);
    },
    addTags: (ids, tags) => edits.addTags(ids, tags),
    addActivity: async (id, a) => {
      const { suggestQualify } = await edits.addActivity(id, a);
      return { suggestQualify };
    },
    saveBant: async (id, bant) => {
      await edits.setBant(id, bant);
    },
    qualify: async (id, bant) => {
      await edits.qualify(id, bant);
    },
    deleteLeads: async (ids) => deleted.put(await deletion.deleteLeads(ids), ids.length),
    undoDelete: async (token) => {
      await deletion.restoreLeads(deleted.get(token));
      // Off the shelf only once the leads are back: a failed restore can be tried again.
      deleted.drop(token);
    },
  };
}
