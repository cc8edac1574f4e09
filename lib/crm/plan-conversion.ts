import { type Account, AccountSchema } from '../model/account';
import { type Activity, ActivitySchema } from '../model/activity';
import { type Contact, ContactSchema } from '../model/contact';
import type { DealDraft } from '../model/conversion';
import { type Deal, DealSchema } from '../model/deal';
import { type Lead, LeadSchema } from '../model/lead';
import { normalizeCompanyName, normalizeEmail } from '../person/lead-identity';
import { contactVerifiedEmailsOf, guessedEmailsOf } from './guessed-emails';
import { checkConversion } from './lead-lifecycle';

export interface ConversionOptions {
  deal?: DealDraft;
}

export interface ConversionInput {
  lead: Lead;
  /** Accounts that may be this lead's organisation: same domain, same normalised name, or the found contact's own. */
  accounts: readonly Account[];
  /** Contacts with one of the lead's normalised emails. */
  contacts: readonly Contact[];
  /** The lead's activities. */
  activities: readonly Activity[];
  deal?: DealDraft;
  now: number;
  newId: () => string;
}

export interface ConversionPlan {
  account: { action: 'create' | 'reuse'; account: Account };
  contact: { action: 'create' | 'reuse'; contact: Contact };
  deal?: Deal;
  /** The lead's activities, now also on the contact. */
  activities: Activity[];
  activitiesMoved: number;
  /** The lead as it stays after conversion: status converted, linked to what it became. */
  lead: Lead;
}

/** A conversion that cannot happen; the message is meant for the rep. */
export class ConversionError extends Error {
  override name = 'ConversionError';
}

/** How to look up the lead's organisation: company domain first, then normalised company name ('' when unknown). */
export function accountLookup(lead: Pick<Lead, 'company' | 'companyDomain'>): { domain: string; nameKey: string } {
  return { domain: lead.companyDomain.trim().toLowerCase(), nameKey: normalizeCompanyName(lead.company) };
}

/** The lead's organisation among the candidates, or undefined when a new account is needed. */
export function matchAccount(
  lead: Pick<Lead, 'company' | 'companyDomain'>,
  candidates: readonly Account[],
): Account | undefined {
  const { domain, nameKey } = accountLookup(lead);
  if (domain) {
    const byDomain = candidates.find((a) => a.domain === domain);
    if (byDomain) return byDomain;
  }
  if (!nameKey) return undefined;
  // Same name but another domain is another company (a namesake, or a subsidiary the rep keeps apart).
  return candidates.find((a) => a.nameKey === nameKey && (!a.domain || !domain || a.domain === domain));
}

/** The contact that is already this person: one of the lead's normalised emails. */
export function matchContact(lead: Pick<Lead, 'emailKeys'>, candidates: readonly Contact[]): Contact | undefined {
  const keys = new Set(lead.emailKeys);
  return candidates.find((c) => c.emailKeys.some((k) => keys.has(k)));
}

/** The name a contact or a household account shows for this person. */
export function personName(lead: Pick<Lead, 'fullName' | 'firstName' | 'lastName' | 'emails'>): string {
  const name =
    lead.fullName.trim() ||
    [lead.firstName, lead.lastName]
      .map((s) => s.trim())
      .filter(Boolean)
      .join(' ') ||
    lead.emails[0] ||
    'Unnamed contact';
  return name.slice(0, 200);
}

const union = (a: readonly string[], b: readonly string[], key: (v: string) => string, max: number) => {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const v of b) {
    const k = key(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out.slice(0, max);
};
const same = (v: string) => v;
const lower = (v: string) => v.toLowerCase();
const digits = (v: string) => v.replace(/[^\d+]/g, '');

const DEAL_FIELD_LABEL: Record<string, string> = { name: 'Deal name', amount: 'Amount', closeDate: 'Close date' };

function buildDeal(draft: DealDraft, lead: Lead, accountId: string, contactId: string, id: string, now: number): Deal {
  const parsed = DealSchema.safeParse({
    id,
    accountId,
    contactId,
    name: draft.name,
    amount: draft.amount,
    ...(draft.closeDate ? { closeDate: draft.closeDate } : {}),
    tags: lead.tags,
    createdAt: now,
    updatedAt: now,
  });
  if (parsed.success) return parsed.data;
  const why = parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    return `${DEAL_FIELD_LABEL[field] ?? field}: ${i.message}`;
  });
  throw new ConversionError(`The deal is not valid, nothing was converted. ${why.join('; ')}`);
}

