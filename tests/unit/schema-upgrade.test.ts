import type { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/schema-history';
import { writeAsRelease } from './legacy-stores';

/** Writes what release 1 wrote. */
async function writeWithVersion1(name: string, rows: unknown[]): Promise<void> {
  await writeAsRelease(1, name, async (v1) => {
    await v1.table('leads').bulkAdd(rows);
  });
}

describe('schema upgrade from version 1', () => {
  it('keeps every v1 lead, splits names and derives identity keys', async () => {
    const name = `upgrade-${Math.random()}`;
    await writeWithVersion1(name, [
      {
        id: 'a',
        name: 'Ada Lovelace',
        email: 'Ada@Analytical.example',
        title: 'Chief Engineer',
        company: 'Analytical Engines Ltd',
        url: 'https://www.linkedin.com/in/ada-lovelace/',
        status: 'working',
        tags: ['vip'],
        capturedAt: '2026-01-02T03:04:05Z',
      },
      { id: 'b', name: 'Grace', email: '', capturedAt: '2026-02-01T00:00:00Z' },
    ]);

    const db = new LeadClipDB(name);
    const repo = new LeadRepository(db);
    const ada = await repo.get('a');
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(ada).toMatchObject({
      fullName: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      title: 'Chief Engineer',
      company: 'Analytical Engines Ltd',
      companyDomain: 'analytical.example',
      emails: ['ada@analytical.example'],
      emailKeys: ['ada@analytical.example'],
      profileKeys: ['linkedin:ada-lovelace'],
      status: 'working',
      tags: ['vip'],
      createdAt: Date.parse('2026-01-02T03:04:05Z'),
    });
    expect(ada?.provenance[0]?.pageUrl).toBe('https://www.linkedin.com/in/ada-lovelace/');
    expect((await repo.get('b'))?.firstName).toBe('Grace');
    // The new indexes answer queries over the upgraded rows.
    expect(await db.leads.where('emailKeys').equals('ada@analytical.example').count()).toBe(1);
    expect(await db.leads.orderBy('updatedAt').primaryKeys()).toEqual(['a', 'b']);
    db.close();
  });

  it('quarantines a v1 row it cannot read instead of failing to open or dropping it', async () => {
    const name = `upgrade-bad-${Math.random()}`;
    await writeWithVersion1(name, [
      { id: 'ok', name: 'Linus Pauling', capturedAt: '2026-01-01T00:00:00Z' },
      { id: 'broken', name: 'No Date' },
    ]);
    const db = new LeadClipDB(name);
    expect(await db.leads.toCollection().primaryKeys()).toEqual(['ok']);
    const kept = await db.quarantine.toArray();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ table: 'leads', fromVersion: 1, row: { id: 'broken', name: 'No Date' } });
    expect(kept[0]?.error).toContain('capturedAt');
    db.close();
  });
});

/** Writes records as release 3 (sync) did, without the privacy fields. */
const writeWithVersion3 = (name: string, write: (db: Dexie) => Promise<void>) => writeAsRelease(3, name, write);

