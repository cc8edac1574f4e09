import { describe, expect, it } from 'vitest';
import { identityKeys } from '../../../lib/crm/lead-keys';
import { ConversionError, matchAccount, planConversion } from '../../../lib/crm/plan-conversion';
import { type Account, AccountSchema } from '../../../lib/model/account';
import { ActivitySchema } from '../../../lib/model/activity';
import { type Contact, ContactSchema } from '../../../lib/model/contact';
import { type LeadInput, LeadSchema } from '../../../lib/model/lead';

const NOW = Date.UTC(2026, 10, 24, 9);

function lead(over: Partial<LeadInput>) {
  const l = LeadSchema.parse({ id: 'lead-1', createdAt: 1, updatedAt: 1, ...over });
  return { ...l, ...identityKeys(l) };
}

function account(over: Partial<Account> & Pick<Account, 'id' | 'name' | 'nameKey'>): Account {
  return AccountSchema.parse({ createdAt: 1, updatedAt: 1, ...over });
}

function contact(over: Partial<Contact> & Pick<Contact, 'id' | 'accountId' | 'fullName'>): Contact {
  return ContactSchema.parse({ createdAt: 1, updatedAt: 1, ...over });
}

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

const ada = lead({
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  title: 'CTO',
  company: 'Acme Inc.',
  companyDomain: 'acme.example',
  emails: ['ada@acme.example'],
  tags: ['conf-2026', 'customer'],
  notes: 'Met at the booth',
});

const plan = (over: Partial<Parameters<typeof planConversion>[0]>) =>
  planConversion({ lead: ada, accounts: [], contacts: [], activities: [], now: NOW, newId: ids(), ...over });

describe('which existing account a lead belongs to', () => {
  const byDomain = account({
    id: 'a-dom',
    name: 'ACME Corporation',
    nameKey: 'acme corporation',
    domain: 'acme.example',
  });
  const byName = account({ id: 'a-name', name: 'Acme', nameKey: 'acme' });
  const namesake = account({ id: 'a-other', name: 'Acme', nameKey: 'acme', domain: 'acme.other' });

  it.each([
    ['the company domain wins over a name match', ada, [byName, byDomain], 'a-dom'],
    ['the normalised name when the domain is unknown', lead({ company: 'ACME, Inc.' }), [byName], 'a-name'],
    ['the name when the account has no domain yet', ada, [byName], 'a-name'],
    ['not a namesake with another domain', ada, [namesake], undefined],
    ['nothing for a lead with no company and free mail', lead({ emails: ['ada@gmail.com'] }), [byName], undefined],
  ])('%s', (_label, l, candidates, expected) => {
    expect(matchAccount(l, candidates)?.id).toBe(expected);
  });
});

