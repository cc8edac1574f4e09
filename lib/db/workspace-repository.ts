import type { Table } from 'dexie';
import { z } from 'zod';
import { applyLeadFieldEdits } from '../crm/edit-lead-fields';
import { checkTransition, transitionLead } from '../crm/lead-lifecycle';
import {
  accountLookup,
  type ConversionOptions,
  type ConversionPlan,
  matchContact,
  planConversion,
} from '../crm/plan-conversion';
import { type ScoringRules, scoreLead, withScore } from '../crm/score-lead';
import { type Account, AccountSchema } from '../model/account';
import { type Activity, ActivityDirectionSchema, ActivityKindSchema, ActivitySchema } from '../model/activity';
import { type Bant, BantSchema } from '../model/bant';
import { TagSchema, TimestampSchema } from '../model/common';
import { type Contact, ContactSchema } from '../model/contact';
import { type Deal, DealSchema } from '../model/deal';
import { type Lead, LeadSchema } from '../model/lead';
import { type LeadFieldPatch, LeadFieldPatchSchema, type StatusChangeResult } from '../model/lead-edit';
import { type LeadStatus, LeadStatusSchema } from '../model/lead-status';
import { type LawfulBasis, LawfulBasisSchema } from '../model/privacy';
import type { SyncTable } from '../model/sync';
import { type LocalChange, recordChanges, type SyncedRow, syncTables } from '../sync/outbox';
import { type Clock, systemClock } from './clock';
import type { LeadClipDB } from './database';
import { parseRows } from './parse-rows';
import { SettingsRepository } from './settings-repository';

/** What a bulk delete took away, so it can be put back exactly (undo). */
export interface DeletedLeadsBatch {
  leads: Lead[];
  activities: Activity[];
  deletedAt: number;
}

export type AccountSummary = Account & { contactCount: number; dealCount: number };

export interface ConversionResult {
  lead: Lead;
  contact: Contact;
  account: Account;
  deal?: Deal;
}

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
const RESCORE_CHUNK = 500;

/** A zod failure as one sentence the side panel can show. */
function describe(error: z.ZodError, what: string): Error {
  // List positions ("emails.0") mean nothing to a rep; field names do.
  const why = error.issues.map((i) => {
    const field = i.path.filter((p) => typeof p === 'string').join('.');
    return field ? `${field}: ${i.message}` : i.message;
  });
  return new Error(`${what}: ${why.join('; ')}`);
}

function parseOrExplain<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw describe(parsed.error, what);
  return parsed.data;
}

const byNewest = (a: Activity, b: Activity) => b.at - a.at;

/** A lead write's tables, with the sync tables its outbox row goes to in the same transaction. */
const leadTables = (db: LeadClipDB) => [db.leads, db.activities, db.meta, ...syncTables(db)];

/** What is in a score apart from when it was computed: rescoring skips leads whose score would not change. */
const scoreSignature = (s: Lead['score']) => JSON.stringify({ ...s, computedAt: 0 });

/**
 * The side panel's writes: editing, status, tags, activities, qualification,
 * conversion and delete/undo. Every write parses with zod before put, runs in
 * one transaction, and rescores the lead with the rules in settings.
 */
export class WorkspaceRepository {
  private readonly settings: SettingsRepository;

  constructor(
    private readonly db: LeadClipDB,
    private readonly clock: Clock = systemClock,
  ) {
    this.settings = new SettingsRepository(db);
  }

  private async rules(): Promise<ScoringRules> {
    return (await this.settings.get()).scoring;
  }

  private async loadActivities(leadId: string): Promise<Activity[]> {
    return parseRows(ActivitySchema, await this.db.activities.where('leadId').equals(leadId).toArray());
  }

  private async loadLead(id: string): Promise<Lead> {
    const row = await this.db.leads.get(id);
    if (row === undefined) throw new Error('This lead no longer exists.');
    return LeadSchema.parse(row);
  }

  /** Score, validate and save: the one way a changed lead reaches the store. Call inside a transaction over leads, activities and meta. */
  private async save(lead: Lead, rules?: ScoringRules, activities?: readonly Activity[]): Promise<Lead> {
    const scored = withScore(
      lead,
      activities ?? (await this.loadActivities(lead.id)),
      rules ?? (await this.rules()),
      this.clock.now(),
    );
    const parsed = LeadSchema.parse(scored);
    await this.putSynced('leads', [parsed]);
    return parsed;
  }

