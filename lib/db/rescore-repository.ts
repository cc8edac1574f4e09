import { scoreLead } from '../crm/score-lead';
import { type Activity, ActivitySchema } from '../model/activity';
import { type Lead, LeadSchema } from '../model/lead';
import { LeadWriteRepository } from './lead-writes';
import { syncTables } from './outbox';
import { parseRows } from './parse-rows';

const RESCORE_CHUNK = 500;

/** What is in a score apart from when it was computed: rescoring skips leads whose score would not change. */
const scoreSignature = (s: Lead['score']) => JSON.stringify({ ...s, computedAt: 0 });

/** Bringing every lead's score up to date with the rules in settings. */
export class RescoreRepository extends LeadWriteRepository {
  /**
   * Rescore every lead, for when the rules change or time has decayed
   * engagement. Chunked, one transaction per chunk, so the side panel stays
   * responsive on a large store. Rows that no longer parse are left as they
   * are. `updatedAt` is kept: a new score is not a change the rep made.
   * Returns how many scores changed.
   */
  async rescoreAll(chunkSize = RESCORE_CHUNK): Promise<number> {
    const rules = await this.writes.rules();
    let changed = 0;
    let after: string | undefined;
    for (;;) {
      const tables = [this.db.leads, this.db.activities, ...syncTables(this.db)];
      const done = await this.db.transaction('rw', tables, async () => {
        const batch = await (after === undefined
          ? this.db.leads.orderBy(':id')
          : this.db.leads.where(':id').above(after)
        )
          .limit(chunkSize)
          .toArray();
        const last = batch.at(-1);
        if (last === undefined) return true;
        after = last.id;
        const leads = parseRows(LeadSchema, batch);
        const acts = parseRows(
          ActivitySchema,
          await this.db.activities
            .where('leadId')
            .anyOf(leads.map((l) => l.id))
            .toArray(),
        );
        const byLead = new Map<string, Activity[]>();
        for (const a of acts) {
          if (a.leadId === undefined) continue;
          byLead.set(a.leadId, [...(byLead.get(a.leadId) ?? []), a]);
        }
        const now = this.clock.now();
        const updates: Lead[] = [];
        for (const lead of leads) {
          const score = scoreLead(lead, byLead.get(lead.id) ?? [], rules, now);
          if (scoreSignature(score) !== scoreSignature(lead.score)) updates.push(LeadSchema.parse({ ...lead, score }));
        }
        await this.writes.putSynced('leads', updates);
        changed += updates.length;
        return batch.length < chunkSize;
      });
      if (done) return changed;
    }
  }
}
