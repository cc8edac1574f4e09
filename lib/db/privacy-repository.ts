import { liveQuery, type Observable } from 'dexie';
import { type IdentityKeys, identityKeys } from '../crm/lead-keys';
import { deletesAutomatically, leadsDueForReview, retentionCutoff } from '../crm/retention';
import { findSuppression, lookupKeysOf, suppressionKeysOf } from '../crm/suppression';
import { type Account, AccountSchema } from '../model/account';
import { type Activity, ActivitySchema } from '../model/activity';
import { type Contact, ContactSchema } from '../model/contact';
import { type Deal, DealSchema } from '../model/deal';
import type { ForgetSummary, ForgetTarget } from '../model/forget';
import { type Lead, LeadSchema } from '../model/lead';
import { type Suppression, SuppressionSchema } from '../model/privacy';
import type { SyncTable } from '../model/sync';
import { canonicalProfileKey, normalizeEmail } from '../person/lead-identity';
import { type Clock, systemClock } from './clock';
import type { LeadClipDB } from './database';
import { LeadDeletionRepository } from './lead-deletion-repository';
import { isTracking, recordChanges, recordForgets, syncTables } from './outbox';
import { SettingsRepository } from './settings-repository';

// Callers of the repository read what forgetting did in the model's words.
export type { ForgetSummary, ForgetTarget } from '../model/forget';

/** Everything held about one person: what the subject access export writes. */
export interface PersonData {
  leads: Lead[];
  contacts: Contact[];
  activities: Activity[];
  accounts: Account[];
  deals: Deal[];
}

interface Found extends PersonData {
  keys: IdentityKeys;
}

const parseAll = <T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  rows: unknown[],
) =>
  rows.flatMap((r) => {
    const p = schema.safeParse(r);
    return p.success ? [p.data] : [];
  });

/** A contact's identity keys, as a lead's would be: emails and profile links (contacts have no name + company key). */
function contactKeys(c: Contact): IdentityKeys {
  return {
    emailKeys: [...new Set([...c.emailKeys, ...c.emails.map(normalizeEmail)].filter((e) => e.includes('@')))],
    profileKeys: [...new Set(c.urls.map(canonicalProfileKey).filter(Boolean))],
    nameKey: '',
  };
}

const MAX_ROUNDS = 5;

/**
 * Privacy: forgetting a person everywhere, the suppression list, retention and
 * the subject access export. Forgetting is one read-write transaction over
 * every table that can hold the person: either all of it goes or none of it.
 */
export class PrivacyRepository {
  constructor(
    private readonly db: LeadClipDB,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * The person's records: the target, then everything sharing one of its
   * identity keys (the dedupe keys: email, profile, name + company) or linked
   * by conversion, repeated until nothing new turns up. Call inside a
   * transaction over leads, contacts, activities, accounts and deals.
   */
  private async collect(target: ForgetTarget): Promise<Found> {
    const { db } = this;
    const leads = new Map<string, Lead>();
    const contacts = new Map<string, Contact>();
    const keys = { email: new Set<string>(), profile: new Set<string>(), name: new Set<string>() };
    const addKeys = (k: IdentityKeys) => {
      for (const e of k.emailKeys) keys.email.add(e);
      for (const p of k.profileKeys) keys.profile.add(p);
      if (k.nameKey) keys.name.add(k.nameKey);
    };
    const addLeads = (rows: unknown[]) => {
      let added = 0;
      for (const l of parseAll(LeadSchema, rows)) {
        if (leads.has(l.id)) continue;
        leads.set(l.id, l);
        addKeys(identityKeys(l));
        added += 1;
      }
      return added;
    };
    const addContacts = (rows: unknown[]) => {
      let added = 0;
      for (const c of parseAll(ContactSchema, rows)) {
        if (contacts.has(c.id)) continue;
        contacts.set(c.id, c);
        addKeys(contactKeys(c));
        added += 1;
      }
      return added;
    };
    if ('leadId' in target) addLeads([await db.leads.get(target.leadId)].filter(Boolean));
    else if ('contactId' in target) addContacts([await db.contacts.get(target.contactId)].filter(Boolean));
    else {
      const email = normalizeEmail(target.email);
      if (email.includes('@')) keys.email.add(email);
    }
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const email = [...keys.email];
      const profile = [...keys.profile];
      const name = [...keys.name];
      const leadIds = [...leads.keys()];
      const linkedContacts = [...leads.values()].flatMap((l) => (l.convertedTo ? [l.convertedTo.contactId] : []));
      const linkedLeads = [...contacts.values()].flatMap((c) => (c.leadId ? [c.leadId] : []));
      let added = 0;
      added += addLeads([
        ...(email.length ? await db.leads.where('emailKeys').anyOf(email).toArray() : []),
        ...(profile.length ? await db.leads.where('profileKeys').anyOf(profile).toArray() : []),
        ...(name.length ? await db.leads.where('nameKey').anyOf(name).toArray() : []),
        ...(linkedLeads.length ? (await db.leads.bulkGet(linkedLeads)).filter(Boolean) : []),
      ]);
      added += addContacts([
        ...(email.length ? await db.contacts.where('emailKeys').anyOf(email).toArray() : []),
        ...(leadIds.length ? await db.contacts.where('leadId').anyOf(leadIds).toArray() : []),
        ...(linkedContacts.length ? (await db.contacts.bulkGet(linkedContacts)).filter(Boolean) : []),
      ]);
      if (added === 0) break;
    }
    const leadIds = [...leads.keys()];
    const contactIds = [...contacts.keys()];
    const activityRows = [
      ...(leadIds.length ? await db.activities.where('leadId').anyOf(leadIds).toArray() : []),
      ...(contactIds.length ? await db.activities.where('contactId').anyOf(contactIds).toArray() : []),
    ];
    const activities = new Map(parseAll(ActivitySchema, activityRows).map((a) => [a.id, a]));
    // An activity row that no longer parses still holds the person's words: it goes too.
    for (const r of activityRows) if (!activities.has(r.id)) activities.set(r.id, r as Activity);
    const deals = contactIds.length
      ? parseAll(DealSchema, await db.deals.where('contactId').anyOf(contactIds).toArray())
      : [];
    const accountIds = [...new Set([...contacts.values()].map((c) => c.accountId))];
    const accounts = accountIds.length
      ? parseAll(AccountSchema, (await db.accounts.bulkGet(accountIds)).filter(Boolean))
      : [];
    return {
      leads: [...leads.values()],
      contacts: [...contacts.values()],
      activities: [...activities.values()].sort((a, b) => a.at - b.at),
      accounts,
      deals,
      keys: { emailKeys: [...keys.email], profileKeys: [...keys.profile], nameKey: [...keys.name][0] ?? '' },
    };
  }