  /**
   * Put rows and queue them for sync in the caller's transaction (which must
   * include the sync tables): only the fields that changed are sent.
   */
  private async putSynced<T extends { id: string }>(table: SyncTable, values: readonly T[]): Promise<void> {
    if (values.length === 0) return;
    // The typed property, not db.table(name): callers (and tests) see the same Table object.
    const store = this.db[table] as unknown as Table<SyncedRow, string>;
    const before = await store.bulkGet(values.map((v) => v.id));
    const [only] = values;
    if (values.length === 1 && only) await store.put({ ...only });
    else await store.bulkPut(values.map((v) => ({ ...v })));
    const changes: LocalChange[] = values.map((v, i) => ({ table, key: v.id, next: { ...v }, prev: before[i] }));
    await recordChanges(this.db, changes, this.clock.now());
  }

  /** One lead's activities, newest first. */
  async activitiesFor(leadId: string): Promise<Activity[]> {
    return (await this.loadActivities(leadId)).sort(byNewest);
  }

  /** Every account by name, with how many contacts and deals it has. */
  async listAccounts(): Promise<AccountSummary[]> {
    return this.db.transaction('r', [this.db.accounts, this.db.contacts, this.db.deals], async () => {
      const accounts = parseRows(AccountSchema, await this.db.accounts.toArray());
      const contacts = new Map<string, number>();
      const deals = new Map<string, number>();
      await this.db.contacts.each((c) => {
        contacts.set(c.accountId, (contacts.get(c.accountId) ?? 0) + 1);
      });
      await this.db.deals.each((d) => {
        deals.set(d.accountId, (deals.get(d.accountId) ?? 0) + 1);
      });
      const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
      return accounts
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((a) => ({ ...a, contactCount: contacts.get(a.id) ?? 0, dealCount: deals.get(a.id) ?? 0 }));
    });
  }

  async accountDetail(id: string): Promise<{ account: Account; contacts: Contact[]; deals: Deal[] } | undefined> {
    return this.db.transaction('r', [this.db.accounts, this.db.contacts, this.db.deals], async () => {
      const row = await this.db.accounts.get(id);
      const account = row === undefined ? undefined : AccountSchema.safeParse(row);
      if (!account?.success) return undefined;
      const contacts = parseRows(ContactSchema, await this.db.contacts.where('accountId').equals(id).toArray());
      const deals = parseRows(DealSchema, await this.db.deals.where('accountId').equals(id).toArray());
      return {
        account: account.data,
        contacts: contacts.sort((a, b) => a.fullName.localeCompare(b.fullName)),
        deals: deals.sort((a, b) => b.updatedAt - a.updatedAt),
      };
    });
  }

