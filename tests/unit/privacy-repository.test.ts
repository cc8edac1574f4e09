import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '../../lib/csv/map-columns';
import { parseCsv } from '../../lib/csv/parse-csv';
import type { LeadClipDB } from '../../lib/db/database';
import { ImportRepository } from '../../lib/db/import-repository';
import { LeadRepository } from '../../lib/db/lead-repository';
import { startTracking } from '../../lib/db/outbox';
import { PrivacyRepository } from '../../lib/db/privacy-repository';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { type CandidateInput, CandidateSchema, type PageScan } from '../../lib/model/candidate';
import { PrivacySettingsSchema } from '../../lib/model/privacy';
import { openStore } from '../../lib/services/open-store';
import { subjectAccessExport } from '../../lib/services/subject-access';
import { fixedClock, freshDb, leadRepositories } from './helpers';

const v = (value: string) => ({ value, confidence: 0.9, source: 'test' });
const ada: CandidateInput = {
  fullName: v('Ada Lovelace'),
  title: v('CTO'),
  company: v('Acme'),
  emails: [v('ada@acme.example')],
  urls: [v('https://www.linkedin.com/in/ada-lovelace/')],
  sources: ['test'],
};
const grace: CandidateInput = { fullName: v('Grace Hopper'), emails: [v('grace@navy.example')], sources: ['test'] };
const choices = { source: 'web' as const, tags: [] };

function scan(candidates: CandidateInput[]): PageScan {
  return {
    pageUrl: 'https://acme.example/team',
    pageTitle: 'Team · Acme',
    candidates: candidates.map((c) => CandidateSchema.parse(c)),
  };
}

function setup() {
  const db = freshDb();
  const clock = fixedClock();
  return {
    db,
    clock,
    leads: new LeadRepository(db, clock),
    repos: leadRepositories(db, clock),
    privacy: new PrivacyRepository(db, clock),
  };
}

/** Everything left in the store that mentions one of the needles. */
async function traces(db: LeadClipDB, needles: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const table of db.tables) {
    for (const row of await table.toArray()) {
      const text = JSON.stringify(row).toLowerCase();
      if (needles.some((n) => text.includes(n))) out.push(`${table.name}: ${text.slice(0, 120)}`);
    }
  }
  return out;
}

describe('PrivacyRepository.forgetPerson', () => {
  it('removes the lead, its duplicates, the converted contact, activities, outbox rows and clocks in one go', async () => {
    const { db, clock, leads, repos, privacy } = setup();
    await startTracking(db, 'https://sync.example', clock.now);
    const [a, g] = await leads.capture(scan([ada, grace]), [0, 1], choices);
    const adaId = a?.leadId ?? '';
    // The same person imported under her private address, found by her profile link.
    await leads.saveMany([
      {
        id: 'ada-private',
        fullName: 'Ada L.',
        emails: ['ada@home.example'],
        emailKeys: ['ada@home.example'],
        urls: ['https://linkedin.com/in/ada-lovelace'],
        profileKeys: ['linkedin:ada-lovelace'],
        createdAt: clock.now(),
        updatedAt: clock.now(),
      },
    ]);
    await repos.edits.addActivity(adaId, {
      kind: 'call',
      direction: 'outbound',
      text: 'Talked to Ada',
      at: clock.now(),
    });
    const converted = await repos.conversion.convert(adaId, { deal: { name: 'Acme pilot', amount: 1000 } });
    await repos.edits.addActivity(adaId, {
      kind: 'note',
      direction: 'outbound',
      text: 'After conversion',
      at: clock.now(),
    });
    expect(await db.outbox.count()).toBeGreaterThan(0);

    const preview = await privacy.previewForget({ leadId: adaId });
    // Conversion moved the call to the contact (same row, now the contact's too): two activities in all.
    expect(preview).toMatchObject({ leads: 2, contacts: 1, activities: 2, dealsUnlinked: 1 });
    expect(await db.leads.count()).toBe(3);

    clock.advance(1000);
    const summary = await privacy.forgetPerson({ leadId: adaId });
    expect(summary).toMatchObject({ leads: 2, contacts: 1, activities: 2, dealsUnlinked: 1, tombstones: 5 });
    expect(summary.names).toEqual(expect.arrayContaining(['Ada Lovelace', 'Ada L.']));
    expect(summary.outboxRows).toBeGreaterThan(0);
    expect(summary.syncClocks).toBe(5);
    expect(summary.suppressedKeys).toBe(3);

    expect(await db.leads.toCollection().primaryKeys()).toEqual([g?.leadId]);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    const deal = await db.deals.get(converted.deal?.id ?? '');
    expect(deal?.contactId).toBeUndefined();
    expect(deal?.name).toBe('Acme pilot');
    // Nothing left that names her — except the suppression keys, which exist to keep her out.
    const left = await traces(db, ['ada@acme.example', 'ada@home.example', 'lovelace', 'talked to ada']);
    expect(left.every((t) => t.startsWith('suppressions:'))).toBe(true);
    expect(left).toHaveLength(3);
    // What the server is told: one fieldless forget tombstone per record, nothing else about her.
    const outbox = await db.outbox.toArray();
    const forgets = outbox.filter((r) => r.deleted?.forget);
    expect(forgets).toHaveLength(5);
    for (const r of forgets) expect(r.fields).toEqual({});
    const shadows = await db.syncRecords.bulkGet(forgets.map((r) => [r.table, r.key] as [string, string]));
    for (const s of shadows) expect(s).toMatchObject({ clocks: {}, deleted: { v: true, forget: true } });
  });

  it('forgets by email, even someone never saved, and keeps everyone else', async () => {
    const { db, leads, privacy } = setup();
    await leads.capture(scan([grace]), [0], choices);
    const summary = await privacy.forgetPerson({ email: 'Ada@Acme.Example' });
    expect(summary).toMatchObject({ leads: 0, contacts: 0, activities: 0, suppressedKeys: 1, tombstones: 0 });
    expect(await db.leads.count()).toBe(1);
    expect(await db.suppressions.toArray()).toEqual([
      expect.objectContaining({ key: 'ada@acme.example', kind: 'email' }),
    ]);
  });

  it('forgets from a contact', async () => {
    const { db, clock, leads, repos, privacy } = setup();
    const [a] = await leads.capture(scan([ada]), [0], choices);
    const { contact } = await repos.conversion.convert(a?.leadId ?? '');
    clock.advance(10);
    const summary = await privacy.forgetPerson({ contactId: contact.id });
    expect(summary).toMatchObject({ leads: 1, contacts: 1 });
    expect(await db.leads.count()).toBe(0);
  });
});