describe('planning a conversion', () => {
  it('creates account, contact and deal from the lead, carrying tags and notes over', () => {
    const p = plan({ deal: { name: 'Acme pilot', amount: 12_000, closeDate: '2026-12-31' } });
    expect(p.contact).toMatchObject({
      action: 'create',
      contact: {
        fullName: 'Ada Lovelace',
        title: 'CTO',
        emails: ['ada@acme.example'],
        tags: ['conf-2026', 'customer'],
        notes: 'Met at the booth',
        leadId: 'lead-1',
      },
    });
    expect(p.account).toMatchObject({
      action: 'create',
      account: { name: 'Acme Inc.', nameKey: 'acme', domain: 'acme.example', tags: ['conf-2026', 'customer'] },
    });
    expect(p.deal).toMatchObject({
      name: 'Acme pilot',
      amount: 12_000,
      currency: 'EUR',
      stage: 'prospecting',
      closeDate: '2026-12-31',
      tags: ['conf-2026', 'customer'],
    });
    expect(p.deal?.accountId).toBe(p.account.account.id);
    expect(p.deal?.contactId).toBe(p.contact.contact.id);
    expect(p.lead).toMatchObject({
      status: 'converted',
      convertedTo: { contactId: p.contact.contact.id, accountId: p.account.account.id, dealId: p.deal?.id },
    });
  });

  it('gives a buyer with no company a household account of their own', () => {
    const jo = lead({ fullName: 'Jo Bloggs', emails: ['jo@gmail.com'] });
    const p = plan({ lead: jo });
    expect(p.account.account).toMatchObject({ name: 'Jo Bloggs', domain: '' });
    // Another Jo Bloggs must never be filed in this household by name.
    expect(p.account.account.nameKey).not.toBe('jo bloggs');
  });

  it('names the account after the email domain when only the domain is known', () => {
    const p = plan({
      lead: lead({ fullName: 'Sam', emails: ['sam@initech.example'], companyDomain: 'initech.example' }),
    });
    expect(p.account.account).toMatchObject({ name: 'initech.example', domain: 'initech.example' });
  });

  it('reuses the contact with the same email, adding what the lead knows and moving it to the account', () => {
    const old = contact({
      id: 'c-1',
      accountId: 'a-old',
      fullName: 'Ada L.',
      emails: ['Ada@acme.example'],
      emailKeys: ['ada@acme.example'],
      phones: ['+44 20 7946 0000'],
      tags: ['vip'],
      notes: 'Prefers email',
    });
    const acme = account({ id: 'a-1', name: 'Acme', nameKey: 'acme', domain: 'acme.example', tags: ['partner'] });
    const p = plan({ lead: { ...ada, phones: ['+44 20 7946 0001'] }, contacts: [old], accounts: [acme] });
    expect(p.contact.action).toBe('reuse');
    expect(p.contact.contact).toMatchObject({
      id: 'c-1',
      accountId: 'a-1',
      fullName: 'Ada L.',
      title: 'CTO',
      emails: ['Ada@acme.example'],
      phones: ['+44 20 7946 0000', '+44 20 7946 0001'],
      tags: ['vip', 'conf-2026', 'customer'],
      notes: 'Prefers email\n\nMet at the booth',
    });
    expect(p.account).toMatchObject({
      action: 'reuse',
      account: { id: 'a-1', tags: ['partner', 'conf-2026', 'customer'] },
    });
  });

  it('keeps a known person without a company in the account they already have', () => {
    const jo = lead({ fullName: 'Jo Bloggs', emails: ['jo@gmail.com'] });
    const household = account({ id: 'h-1', name: 'Jo Bloggs', nameKey: 'individual:c-9' });
    const known = contact({
      id: 'c-9',
      accountId: 'h-1',
      fullName: 'Jo Bloggs',
      emails: ['jo@gmail.com'],
      emailKeys: ['jo@gmail.com'],
    });
    const p = plan({ lead: jo, contacts: [known], accounts: [household] });
    expect(p.account).toMatchObject({ action: 'reuse', account: { id: 'h-1' } });
  });

  it('moves the lead activities to the contact', () => {
    const activities = [
      ActivitySchema.parse({ id: 'x1', leadId: 'lead-1', kind: 'call', at: 5, createdAt: 5 }),
      ActivitySchema.parse({ id: 'x2', leadId: 'lead-1', kind: 'reply', direction: 'inbound', at: 6, createdAt: 6 }),
    ];
    const p = plan({ activities });
    expect(p.activitiesMoved).toBe(2);
    expect(p.activities.map((a) => [a.id, a.leadId, a.contactId])).toEqual([
      ['x1', 'lead-1', p.contact.contact.id],
      ['x2', 'lead-1', p.contact.contact.id],
    ]);
  });

  it.each([
    ['no name', { name: ' ', amount: 10 }, /Deal name: A deal needs a name/],
    ['a negative amount', { name: 'Pilot', amount: -5 }, /Amount:/],
    ['a close date that is not a date', { name: 'Pilot', amount: 5, closeDate: '31/12/2026' }, /Close date:/],
  ])('refuses a deal with %s', (_label, deal, message) => {
    expect(() => plan({ deal })).toThrow(ConversionError);
    expect(() => plan({ deal })).toThrow(message);
  });

  it.each([
    ['converted', /already converted/],
    ['disqualified', /Reopen this disqualified lead/],
  ] as const)('refuses a %s lead', (status, message) => {
    expect(() => plan({ lead: { ...ada, status } })).toThrow(message);
  });
});