function buildAccount(
  lead: Lead,
  existing: Account | undefined,
  contactId: string,
  newId: () => string,
  now: number,
): ConversionPlan['account'] {
  if (existing) {
    return {
      action: 'reuse',
      account: AccountSchema.parse({
        ...existing,
        domain: existing.domain || accountLookup(lead).domain,
        tags: union(existing.tags, lead.tags, same, 50),
        updatedAt: now,
      }),
    };
  }
  const { domain } = accountLookup(lead);
  const company = lead.company.trim();
  // No organisation at all: a B2C buyer gets a household account of their own, never matched by name.
  const individual = !company && !domain;
  const name = company || domain || personName(lead);
  return {
    action: 'create',
    account: AccountSchema.parse({
      id: newId(),
      name,
      nameKey: individual ? `individual:${contactId}` : normalizeCompanyName(name),
      domain,
      tags: lead.tags,
      createdAt: now,
      updatedAt: now,
    }),
  };
}

function buildContact(
  lead: Lead,
  existing: Contact | undefined,
  contactId: string,
  accountId: string,
  now: number,
): ConversionPlan['contact'] {
  if (existing) {
    const emails = union(existing.emails, lead.emails, normalizeEmail, 20);
    // An address the contact already had as known stays known; the lead's accepted guesses stay guesses.
    const known = new Set(contactVerifiedEmailsOf(existing).map(normalizeEmail));
    const guessedEmails = union(
      existing.guessedEmails,
      guessedEmailsOf(lead).filter((e) => !known.has(normalizeEmail(e))),
      normalizeEmail,
      20,
    );
    const notes =
      !lead.notes || existing.notes.includes(lead.notes)
        ? existing.notes
        : [existing.notes, lead.notes].filter(Boolean).join('\n\n');
    return {
      action: 'reuse',
      contact: ContactSchema.parse({
        ...existing,
        // The person works where the lead says they do now.
        accountId,
        leadId: existing.leadId ?? lead.id,
        firstName: existing.firstName || lead.firstName,
        lastName: existing.lastName || lead.lastName,
        title: existing.title || lead.title,
        location: existing.location || lead.location,
        emails,
        guessedEmails,
        emailKeys: [...new Set(emails.map(normalizeEmail))],
        phones: union(existing.phones, lead.phones, digits, 20),
        urls: union(existing.urls, lead.urls, lower, 30),
        tags: union(existing.tags, lead.tags, same, 50),
        notes: notes.slice(0, 10_000),
        // Asked not to be contacted once is asked for good.
        doNotContact: existing.doNotContact || lead.doNotContact,
        updatedAt: now,
      }),
    };
  }
  return {
    action: 'create',
    contact: ContactSchema.parse({
      id: contactId,
      accountId,
      leadId: lead.id,
      fullName: personName(lead),
      firstName: lead.firstName,
      lastName: lead.lastName,
      title: lead.title,
      location: lead.location,
      emails: lead.emails,
      guessedEmails: guessedEmailsOf(lead),
      phones: lead.phones,
      urls: lead.urls,
      emailKeys: [...new Set(lead.emails.map(normalizeEmail))],
      tags: lead.tags,
      notes: lead.notes,
      lawfulBasis: lead.lawfulBasis,
      doNotContact: lead.doNotContact,
      createdAt: now,
      updatedAt: now,
    }),
  };
}

/**
 * Lead → contact + account (+ deal), as records ready to save, without
 * touching the store: the side panel previews this plan, and conversion
 * saves exactly it. Reuses the account (same domain, else same name) and the
 * contact (same email) rather than duplicating them. Throws a
 * ConversionError when the lead cannot be converted or the deal is not
 * valid, so the caller has nothing to save.
 */
export function planConversion(input: ConversionInput): ConversionPlan {
  const { lead, now, newId } = input;
  const allowed = checkConversion(lead.status);
  if (!allowed.ok) throw new ConversionError(allowed.reason);

  const existingContact = matchContact(lead, input.contacts);
  const { domain, nameKey } = accountLookup(lead);
  // With no company to go by, a known person stays in the account they already have.
  const existingAccount =
    domain || nameKey
      ? matchAccount(lead, input.accounts)
      : input.accounts.find((a) => a.id === existingContact?.accountId);

  const contactId = existingContact?.id ?? newId();
  const account = buildAccount(lead, existingAccount, contactId, newId, now);
  const dealId = input.deal ? newId() : undefined;
  const deal =
    input.deal && dealId ? buildDeal(input.deal, lead, account.account.id, contactId, dealId, now) : undefined;
  const contact = buildContact(lead, existingContact, contactId, account.account.id, now);

  const activities = input.activities
    .filter((a) => a.leadId === lead.id && a.contactId === undefined)
    .map((a) => ActivitySchema.parse({ ...a, contactId }));

  const convertedLead = LeadSchema.parse({
    ...lead,
    status: 'converted',
    disqualifyReason: '',
    convertedTo: { contactId, accountId: account.account.id, ...(deal ? { dealId: deal.id } : {}) },
    updatedAt: now,
  });

  return {
    account,
    contact,
    ...(deal ? { deal } : {}),
    activities,
    activitiesMoved: activities.length,
    lead: convertedLead,
  };
}