describe('schema upgrade from version 3 (privacy)', () => {
  const at = Date.UTC(2026, 0, 2);
  const v3Lead = {
    id: 'l1',
    fullName: 'Ada Lovelace',
    emails: ['ada@acme.example'],
    emailKeys: ['ada@acme.example'],
    tags: ['vip'],
    notes: 'Met at the conference',
    provenance: [
      {
        pageUrl: 'https://acme.example/team',
        pageTitle: 'Team',
        extractors: ['schema-org'],
        capturedAt: at,
        confidence: {},
      },
    ],
    createdAt: at,
    updatedAt: at,
  };
  const v3Contact = {
    id: 'c1',
    accountId: 'a1',
    fullName: 'Grace Hopper',
    emails: ['grace@navy.example'],
    createdAt: at,
    updatedAt: at,
  };

  it.each<[string, unknown, string]>([
    ['without privacy settings: legitimate interest', { lastSource: 'web' }, 'legitimate-interest'],
    ['with a default lawful basis in settings: that one', { privacy: { defaultLawfulBasis: 'consent' } }, 'consent'],
    ['with a damaged setting: legitimate interest', { privacy: { defaultLawfulBasis: 42 } }, 'legitimate-interest'],
  ])('adds lawfulBasis and doNotContact to every lead and contact, %s', async (_name, settings, basis) => {
    const name = `upgrade-v3-${Math.random()}`;
    await writeWithVersion3(name, async (v3) => {
      await v3.table('leads').add(v3Lead);
      await v3.table('contacts').add(v3Contact);
      await v3.table('meta').add({ key: 'settings', value: settings });
    });
    const db = new LeadClipDB(name);
    const lead = await new LeadRepository(db).get('l1');
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    // Nothing lost: every old field as it was, the new ones added.
    expect(await db.leads.get('l1')).toEqual({ ...v3Lead, lawfulBasis: basis, doNotContact: false });
    expect(await db.contacts.get('c1')).toEqual({ ...v3Contact, lawfulBasis: basis, doNotContact: false });
    expect(lead).toMatchObject({ fullName: 'Ada Lovelace', notes: 'Met at the conference', lawfulBasis: basis });
    expect(await db.suppressions.count()).toBe(0);
    db.close();
  });

  it('keeps a lawful basis a record already has (written by a newer replica through sync)', async () => {
    const name = `upgrade-v3-keep-${Math.random()}`;
    await writeWithVersion3(name, async (v3) => {
      await v3.table('leads').add({ ...v3Lead, lawfulBasis: 'contract', doNotContact: true });
    });
    const db = new LeadClipDB(name);
    expect(await db.leads.get('l1')).toMatchObject({ lawfulBasis: 'contract', doNotContact: true });
    db.close();
  });
});

/** Writes records as release 4 (privacy) could have. */
const writeWithVersion4 = (name: string, write: (db: Dexie) => Promise<void>) => writeAsRelease(4, name, write);

describe('schema upgrade from version 4: only web addresses stay links', () => {
  const at = Date.UTC(2026, 0, 2);
  it('drops a stored javascript:/data:/vbscript: address and keeps the person and every web link', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const urls = [
      'https://www.linkedin.com/in/ada-example',
      'javascript:alert(document.domain)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://ada.example/',
    ];
    await writeWithVersion4(name, async (v4) => {
      await v4.table('leads').add({ id: 'l1', fullName: 'Ada Example', urls, createdAt: at, updatedAt: at });
      await v4
        .table('contacts')
        .add({ id: 'c1', accountId: 'a1', fullName: 'Ada Example', urls, createdAt: at, updatedAt: at });
      await v4
        .table('leads')
        .add({ id: 'l2', fullName: 'Grace Example', urls: ['https://grace.example/'], createdAt: at, updatedAt: at });
    });
    const db = new LeadClipDB(name);
    const repo = new LeadRepository(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await repo.get('l1'))?.urls).toEqual(['https://www.linkedin.com/in/ada-example', 'http://ada.example/']);
    expect((await db.contacts.get('c1'))?.urls).toEqual([
      'https://www.linkedin.com/in/ada-example',
      'http://ada.example/',
    ]);
    expect((await repo.get('l2'))?.urls).toEqual(['https://grace.example/']);
    db.close();
  });

  it('a v1 lead whose address was javascript: is upgraded without the link, not quarantined', async () => {
    const name = `upgrade-v1-js-${Math.random()}`;
    await writeWithVersion1(name, [
      { id: 'x', name: 'Eve Example', url: 'javascript:alert(1)', capturedAt: '2026-01-01T00:00:00Z' },
    ]);
    const db = new LeadClipDB(name);
    const eve = await new LeadRepository(db).get('x');
    expect(eve?.fullName).toBe('Eve Example');
    expect(eve?.urls).toEqual([]);
    expect(await db.quarantine.count()).toBe(0);
    db.close();
  });
});
