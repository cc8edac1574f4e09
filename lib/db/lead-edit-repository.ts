import { z } from 'zod';
import { applyLeadFieldEdits } from '../crm/edit-lead-fields';
import { checkTransition, transitionLead } from '../crm/lead-lifecycle';
import { withProvenance } from '../crm/provenance-history';
import { type Activity, ActivityDirectionSchema, ActivityKindSchema, ActivitySchema } from '../model/activity';
import { type Bant, BantSchema } from '../model/bant';
import { TagSchema, TimestampSchema } from '../model/common';
import { type Lead, LeadSchema } from '../model/lead';
import { type LeadFieldPatch, LeadFieldPatchSchema, type StatusChangeResult } from '../model/lead-edit';
import { type LeadStatus, LeadStatusSchema } from '../model/lead-status';
import { type LawfulBasis, LawfulBasisSchema } from '../model/privacy';
import { LeadWriteRepository, leadTables, parseOrExplain } from './lead-writes';

const NewActivitySchema = z.object({
  kind: ActivityKindSchema,
  direction: ActivityDirectionSchema,
  text: z.string().max(10_000, 'An activity is at most 10,000 characters').default(''),
  at: TimestampSchema,
});
type NewActivity = z.input<typeof NewActivitySchema>;

const LeadPrivacyPatchSchema = z.strictObject({
  lawfulBasis: LawfulBasisSchema.optional(),
  doNotContact: z.boolean().optional(),
});

const TagsSchema = z.array(TagSchema).max(50, 'At most 50 tags at once');

const MAX_TAGS = 50;

const byNewest = (a: Activity, b: Activity) => b.at - a.at;

/**
 * Editing a lead in the side panel: its fields, status, tags, activities,
 * BANT and privacy flags. Every write parses with zod before put, runs in
 * one transaction, and rescores the lead with the rules in settings.
 */
export class LeadEditRepository extends LeadWriteRepository {
  /** One lead's activities, newest first. */
  async activitiesFor(leadId: string): Promise<Activity[]> {
    return (await this.writes.loadActivities(leadId)).sort(byNewest);
  }