  private readTables() {
    const { leads, contacts, activities, accounts, deals } = this.db;
    return [leads, contacts, activities, accounts, deals];
  }

  /** What `forgetPerson` would remove, without writing anything: the confirm step shows it. */
  async previewForget(target: ForgetTarget): Promise<ForgetSummary> {
    return this.db.transaction('r', [...this.readTables(), this.db.outbox, this.db.syncRecords], async () => {
      const found = await this.collect(target);
      const ids = new Set(this.records(found).map((r) => `${r.table}\u0000${r.key}`));
      const outboxRows = await this.db.outbox.filter((r) => ids.has(`${r.table}\u0000${r.key}`)).count();
      return this.summary(found, { outboxRows, syncClocks: 0, quarantined: 0, suppressedKeys: 0, tombstones: 0 });
    });
  }

  private records(found: Found): { table: SyncTable; key: string }[] {
    return [
      ...found.leads.map((l) => ({ table: 'leads' as const, key: l.id })),
      ...found.contacts.map((c) => ({ table: 'contacts' as const, key: c.id })),
      ...found.activities.map((a) => ({ table: 'activities' as const, key: a.id })),
    ];
  }

  private summary(
    found: Found,
    rest: Pick<ForgetSummary, 'outboxRows' | 'syncClocks' | 'quarantined' | 'suppressedKeys' | 'tombstones'>,
  ): ForgetSummary {
    const names = [...new Set([...found.leads, ...found.contacts].map((p) => p.fullName).filter(Boolean))];
    return {
      names,
      leads: found.leads.length,
      contacts: found.contacts.length,
      activities: found.activities.length,
      dealsUnlinked: found.deals.length,
      forgottenAt: this.clock.now(),
      ...rest,
    };
  }