  /**
   * The rep's corrections to a lead. Changed person fields are pinned so a
   * later capture of the same person never overwrites them.
   */
  async updateLeadFields(id: string, patch: LeadFieldPatch): Promise<Lead> {
    const edit = parseOrExplain(LeadFieldPatchSchema, patch, 'Cannot save');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.loadLead(id);
      if (lead.status === 'converted') throw new Error('This lead is converted and can no longer change.');
      const { lead: next, changed } = applyLeadFieldEdits(lead, edit, this.clock.now());
      return changed.length === 0 ? lead : this.save(next);
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
      const lead = await this.loadLead(id);
      if (lead.status === 'converted') throw new Error('This lead is converted and can no longer change.');
      const emails = [...lead.emails, ...(edit.emails ?? [])];
      const { lead: next } = applyLeadFieldEdits(lead, { emails }, this.clock.now());
      const now = this.clock.now();
      const provenance = [
        ...next.provenance,
        {
          pageUrl: '',
          pageTitle: 'Email guessed from the company’s address pattern, accepted by the rep',
          extractors: ['email-pattern'],
          capturedAt: now,
          confidence: { email: 0.5 },
          inferredEmail: { email: (edit.emails ?? [])[0] ?? email, basis: basis.slice(0, 200) },
        },
      ].slice(-100);
      return this.save({ ...next, provenance, updatedAt: now });
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
      const lead = await this.loadLead(id);
      const next = { ...lead, ...p };
      if (next.lawfulBasis === lead.lawfulBasis && next.doNotContact === lead.doNotContact) return lead;
      return this.save({ ...next, updatedAt: this.clock.now() });
    });
  }

  /** Move leads through the lifecycle; each lead that may not move is reported with the reason, the others change. */
  async setStatus(ids: readonly string[], to: LeadStatus, reason = ''): Promise<StatusChangeResult> {
    const status = parseOrExplain(LeadStatusSchema, to, 'Unknown status');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const rules = await this.rules();
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
        await this.save(step.lead, rules);
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
      const rules = await this.rules();
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
        await this.save({ ...lead, tags: next, updatedAt: this.clock.now() }, rules);
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
      const lead = await this.loadLead(leadId);
      const now = this.clock.now();
      const activity = ActivitySchema.parse({
        id: this.clock.newId(),
        leadId,
        // After conversion the contact owns the history, so what is logged on the lead lands there too.
        ...(lead.convertedTo ? { contactId: lead.convertedTo.contactId } : {}),
        ...a,
        createdAt: now,
      });
      const before = await this.loadActivities(leadId);
      await this.putSynced('activities', [activity]);
      const twoWay = (x: Pick<Activity, 'kind' | 'direction'>) =>
        x.kind === 'meeting' || (x.kind === 'reply' && x.direction === 'inbound');
      const suggestQualify =
        twoWay(activity) && (lead.status === 'new' || lead.status === 'working') && !before.some(twoWay);
      if (lead.status !== 'converted') {
        await this.save({ ...lead, updatedAt: now }, undefined, [...before, activity]);
      }
      return { suggestQualify, activity };
    });
  }

  async setBant(id: string, bant: Bant): Promise<Lead> {
    const parsed = parseOrExplain(BantSchema, bant, 'Cannot save BANT');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.loadLead(id);
      if (lead.status === 'converted') throw new Error('This lead is converted and can no longer change.');
      return this.save({ ...lead, bant: parsed, updatedAt: this.clock.now() });
    });
  }

  /** Record the BANT answers and make the lead a prospect. */
  async qualify(id: string, bant: Bant): Promise<Lead> {
    const parsed = parseOrExplain(BantSchema, bant, 'Cannot save BANT');
    return this.db.transaction('rw', leadTables(this.db), async () => {
      const lead = await this.loadLead(id);
      const check = checkTransition(lead.status, 'qualified');
      if (!check.ok) throw new Error(check.reason);
      return this.save({ ...lead, bant: parsed, status: 'qualified', updatedAt: this.clock.now() });
    });
  }

  /** Read what conversion needs and plan it. Call inside a transaction over leads, contacts, accounts and activities. */
  private async plan(id: string, options: ConversionOptions): Promise<ConversionPlan> {
    const lead = await this.loadLead(id);
    const { domain, nameKey } = accountLookup(lead);
    const contacts =
      lead.emailKeys.length > 0
        ? parseRows(ContactSchema, await this.db.contacts.where('emailKeys').anyOf(lead.emailKeys).toArray())
        : [];
    const accountRows = [
      ...(domain ? await this.db.accounts.where('domain').equals(domain).toArray() : []),
      ...(nameKey ? await this.db.accounts.where('nameKey').equals(nameKey).toArray() : []),
    ];
    const contact = matchContact(lead, contacts);
    if (contact && !domain && !nameKey) {
      const own = await this.db.accounts.get(contact.accountId);
      if (own) accountRows.push(own);
    }
    return planConversion({
      lead,
      accounts: parseRows(AccountSchema, accountRows),
      contacts,
      activities: await this.loadActivities(id),
      ...(options.deal ? { deal: options.deal } : {}),
      now: this.clock.now(),
      newId: this.clock.newId,
    });
  }

  /** What converting would create and reuse, without writing anything. */
  async previewConversion(id: string, options: ConversionOptions = {}): Promise<ConversionPlan> {
    const { leads, contacts, accounts, activities } = this.db;
    return this.db.transaction('r', [leads, contacts, accounts, activities], () => this.plan(id, options));
  }

  /**
   * Lead → contact + account (+ deal), irreversibly. One transaction over
   * every table it touches: either all of it is saved or none of it.
   */
  async convert(id: string, options: ConversionOptions = {}): Promise<ConversionResult> {
    const { leads, contacts, accounts, deals, activities, meta } = this.db;
    const tables = [leads, contacts, accounts, deals, activities, meta, ...syncTables(this.db)];
    return this.db.transaction('rw', tables, async () => {
      const plan = await this.plan(id, options);
      await this.putSynced('accounts', [plan.account.account]);
      await this.putSynced('contacts', [plan.contact.contact]);
      if (plan.deal) await this.putSynced('deals', [plan.deal]);
      await this.putSynced('activities', plan.activities);
      const lead = await this.save(plan.lead);
      return {
        lead,
        contact: plan.contact.contact,
        account: plan.account.account,
        ...(plan.deal ? { deal: plan.deal } : {}),
      };
    });
  }

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
      await this.putSynced('activities', activities);
      await this.putSynced('leads', leads);
    });
  }

  /**
   * Rescore every lead, for when the rules change or time has decayed
   * engagement. Chunked, one transaction per chunk, so the side panel stays
   * responsive on a large store. Rows that no longer parse are left as they
   * are. `updatedAt` is kept: a new score is not a change the rep made.
   * Returns how many scores changed.
   */
  async rescoreAll(chunkSize = RESCORE_CHUNK): Promise<number> {
    const rules = await this.rules();
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
        await this.putSynced('leads', updates);
        changed += updates.length;
        return batch.length < chunkSize;
      });
      if (done) return changed;
    }
  }
}
