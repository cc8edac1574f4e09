import { type Activity, ActivitySchema } from '../model/activity';
import { type Lead, LeadSchema } from '../model/lead';
import { LeadWriteRepository } from './lead-writes';
import { type LocalChange, recordChanges, syncTables } from './outbox';

/** What a bulk delete took away, so it can be put back exactly (undo). */
export interface DeletedLeadsBatch {
  leads: Lead[];
  activities: Activity[];
  deletedAt: number;
}

/** Deleting leads (by the rep, or by the retention rule) and putting them back (undo); each reaches sync. */
export class LeadDeletionRepository extends LeadWriteRepository {
  /**
   * Delete leads and the activities that are theirs alone; what a converted
   * lead passed on to its contact stays with the contact. The returned batch
   * puts everything back (undo).
   */
  async deleteLeads(ids: readonly string[]): Promise<DeletedLeadsBatch> {
    return this.db.transaction('rw', [this.db.leads, this.db.activities, ...syncTables(this.db)], async () => {
      const unique = [...new Set(ids)];
      const leadRows = (await this.db.leads.bulkGet(unique)).filter((r) => r !== undefined);
      const activityRows = unique.length > 0 ? await this.db.activities.where('leadId').anyOf(unique).toArray() : [];
      const own = activityRows.filter((a) => a.contactId === undefined);
      await this.db.activities.bulkDelete(own.map((a) => a.id));
      await this.db.leads.bulkDelete(leadRows.map((l) => l.id));
      const gone: LocalChange[] = [
        ...own.map((a): LocalChange => ({ table: 'activities', key: a.id, next: undefined })),
        ...leadRows.map((l): LocalChange => ({ table: 'leads', key: l.id, next: undefined })),
      ];
      await recordChanges(this.db, gone, this.clock.now());
      return { leads: leadRows, activities: own, deletedAt: this.clock.now() };
    });
  }

  /** Undo a delete: the leads and their activities come back as they were. */
  async restoreLeads(batch: DeletedLeadsBatch): Promise<void> {
    const leads = batch.leads.map((l) => LeadSchema.parse(l));
    const activities = batch.activities.map((a) => ActivitySchema.parse(a));
    await this.db.transaction('rw', [this.db.leads, this.db.activities, ...syncTables(this.db)], async () => {
      await this.writes.putSynced('activities', activities);
      await this.writes.putSynced('leads', leads);
    });
  }
}
