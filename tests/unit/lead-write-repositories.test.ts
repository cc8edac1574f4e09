import { describe, expect, it, vi } from 'vitest';
import type { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { AccountSchema } from '../../lib/model/account';
import { EMPTY_BANT } from '../../lib/model/bant';
import type { CandidateInput, PageScan } from '../../lib/model/candidate';
import { CandidateSchema } from '../../lib/model/candidate';
import { ContactSchema } from '../../lib/model/contact';
import { fixedClock, freshDb, leadRepositories } from './helpers';

const v = (value: string, confidence = 0.9) => ({ value, confidence, source: 'test' });

function scan(candidates: CandidateInput[], pageUrl = 'https://acme.example/team'): PageScan {
  return { pageUrl, pageTitle: 'Team', candidates: candidates.map((c) => CandidateSchema.parse(c)) };
}

const ada: CandidateInput = {
  fullName: v('Ada Lovelace'),
  title: v('CTO'),
  company: v('Acme'),
  emails: [v('ada@acme.example')],
  sources: ['test'],
};
const grace: CandidateInput = {
  fullName: v('Grace Hopper'),
  title: v('Head of Engineering'),
  company: v('ACME Inc.'),
  emails: [v('grace@acme.example')],
  sources: ['test'],
};
const jo: CandidateInput = { fullName: v('Jo Bloggs'), emails: [v('jo@gmail.com')], sources: ['test'] };

function setup() {
  const db = freshDb();
  const clock = fixedClock();
  const leads = new LeadRepository(db, clock);
  const repos = leadRepositories(db, clock);
  const capture = async (c: CandidateInput, tags: string[] = ['conf-2026']) => {
    const [r] = await leads.capture(scan([c]), [0], { source: 'web', tags });
    if (!r) throw new Error('capture saved nothing');
    return r.leadId;
  };
  return { db, clock, leads, repos, capture };
}

async function snapshot(db: LeadClipDB) {
  return {
    leads: await db.leads.toArray(),
    contacts: await db.contacts.toArray(),
    accounts: await db.accounts.toArray(),
    deals: await db.deals.toArray(),
    activities: await db.activities.toArray(),
  };
}

describe('scoring on every write', () => {
  it('scores a captured lead with the rules in settings', async () => {
    const { db, leads, capture } = setup();
    const id = await capture(ada);
    expect((await leads.get(id))?.score).toMatchObject({ total: 50, fit: 50, grade: 'A', salesReady: false });
    await new SettingsRepository(db).update({
      scoring: { ...(await new SettingsRepository(db).get()).scoring, salesReadyThreshold: 40 },
    });
    const other = await capture(grace);
    expect((await leads.get(other))?.score).toMatchObject({ total: 40, salesReady: true });
  });

  it('raises the score when an inbound reply is logged, and lowers it when the title is cleared', async () => {
    const { clock, leads, repos, capture } = setup();
    const id = await capture(ada);
    await repos.edits.addActivity(id, { kind: 'reply', direction: 'inbound', text: 'Sounds good', at: clock.now() });
    expect((await leads.get(id))?.score).toMatchObject({ total: 65, engagement: 15, salesReady: true });
    await repos.edits.updateLeadFields(id, { title: '' });
    const after = await leads.get(id);
    expect(after?.score.total).toBe(40);
    expect(after?.score.breakdown.map((l) => l.rule)).not.toContain('seniority');
  });

  it('rescores every lead when the rules change, in chunks, without touching updatedAt', async () => {
    const { db, leads, repos, capture } = setup();
    const ids = [await capture(ada), await capture(grace), await capture(jo)];
    const before = await Promise.all(ids.map((id) => leads.get(id)));
    const settings = new SettingsRepository(db);
    await settings.update({ scoring: { ...(await settings.get()).scoring, titleKeywords: ['engineering'] } });
    // Ada and Grace are graded against the larger profile; Jo (no title, free mail) scores the same as before.
    expect(await repos.rescoring.rescoreAll(2)).toBe(2);
    const after = await Promise.all(ids.map((id) => leads.get(id)));
    expect(after[1]?.score.breakdown.map((l) => l.rule)).toContain('icp-title');
    expect(after[0]?.score.breakdown.map((l) => l.rule)).not.toContain('icp-title');
    // The profile now has a criterion Ada misses, so her grade is measured against more.
    expect(after[0]?.score.grade).toBe('B');
    expect(after.map((l) => l?.updatedAt)).toEqual(before.map((l) => l?.updatedAt));
    expect(await repos.rescoring.rescoreAll(2)).toBe(0);
  });
});

describe('editing a lead by hand', () => {
  it('pins the edited fields so a later capture of the same person does not overwrite them', async () => {
    const { leads, repos, capture } = setup();
    const id = await capture({ ...ada, emails: [v('ada@acme.example'), v('ada.old@acme.example')] });
    await repos.edits.updateLeadFields(id, { title: '', emails: ['ada@acme.example'] });
    expect((await leads.get(id))?.editedFields.sort()).toEqual(['email', 'title']);

    const [again] = await leads.capture(
      scan([{ ...ada, emails: [v('ada@acme.example'), v('ada.old@acme.example')], phones: [v('+44 20 7946 0000')] }]),
      [0],
      { source: 'web', tags: [] },
    );
    expect(again).toMatchObject({ leadId: id, outcome: 'update', changed: ['phone'] });
    const lead = await leads.get(id);
    // Stored in E.164, as every captured phone is.
    expect(lead).toMatchObject({ title: '', emails: ['ada@acme.example'], phones: ['+442079460000'] });
  });

  it('follows an email change with the dedupe keys and company domain', async () => {
    const { leads, repos, capture } = setup();
    const id = await capture(jo);
    await repos.edits.updateLeadFields(id, { emails: ['jo@bloggs.example'], fullName: 'Joanna Bloggs' });
    expect(await leads.get(id)).toMatchObject({
      emailKeys: ['jo@bloggs.example'],
      companyDomain: 'bloggs.example',
      firstName: 'Joanna',
      lastName: 'Bloggs',
    });
    const [r] = await leads.capture(scan([{ emails: [v('JO@bloggs.example')], sources: ['t'] }]), [0], {
      source: 'web',
      tags: [],
    });
    expect(r?.leadId).toBe(id);
    expect(await leads.count()).toBe(1);
  });

  it('refuses an invalid email and changes nothing', async () => {
    const { db, repos, capture } = setup();
    const id = await capture(ada);
    const before = await db.leads.get(id);
    await expect(repos.edits.updateLeadFields(id, { emails: ['not-an-email'] })).rejects.toThrow(
      /Not a valid email address/,
    );
    expect(await db.leads.get(id)).toEqual(before);
  });

  it('leaves editedFields alone when nothing really changed', async () => {
    const { leads, repos, capture } = setup();
    const id = await capture(ada);
    await repos.edits.updateLeadFields(id, { title: 'CTO', notes: 'Call after the summit' });
    expect(await leads.get(id)).toMatchObject({ editedFields: [], notes: 'Call after the summit' });
  });
});

describe('status, tags, activities and qualification', () => {
  it('changes the leads that may move and explains each one that may not', async () => {
    const { repos, leads, capture } = setup();
    const a = await capture(ada);
    const g = await capture(grace);
    await repos.edits.setStatus([g], 'qualified');
    const r = await repos.edits.setStatus([a, g, 'gone'], 'working');
    expect(r.changed).toBe(1);
    expect(r.refused).toEqual([
      { id: g, reason: expect.stringMatching(/cannot go back from Prospect to Working/) },
      { id: 'gone', reason: 'This lead no longer exists.' },
    ]);
    expect((await leads.get(a))?.status).toBe('working');
    const toConverted = await repos.edits.setStatus([a], 'converted');
    expect(toConverted.refused[0]?.reason).toMatch(/use Convert/);
  });

  it('disqualifies only with a reason, and reopens to working', async () => {
    const { repos, leads, capture } = setup();
    const id = await capture(ada);
    expect((await repos.edits.setStatus([id], 'disqualified')).refused[0]?.reason).toMatch(/Give a reason/);
    expect(await repos.edits.setStatus([id], 'disqualified', 'No budget')).toEqual({ changed: 1, refused: [] });
    expect(await leads.get(id)).toMatchObject({ status: 'disqualified', disqualifyReason: 'No budget' });
    await repos.edits.setStatus([id], 'working');
    expect(await leads.get(id)).toMatchObject({ status: 'working', disqualifyReason: '' });
  });

  it('adds and removes tags on many leads, normalised', async () => {
    const { repos, leads, capture } = setup();
    const a = await capture(ada);
    const g = await capture(grace);
    await repos.edits.addTags([a, g], [' VIP ', 'customer']);
    expect((await leads.get(a))?.tags).toEqual(['conf-2026', 'vip', 'customer']);
    await repos.edits.removeTags([a, g], ['conf-2026']);
    expect((await leads.get(g))?.tags).toEqual(['vip', 'customer']);
    await expect(repos.edits.addTags([a], ['a,b'])).rejects.toThrow(/cannot contain a comma/);
  });

  it('suggests qualifying on the first two-way conversation with an open lead only', async () => {
    const { repos, clock, capture } = setup();
    const id = await capture(ada);
    const at = clock.now();
    expect(
      (await repos.edits.addActivity(id, { kind: 'email', direction: 'outbound', text: 'Intro', at })).suggestQualify,
    ).toBe(false);
    expect(
      (await repos.edits.addActivity(id, { kind: 'reply', direction: 'inbound', text: 'Tell me more', at }))
        .suggestQualify,
    ).toBe(true);
    expect(
      (await repos.edits.addActivity(id, { kind: 'meeting', direction: 'outbound', text: 'Demo', at })).suggestQualify,
    ).toBe(false);
    const other = await capture(grace);
    await repos.edits.qualify(other, EMPTY_BANT);
    expect(
      (await repos.edits.addActivity(other, { kind: 'meeting', direction: 'inbound', text: '', at })).suggestQualify,
    ).toBe(false);
    expect((await repos.edits.activitiesFor(id)).map((a) => a.kind).sort()).toEqual(['email', 'meeting', 'reply']);
  });

  it('qualifies with BANT, but not a disqualified lead', async () => {
    const { repos, leads, capture } = setup();
    const id = await capture(ada);
    const bant = { ...EMPTY_BANT, budget: { answer: 'yes' as const, note: '50k approved' } };
    await repos.edits.qualify(id, bant);
    expect(await leads.get(id)).toMatchObject({
      status: 'qualified',
      bant: { budget: { answer: 'yes', note: '50k approved' } },
    });
    const other = await capture(grace);
    await repos.edits.setStatus([other], 'disqualified', 'Competitor');
    await expect(repos.edits.qualify(other, bant)).rejects.toThrow(/only be reopened to Working/);
  });
});

describe('conversion', () => {
  it('turns a lead into contact, account and deal, moving its activities', async () => {
    const { db, repos, leads, clock, capture } = setup();
    const id = await capture(ada);
    await repos.edits.addActivity(id, { kind: 'call', direction: 'outbound', text: 'Left a message', at: clock.now() });
    await repos.edits.addActivity(id, { kind: 'reply', direction: 'inbound', text: 'Call me Friday', at: clock.now() });

    const preview = await repos.conversion.previewConversion(id, { deal: { name: 'Acme pilot', amount: 12_000 } });
    expect(preview).toMatchObject({
      account: { action: 'create', account: { name: 'Acme' } },
      contact: { action: 'create', contact: { fullName: 'Ada Lovelace' } },
      deal: { name: 'Acme pilot', amount: 12_000, currency: 'EUR' },
      activitiesMoved: 2,
    });
    expect(await db.contacts.count()).toBe(0);

    const result = await repos.conversion.convert(id, {
      deal: { name: 'Acme pilot', amount: 12_000, closeDate: '2026-12-31' },
    });
    const lead = await leads.get(id);
    expect(lead).toMatchObject({
      status: 'converted',
      convertedTo: { contactId: result.contact.id, accountId: result.account.id, dealId: result.deal?.id },
    });
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({
      fullName: 'Ada Lovelace',
      accountId: result.account.id,
      tags: ['conf-2026'],
      leadId: id,
    });
    const [account] = await db.accounts.toArray();
    expect(account).toMatchObject({ name: 'Acme', domain: 'acme.example', tags: ['conf-2026'] });
    const [deal] = await db.deals.toArray();
    expect(deal).toMatchObject({
      name: 'Acme pilot',
      amount: 12_000,
      contactId: contact?.id,
      accountId: account?.id,
      tags: ['conf-2026'],
    });
    expect((await db.activities.toArray()).map((a) => a.contactId)).toEqual([contact?.id, contact?.id]);

    expect(await repos.conversion.listAccounts()).toMatchObject([{ name: 'Acme', contactCount: 1, dealCount: 1 }]);
    const detail = await repos.conversion.accountDetail(result.account.id);
    expect(detail?.contacts.map((c) => c.fullName)).toEqual(['Ada Lovelace']);
    expect(detail?.deals.map((d) => d.name)).toEqual(['Acme pilot']);
  });

  it('reuses the account with the same domain and the contact with the same email', async () => {
    const { db, repos, capture } = setup();
    await db.accounts.put(
      AccountSchema.parse({
        id: 'acc-acme',
        name: 'Acme Corporation',
        nameKey: 'acme corporation',
        domain: 'acme.example',
        createdAt: 1,
        updatedAt: 1,
      }),
    );
    await db.contacts.put(
      ContactSchema.parse({
        id: 'c-grace',
        accountId: 'acc-acme',
        fullName: 'Grace B. Hopper',
        emails: ['grace@acme.example'],
        emailKeys: ['grace@acme.example'],
        createdAt: 1,
        updatedAt: 1,
      }),
    );
    const id = await capture({ ...grace, emails: [v('Grace+news@acme.example')] });
    const preview = await repos.conversion.previewConversion(id);
    expect(preview).toMatchObject({
      account: { action: 'reuse', account: { id: 'acc-acme', name: 'Acme Corporation' } },
      contact: { action: 'reuse', contact: { id: 'c-grace' } },
    });
    await repos.conversion.convert(id);
    expect(await db.accounts.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contacts.get('c-grace')).toMatchObject({ title: 'Head of Engineering', tags: ['conf-2026'] });

    // A colleague at the same company lands in the same account.
    const other = await capture(ada);
    const second = await repos.conversion.convert(other);
    expect(second.account.id).toBe('acc-acme');
    expect(await repos.conversion.listAccounts()).toMatchObject([{ id: 'acc-acme', contactCount: 2, dealCount: 0 }]);
  });

  it('gives two consumers with the same name households of their own', async () => {
    const { repos, capture } = setup();
    const first = await repos.conversion.convert(await capture(jo));
    const second = await repos.conversion.convert(await capture({ ...jo, emails: [v('jo.bloggs@hotmail.com')] }));
    expect(first.account.name).toBe('Jo Bloggs');
    expect(second.account.id).not.toBe(first.account.id);
  });

  it('is final: a second conversion and a status change are refused', async () => {
    const { db, repos, capture } = setup();
    const id = await capture(ada);
    await repos.conversion.convert(id);
    await expect(repos.conversion.convert(id)).rejects.toThrow(/already converted/);
    await expect(repos.conversion.previewConversion(id)).rejects.toThrow(/already converted/);
    expect((await repos.edits.setStatus([id], 'qualified')).refused[0]?.reason).toMatch(/conversion is final/);
    await expect(repos.edits.updateLeadFields(id, { title: 'CEO' })).rejects.toThrow(/can no longer change/);
    expect(await db.contacts.count()).toBe(1);
    expect((await db.leads.get(id))?.status).toBe('converted');
  });

  it('writes nothing when the deal is invalid', async () => {
    const { db, repos, capture } = setup();
    const id = await capture(ada);
    const before = await snapshot(db);
    await expect(repos.conversion.convert(id, { deal: { name: '', amount: 100 } })).rejects.toThrow(
      /Deal name: A deal needs a name/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls every table back when the last write of a conversion fails', async () => {
    const { db, repos, clock, capture } = setup();
    const id = await capture(ada);
    await repos.edits.addActivity(id, { kind: 'call', direction: 'outbound', text: '', at: clock.now() });
    const before = await snapshot(db);
    const put = vi.spyOn(db.leads, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(repos.conversion.convert(id, { deal: { name: 'Pilot', amount: 1 } })).rejects.toThrow(
      'QuotaExceededError',
    );
    put.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('delete and undo', () => {
  it('puts deleted leads and their activities back exactly', async () => {
    const { db, repos, clock, capture } = setup();
    const a = await capture(ada);
    const g = await capture(grace);
    await repos.edits.addActivity(a, { kind: 'call', direction: 'outbound', text: 'Voicemail', at: clock.now() });
    const before = await snapshot(db);
    const batch = await repos.deletion.deleteLeads([a, g]);
    expect(await db.leads.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    await repos.deletion.restoreLeads(batch);
    const after = await snapshot(db);
    expect(after.leads.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      before.leads.sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(after.activities).toEqual(before.activities);
  });

  it('keeps the history a converted lead passed on to its contact', async () => {
    const { db, repos, clock, capture } = setup();
    const id = await capture(ada);
    await repos.edits.addActivity(id, { kind: 'meeting', direction: 'inbound', text: 'Kick-off', at: clock.now() });
    await repos.conversion.convert(id);
    const batch = await repos.deletion.deleteLeads([id]);
    expect(batch.activities).toEqual([]);
    expect(await db.activities.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
  });
});
