import {
  accountLookup,
  type ConversionOptions,
  type ConversionPlan,
  matchContact,
  planConversion,
} from '../crm/plan-conversion';
import { type Account, AccountSchema } from '../model/account';
import { type Contact, ContactSchema } from '../model/contact';
import { type Deal, DealSchema } from '../model/deal';
import type { Lead } from '../model/lead';
import { LeadWriteRepository } from './lead-writes';
import { syncTables } from './outbox';
import { parseRows } from './parse-rows';

export type AccountSummary = Account & { contactCount: number; dealCount: number };

export interface ConversionResult {
  lead: Lead;
  contact: Contact;
  account: Account;
  deal?: Deal;
}

/**
 * Conversion, lead → contact + account (+ deal), and the accounts it builds:
 * an existing account (same domain) or contact (same email) is reused, never
 * duplicated, and the whole conversion is one transaction.
 */
export class ConversionRepository extends LeadWriteRepository {
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

  /** Read what conversion needs and plan it. Call inside a transaction over leads, contacts, accounts and activities. */
  private async plan(id: string, options: ConversionOptions): Promise<ConversionPlan> {
    const lead = await this.writes.loadLead(id);
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
      activities: await this.writes.loadActivities(id),
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
      await this.writes.putSynced('accounts', [plan.account.account]);
      await this.writes.putSynced('contacts', [plan.contact.contact]);
      if (plan.deal) await this.writes.putSynced('deals', [plan.deal]);
      await this.writes.putSynced('activities', plan.activities);
      const lead = await this.writes.save(plan.lead);
      return {
        lead,
        contact: plan.contact.contact,
        account: plan.account.account,
        ...(plan.deal ? { deal: plan.deal } : {}),
      };
    });
  }
}
