import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/schema-history';

/** Opens the database exactly as release 1 did and writes what release 1 wrote. */
async function writeWithVersion1(name: string, rows: unknown[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ leads: 'id, status, updatedAt, email' });
  await v1.table('leads').bulkAdd(rows);
  v1.close();
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
    expect(await db.leads.where('status').equals('new').primaryKeys()).toEqual(['b']);
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