describe('capture and import of a forgotten person', () => {
  it('flags the person in the capture preview and skips them unless the rep overrides', async () => {
    const { db, clock, leads, privacy } = setup();
    const [a] = await leads.capture(scan([ada]), [0], choices);
    await privacy.forgetPerson({ leadId: a?.leadId ?? '' });
    clock.advance(86_400_000);
    const steps = await leads.previewCapture(scan([ada, grace]), choices);
    expect(steps[0]?.suppressed?.forgottenAt).toBe(Date.UTC(2026, 10, 24, 9));
    expect(steps[1]?.suppressed).toBeUndefined();

    const skipped = await leads.capture(scan([ada, grace]), [0, 1], choices);
    expect(skipped.map((r) => r.outcome)).toEqual(['suppressed', 'new']);
    expect((await db.leads.toArray()).map((l) => l.fullName)).toEqual(['Grace Hopper']);

    const [again] = await leads.capture(scan([ada]), [0], { ...choices, overrideSuppressed: true });
    expect(again?.outcome).toBe('new');
    // Once saved again deliberately, the person is a saved lead, not a suppressed one.
    expect((await leads.previewCapture(scan([ada]), choices))[0]).toMatchObject({ outcome: 'saved' });
    expect((await leads.previewCapture(scan([ada]), choices))[0]?.suppressed).toBeUndefined();
  });

  it('flags forgotten rows in the import preview and imports them only with the override', async () => {
    const { db, clock, privacy } = setup();
    await privacy.forgetPerson({ email: 'ada@acme.example' });
    const parsed = parseCsv('Name,Email\r\nAda Lovelace,ADA@acme.example\r\nGrace Hopper,grace@navy.example\r\n');
    const mapping = autoMapColumns(parsed.headers);
    const imports = new ImportRepository(db, clock);
    const preview = await imports.previewImport(parsed, mapping, { source: 'import', tags: [] });
    expect(preview.counts).toMatchObject({ new: 1, suppressed: 1 });
    expect(preview.rows[0]?.errors[0]).toContain('forgotten on 24 November 2026');
    expect(await imports.importRows(parsed, mapping, { source: 'import', tags: [] })).toMatchObject({
      created: 1,
      suppressed: 1,
    });
    expect(await db.leads.count()).toBe(1);
    const forced = await imports.importRows(parsed, mapping, { source: 'import', tags: [], overrideSuppressed: true });
    expect(forced).toMatchObject({ created: 1, suppressed: 0 });
    expect(await db.leads.count()).toBe(2);
  });
});