  /**
   * Forget a person (an erasure request), in ONE transaction: delete the
   * matching leads and contacts, their activities, their pending outbox rows,
   * their sync field clocks and any quarantined copy; unlink deals that named
   * them; queue a `forget` tombstone per record for the server (which removes
   * the record and its history, so every replica drops it on its next pull);
   * and add the identity keys to the suppression list so capture and import
   * flag the person instead of bringing them back silently.
   */
  async forgetPerson(target: ForgetTarget, reason = 'Erasure request'): Promise<ForgetSummary> {
    const { db } = this;
    const tables = [...this.readTables(), db.suppressions, db.quarantine, ...syncTables(db)];
    return db.transaction('rw', tables, async () => {
      const now = this.clock.now();
      const found = await this.collect(target);
      const records = this.records(found);
      await db.activities.bulkDelete(found.activities.map((a) => a.id));
      await db.contacts.bulkDelete(found.contacts.map((c) => c.id));
      await db.leads.bulkDelete(found.leads.map((l) => l.id));
      const forgotten = await recordForgets(db, records, now);
      const tombstones = (await isTracking(db)) ? records.length : 0;
      // Deals are the account's business; only the link to the forgotten person goes.
      const unlinked = found.deals.map(({ contactId: _gone, ...deal }) => ({ ...deal, updatedAt: now }));
      if (unlinked.length > 0) {
        await db.deals.bulkPut(unlinked);
        await recordChanges(
          db,
          unlinked.map((d, i) => ({ table: 'deals', key: d.id, next: d, prev: found.deals[i] })),
          now,
        );
      }
      const quarantined = await this.dropQuarantined(found);
      const wanted = suppressionKeysOf(found.keys);
      const have = await db.suppressions.bulkGet(wanted.map((w) => w.key));
      const fresh = wanted
        .filter((_, i) => have[i] === undefined)
        .map((w) => SuppressionSchema.parse({ ...w, forgottenAt: now, reason }));
      await db.suppressions.bulkPut(fresh);
      return this.summary(found, {
        outboxRows: forgotten.outboxRows,
        syncClocks: forgotten.clockRows,
        quarantined,
        suppressedKeys: fresh.length,
        tombstones,
      });
    });
  }

  /** Quarantined rows (set aside by an upgrade or a pull) that are one of the records or carry one of the keys. */
  private async dropQuarantined(found: Found): Promise<number> {
    const ids = new Set(this.records(found).map((r) => r.key));
    const needles = [...found.keys.emailKeys, ...found.keys.profileKeys.map((k) => k.split(':').slice(1).join(':'))];
    const hits = await this.db.quarantine
      .filter((q) => {
        const row = q.row;
        if (typeof row === 'object' && row !== null && 'id' in row && ids.has(String(row.id))) return true;
        const text = JSON.stringify(row ?? null).toLowerCase();
        return needles.some((n) => n.length > 2 && text.includes(n));
      })
      .primaryKeys();
    await this.db.quarantine.bulkDelete(hits);
    return hits.length;
  }

  /** The suppression that applies to a person, if any. Call inside a transaction that includes `suppressions`, or alone. */
  async suppressionFor(keys: IdentityKeys): Promise<Suppression | undefined> {
    return findSuppression(keys, await this.suppressionMap([keys]));
  }

  /** The suppressions among many people's keys, in one lookup. */
  async suppressionMap(people: readonly IdentityKeys[]): Promise<Map<string, Suppression>> {
    const wanted = [...new Set(people.flatMap(lookupKeysOf))];
    const rows = wanted.length > 0 ? await this.db.suppressions.bulkGet(wanted) : [];
    const out = new Map<string, Suppression>();
    for (const r of rows) if (r) out.set(r.key, r);
    return out;
  }

  watchSuppressions(): Observable<Suppression[]> {
    return liveQuery(async () =>
      parseAll(SuppressionSchema, await this.db.suppressions.orderBy('forgottenAt').reverse().toArray()),
    );
  }

  /** Everything held about the person a lead (or contact) is, with provenance and activities: the subject access export. */
  async personData(target: ForgetTarget): Promise<PersonData> {
    return this.db.transaction('r', this.readTables(), async () => {
      const { keys: _keys, ...data } = await this.collect(target);
      return data;
    });
  }

  /** The leads the retention rule says are due, with the rules in settings. Nothing when the rule is off. */
  async dueForReview(): Promise<Lead[]> {
    const { privacy } = await new SettingsRepository(this.db).get();
    const now = this.clock.now();
    const cutoff = retentionCutoff(privacy, now);
    if (cutoff === undefined) return [];
    // Only the due leads are read (by the updatedAt index): the side panel watches this list, and
    // reading a whole large store on every change would freeze it.
    const due = await this.db.leads.where('updatedAt').below(cutoff).toArray();
    return leadsDueForReview(parseAll(LeadSchema, due), privacy, now);
  }

  watchDueForReview(): Observable<Lead[]> {
    return liveQuery(() => this.dueForReview());
  }

  /**
   * Delete the leads that are due (the rep confirmed them in review, or the
   * alarm in automatic mode), through the lead deletion repository so the deletes
   * reach sync. Ids no longer due (touched since the list was shown) are kept.
   */
  async deleteDue(ids?: readonly string[]): Promise<number> {
    const due = await this.dueForReview();
    const chosen = ids === undefined ? due : due.filter((l) => ids.includes(l.id));
    if (chosen.length === 0) return 0;
    const batch = await new LeadDeletionRepository(this.db, this.clock).deleteLeads(chosen.map((l) => l.id));
    return batch.leads.length;
  }

  /** The daily alarm: deletes only with the rule on and automatic mode chosen; returns how many went. */
  async runRetention(): Promise<number> {
    const { privacy } = await new SettingsRepository(this.db).get();
    if (!deletesAutomatically(privacy)) return 0;
    return this.deleteDue();
  }
}
