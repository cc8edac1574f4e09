import { liveQuery, type Observable } from 'dexie';
import type { AccountSummary } from '../db/conversion-repository';
import { parseRows } from '../db/parse-rows';
import type { Account } from '../model/account';
import type { Activity } from '../model/activity';
import { type Contact, ContactSchema } from '../model/contact';
import type { Deal } from '../model/deal';
import type { Lead } from '../model/lead';
import type { Settings } from '../model/settings';
import { type LeadRow, toLeadRow } from './lead-rows';
import { type LiveLeadRows, liveLeadRows } from './live-lead-rows';
import type { SidePanelStore } from './side-panel-store';

/** What the side panel shows: live queries that repaint it whenever the store changes, from any context. */
export interface LeadViews {
  recentLeadRows(limit: number): Promise<LeadRow[]>;
  watchLeadRows(): LiveLeadRows;
  watchLead(id: string): Observable<{ lead: Lead; activities: Activity[] } | undefined>;
  watchContacts(): Observable<Contact[]>;
  watchAccounts(): Observable<AccountSummary[]>;
  watchSettings(): Observable<Settings>;
  accountDetail(id: string): Promise<{ account: Account; contacts: Contact[]; deals: Deal[] } | undefined>;
  now(): number;
}

export function createLeadViews({ db, leads, edits, conversion, settings, clock }: SidePanelStore): LeadViews {
  return {
    recentLeadRows: async (limit) => (await leads.listRecent(limit)).map(toLeadRow),
    watchLeadRows: () => liveLeadRows(db),
    watchLead: (id) =>
      liveQuery(async () => {
        const lead = await leads.get(id);
        if (!lead) return undefined;
        return { lead, activities: await edits.activitiesFor(id) };
      }),
    watchContacts: () =>
      liveQuery(async () => parseRows(ContactSchema, await db.contacts.orderBy('updatedAt').reverse().toArray())),
    watchAccounts: () => liveQuery(() => conversion.listAccounts()),
    watchSettings: () => settings.watch(),
    accountDetail: (id) => conversion.accountDetail(id),
    now: () => clock.now(),
  };
}