describe('lawful basis', () => {
  it('new captures and imports take the default lawful basis from settings', async () => {
    const { db, clock, leads } = setup();
    await new SettingsRepository(db).update({
      privacy: PrivacySettingsSchema.parse({ defaultLawfulBasis: 'consent' }),
    });
    const [a] = await leads.capture(scan([ada]), [0], choices);
    expect(await leads.get(a?.leadId ?? '')).toMatchObject({ lawfulBasis: 'consent', doNotContact: false });
    const parsed = parseCsv('Name,Email\r\nGrace Hopper,grace@navy.example\r\n');
    await new ImportRepository(db, clock).importRows(parsed, autoMapColumns(parsed.headers), {
      source: 'import',
      tags: [],
    });
    const imported = (await db.leads.toArray()).find((l) => l.fullName === 'Grace Hopper');
    expect(imported?.lawfulBasis).toBe('consent');
  });

  it('the rep sets the basis and do-not-contact on a lead; conversion carries them to the contact', async () => {
    const { leads, repos } = setup();
    const [a] = await leads.capture(scan([ada]), [0], choices);
    const id = a?.leadId ?? '';
    await repos.edits.setLeadPrivacy(id, { lawfulBasis: 'contract', doNotContact: true });
    expect(await leads.get(id)).toMatchObject({ lawfulBasis: 'contract', doNotContact: true });
    await expect(repos.edits.setLeadPrivacy(id, { lawfulBasis: 'whim' as 'other' })).rejects.toThrow('Cannot save');
    const { contact } = await repos.conversion.convert(id);
    expect(contact).toMatchObject({ lawfulBasis: 'contract', doNotContact: true });
  });
});

describe('retention', () => {
  const MONTH = 31 * 86_400_000;
  async function aged() {
    const s = setup();
    const [old] = await s.leads.capture(scan([ada]), [0], choices);
    s.clock.advance(7 * MONTH);
    await s.leads.capture(scan([grace]), [0], choices);
    return { ...s, oldId: old?.leadId ?? '' };
  }
  const setPrivacy = (db: LeadClipDB, p: object) =>
    new SettingsRepository(db).update({ privacy: PrivacySettingsSchema.parse(p) });

  it.each<[string, object, number, number]>([
    ['rule off: nothing due, nothing deleted', {}, 0, 0],
    ['review mode: listed, the alarm deletes nothing', { retentionMonths: 6, retentionMode: 'review' }, 1, 0],
    ['automatic mode: the alarm deletes', { retentionMonths: 6, retentionMode: 'automatic' }, 1, 1],
    ['automatic, but nobody is that old', { retentionMonths: 12, retentionMode: 'automatic' }, 0, 0],
  ])('%s', async (_name, privacySettings, due, deleted) => {
    const { db, privacy } = await aged();
    await setPrivacy(db, privacySettings);
    expect(await privacy.dueForReview()).toHaveLength(due);
    expect(await privacy.runRetention()).toBe(deleted);
    expect(await db.leads.count()).toBe(2 - deleted);
  });

  it('deletes what the rep confirmed in review, through the repository (so the deletes sync)', async () => {
    const { db, clock, privacy, oldId } = await aged();
    await startTracking(db, 'https://sync.example', clock.now);
    await db.outbox.clear();
    await setPrivacy(db, { retentionMonths: 6 });
    expect(await privacy.deleteDue([oldId])).toBe(1);
    expect(await db.leads.get(oldId)).toBeUndefined();
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ table: 'leads', key: oldId, deleted: expect.objectContaining({ v: true }) }),
    ]);
  });
});

describe('subject access export', () => {
  it('holds every record about the person with provenance and activities', async () => {
    const { clock, leads, repos, privacy } = setup();
    const [a] = await leads.capture(scan([ada, grace]), [0, 1], choices);
    const id = a?.leadId ?? '';
    await repos.edits.addActivity(id, { kind: 'email', direction: 'outbound', text: 'Hello Ada', at: clock.now() });
    const data = await privacy.personData({ leadId: id });
    const doc = subjectAccessExport(data, clock.now());
    expect(doc.leads).toHaveLength(1);
    expect(doc.leads[0]?.provenance[0]).toMatchObject({ pageUrl: 'https://acme.example/team', extractors: ['test'] });
    expect(doc.activities.map((x) => x.text)).toEqual(['Hello Ada']);
    expect(doc.summary).toMatchObject({
      names: ['Ada Lovelace'],
      emails: ['ada@acme.example'],
      lawfulBasis: ['Legitimate interest'],
    });
    expect(JSON.stringify(doc)).not.toContain('Grace');
  });
});

describe('the lead detail\'s "Export this person\'s data"', () => {
  it.each([
    ['json', /^leadclip-person-\d{4}-\d{2}-\d{2}\.json$/, 'application/json', '"format": "leadclip-subject-access/1"'],
    ['vcard', /^leadclip-person-\d{4}-\d{2}-\d{2}\.vcf$/, 'text/vcard;charset=utf-8', 'FN:Ada Lovelace'],
  ] as const)('saves one %s file about the person', async (format, name, type, contains) => {
    const { db, clock, leads } = setup();
    const saved: { blob: Blob; fileName: string }[] = [];
    const services = openStore({ db, clock }).sidePanelServices((blob, fileName) => saved.push({ blob, fileName }));
    const [a] = await leads.capture(scan([ada, grace]), [0, 1], choices);
    const file = await services.exportPersonData(a?.leadId ?? '', format);
    expect(file.count).toBe(1);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toMatch(name);
    expect(saved[0]?.blob.type).toBe(type);
    const text = (await saved[0]?.blob.text()) ?? '';
    expect(text).toContain(contains);
    expect(text).not.toContain('Grace');
  });
});