  /**
   * The rep's corrections to a lead. Changed person fields are pinned so a
   * later capture of the same person never overwrites them.
   */
  async updateLeadFields(id: string, patch: LeadFieldPatch): Promise<Lead> {
    const edit = parseOrExplain(LeadFieldPatchSchema, patch, 'Cannot save');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.writes.loadLead(id);
      if (lead.status === 'converted') throw new Error('This lead is converted and can no longer change.');
      const { lead: next, changed } = applyLeadFieldEdits(lead, edit, this.clock.now());
      return changed.length === 0 ? lead : this.writes.save(next);
    });
  }

  /**
   * The rep accepts an address LeadClip guessed from the company's email pattern: it joins the
   * lead's emails, and a provenance entry records it as inferred (with the evidence), so exports
   * keep it apart from the addresses that were read somewhere.
   */
  async acceptGuessedEmail(id: string, email: string, basis: string): Promise<Lead> {
    const edit = parseOrExplain(LeadFieldPatchSchema, { emails: [email] }, 'Cannot accept this email');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.writes.loadLead(id);
      if (lead.status === 'converted') throw new Error('This lead is converted and can no longer change.');
      const emails = [...lead.emails, ...(edit.emails ?? [])];
      const { lead: next } = applyLeadFieldEdits(lead, { emails }, this.clock.now());
      const now = this.clock.now();
      const provenance = withProvenance(next.provenance, {
        pageUrl: '',
        pageTitle: 'Email guessed from the company’s address pattern, accepted by the rep',
        extractors: ['email-pattern'],
        capturedAt: now,
        confidence: { email: 0.5 },
        inferredEmail: { email: (edit.emails ?? [])[0] ?? email, basis: basis.slice(0, 200) },
      });
      return this.writes.save({ ...next, provenance, updatedAt: now });
    });
  }

  /**
   * The lead's lawful basis and do-not-contact flag. Allowed on converted
   * leads too: why data is held, and whether the person may be contacted,
   * must stay true for the record that is kept.
   */
  async setLeadPrivacy(id: string, patch: { lawfulBasis?: LawfulBasis; doNotContact?: boolean }): Promise<Lead> {
    const p = parseOrExplain(LeadPrivacyPatchSchema, patch, 'Cannot save');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.writes.loadLead(id);
      const next = { ...lead, ...p };
      if (next.lawfulBasis === lead.lawfulBasis && next.doNotContact === lead.doNotContact) return lead;
      return this.writes.save({ ...next, updatedAt: this.clock.now() });
    });
  }

  /** Move leads through the lifecycle; each lead that may not move is reported with the reason, the others change. */
  async setStatus(ids: readonly string[], to: LeadStatus, reason = ''): Promise<StatusChangeResult> {
    const status = parseOrExplain(LeadStatusSchema, to, 'Unknown status');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const rules = await this.writes.rules();
      const result: StatusChangeResult = { changed: 0, refused: [] };
      for (const id of new Set(ids)) {
        const row = await this.db.leads.get(id);
        const parsed = row === undefined ? undefined : LeadSchema.safeParse(row);
        if (!parsed?.success) {
          result.refused.push({ id, reason: 'This lead no longer exists.' });
          continue;
        }
        const step = transitionLead(parsed.data, status, reason, this.clock.now());
        if (!step.ok) {
          result.refused.push({ id, reason: step.reason });
          continue;
        }
        if (step.unchanged) continue;
        await this.writes.save(step.lead, rules);
        result.changed += 1;
      }
      return result;
    });
  }

  /** Converted leads keep their tags as they were; the contact, account and deal carry them on. */
  private async editTags(
    ids: readonly string[],
    tags: readonly string[],
    edit: (have: string[], t: string[]) => string[],
  ) {
    const parsedTags = parseOrExplain(TagsSchema, tags, 'Not a valid tag');
    if (parsedTags.length === 0) return;
    await this.db.transaction('rw', leadTables(this.db), async () => {
      const rules = await this.writes.rules();
      let converted = 0;
      let found = 0;
      for (const id of new Set(ids)) {
        const row = await this.db.leads.get(id);
        if (row === undefined) continue;
        found += 1;
        const lead = LeadSchema.parse(row);
        if (lead.status === 'converted') {
          converted += 1;
          continue;
        }
        const next = edit(lead.tags, parsedTags);
        if (next.length > MAX_TAGS) throw new Error(`A lead has at most ${MAX_TAGS} tags.`);
        if (next.length === lead.tags.length && next.every((t, i) => t === lead.tags[i])) continue;
        await this.writes.save({ ...lead, tags: next, updatedAt: this.clock.now() }, rules);
      }
      if (found > 0 && converted === found) throw new Error('A converted lead can no longer change.');
    });
  }

  async addTags(ids: readonly string[], tags: readonly string[]): Promise<void> {
    await this.editTags(ids, tags, (have, add) => [...new Set([...have, ...add])]);
  }

  async removeTags(ids: readonly string[], tags: readonly string[]): Promise<void> {
    await this.editTags(ids, tags, (have, drop) => have.filter((t) => !drop.includes(t)));
  }

  /**
   * Log what happened with a lead and rescore it. The first two-way
   * conversation (an inbound reply or a meeting) with a lead that is still
   * new or working suggests qualifying it.
   */
  async addActivity(leadId: string, input: NewActivity): Promise<{ suggestQualify: boolean; activity: Activity }> {
    const a = parseOrExplain(NewActivitySchema, input, 'Cannot log this activity');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.writes.loadLead(leadId);
      const now = this.clock.now();
      const activity = ActivitySchema.parse({
        id: this.clock.newId(),
        leadId,
        // After conversion the contact owns the history, so what is logged on the lead lands there too.
        ...(lead.convertedTo ? { contactId: lead.convertedTo.contactId } : {}),
        ...a,
        createdAt: now,
      });
      const before = await this.writes.loadActivities(leadId);
      await this.writes.putSynced('activities', [activity]);
      const twoWay = (x: Pick<Activity, 'kind' | 'direction'>) =>
        x.kind === 'meeting' || (x.kind === 'reply' && x.direction === 'inbound');
      const suggestQualify =
        twoWay(activity) && (lead.status === 'new' || lead.status === 'working') && !before.some(twoWay);
      if (lead.status !== 'converted') {
        await this.writes.save({ ...lead, updatedAt: now }, undefined, [...before, activity]);
      }
      return { suggestQualify, activity };
    });
  }

  async setBant(id: string, bant: Bant): Promise<Lead> {
    const parsed = parseOrExplain(BantSchema, bant, 'Cannot save BANT');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.writes.loadLead(id);
      if (lead.status === 'converted') throw new Error('This lead is converted and can no longer change.');
      return this.writes.save({ ...lead, bant: parsed, updatedAt: this.clock.now() });
    });
  }

  /** Record the BANT answers and make the lead a prospect. */
  async qualify(id: string, bant: Bant): Promise<Lead> {
    const parsed = parseOrExplain(BantSchema, bant, 'Cannot save BANT');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.writes.loadLead(id);
      const check = checkTransition(lead.status, 'qualified');
      if (!check.ok) throw new Error(check.reason);
      return this.writes.save({ ...lead, bant: parsed, status: 'qualified', updatedAt: this.clock.now() });
    });
  }
}
