import { afterEach, describe, expect, it } from 'vitest';
import { announceTableChanged } from '../../../lib/db/announce-changes';
import { LeadClipDB } from '../../../lib/db/database';
import { type LeadInput, LeadSchema } from '../../../lib/model/lead';
import type { LeadRow } from '../../../lib/services/lead-rows';
import { liveLeadRows } from '../../../lib/services/live-lead-rows';
import { readAllLeadRows } from '../../../lib/services/read-lead-rows';
import { freshDb } from '../helpers';

function lead(i: number, over: Partial<LeadInput> = {}) {
  return LeadSchema.parse({
    id: `lead-${String(i).padStart(5, '0')}`,
    fullName: `Person ${i}`,
    company: `Company ${i % 7}`,
    emails: [`person.${i}@example.com`],
    createdAt: 1_000 + i,
    updatedAt: 1_000 + i,
    ...over,
  });
}

const leads = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => lead(from + k));

/** The lists a subscription emits, and a way to wait for the one a test expects. */
function record(db: LeadClipDB, chunkSize = 50, onChunk?: (read: number) => void) {
  const lists: LeadRow[][] = [];
  const waiters: { test: (rows: LeadRow[]) => boolean; resolve: (rows: LeadRow[]) => void }[] = [];
  const sub = liveLeadRows(db, { chunkSize, onChunk }).subscribe({
    next: (rows) => {
      lists.push(rows);
      for (const w of [...waiters]) {
        if (w.test(rows)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(rows);
        }
      }
    },
    error: (e) => {
      throw e;
    },
  });
  const until = (test: (rows: LeadRow[]) => boolean) =>
    new Promise<LeadRow[]>((resolve, reject) => {
      const last = lists.at(-1);
      if (last && test(last)) return resolve(last);
      waiters.push({ test, resolve });
      setTimeout(() => reject(new Error(`no such list; last had ${lists.at(-1)?.length} rows`)), 5_000);
    });
  return { lists, until, stop: () => sub.unsubscribe() };
}

const ids = (rows: LeadRow[]) => rows.map((r) => r.id).sort();

let db: LeadClipDB;
afterEach(() => db?.close());

describe('reading the lead list in chunks', () => {
  it('reads every lead, one chunk at a time, each chunk its own request', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 230));
    const progress: number[] = [];
    const rows = await readAllLeadRows(db, { chunkSize: 50, onChunk: (n) => progress.push(n) });
    expect(rows?.size).toBe(230);
    expect(progress).toEqual([50, 100, 150, 200, 230]);
    expect(rows?.get('lead-00229')?.fullName).toBe('Person 229');
  });

  it('leaves out a stored record that is not a valid lead instead of failing the list', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 10));
    await db.table('leads').put({ ...lead(10), status: 'no-such-status' });
    const rows = await readAllLeadRows(db, { chunkSize: 3 });
    expect(rows?.size).toBe(10);
    expect(rows?.has('lead-00010')).toBe(false);
  });

  it('stops at the next chunk once the read is no longer wanted', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 200));
    let chunks = 0;
    const rows = await readAllLeadRows(db, { chunkSize: 50, onChunk: () => chunks++, stopped: () => chunks >= 2 });
    expect(rows).toBeUndefined();
    expect(chunks).toBe(2);
  });
});

describe('the live lead list', () => {
  it('emits the whole table once, only when every chunk is in', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 420));
    const list = record(db);
    const rows = await list.until((r) => r.length > 0);
    expect(rows).toHaveLength(420);
    expect(list.lists.map((l) => l.length)).toEqual([420]);
    list.stop();
  });

  it('shows an edit made after it opened, and a deletion, without a stale row', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 120));
    const list = record(db);
    await list.until((r) => r.length === 120);
    await db.leads.update('lead-00007', { company: 'Renamed Ltd', updatedAt: 9_999 });
    const edited = await list.until((r) => r.find((x) => x.id === 'lead-00007')?.company === 'Renamed Ltd');
    expect(edited).toHaveLength(120);
    await db.leads.delete('lead-00008');
    const after = await list.until((r) => r.length === 119);
    expect(after.some((r) => r.id === 'lead-00008')).toBe(false);
    expect(after.find((r) => r.id === 'lead-00007')?.company).toBe('Renamed Ltd');
    list.stop();
  });

  it('catches up with a bulk write announced by another writer (an import), whole table re-read', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 100));
    const list = record(db);
    await list.until((r) => r.length === 100);
    // Another connection writes straight to the store, as the import worker does, and announces it once.
    const writer = new LeadClipDB(db.name);
    await writer.open();
    const idb = writer.backendDB();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('leads', 'readwrite');
      for (const l of leads(100, 400)) tx.objectStore('leads').put(l);
      tx.objectStore('leads').delete('lead-00000');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    announceTableChanged(writer, 'leads');
    const rows = await list.until((r) => r.length === 399);
    expect(ids(rows)).toEqual(ids(leads(1, 400).map((l) => ({ id: l.id }) as LeadRow)));
    writer.close();
    list.stop();
  });

  it('a write during the first read is in the list it emits, in a chunk read before or after it', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 500));
    let writes: Promise<unknown> | undefined;
    const list = record(db, 20, (read) => {
      // Once the first chunks are in: change a lead already read, and add one the read has not reached.
      if (read === 100 && !writes) {
        writes = Promise.all([
          db.leads.update('lead-00003', { fullName: 'Changed Late' }),
          db.leads.put(lead(900, { fullName: 'Late Arrival' })),
        ]);
      }
    });
    const rows = await list.until((r) => r.length > 0);
    expect(writes).toBeDefined();
    expect(rows).toHaveLength(501);
    expect(rows.find((r) => r.id === 'lead-00003')?.fullName).toBe('Changed Late');
    expect(rows.find((r) => r.id === 'lead-00900')?.fullName).toBe('Late Arrival');
    list.stop();
  });

  it('a bulk change abandons the read in progress and reads the table after it', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 300));
    const progress: number[] = [];
    let bulk: Promise<unknown> | undefined;
    const list = record(db, 10, (read) => {
      progress.push(read);
      if (read === 50 && !bulk) bulk = db.leads.bulkPut(leads(300, 400).map((l) => ({ ...l, fullName: 'Bulk' })));
    });
    const rows = await list.until((r) => r.length > 0);
    expect(rows).toHaveLength(400);
    expect(rows.filter((r) => r.fullName === 'Bulk')).toHaveLength(100);
    expect(list.lists.map((l) => l.length)).toEqual([400]);
    // The first read stopped soon after the change instead of reading all 300 first.
    expect(progress.indexOf(10, 1)).toBeGreaterThan(0);
    expect(progress.slice(0, progress.indexOf(10, 1)).at(-1)).toBeLessThan(300);
    list.stop();
  });

  it('a bulk change during a read restarts it: the list it emits is the table after the change', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 300));
    const list = record(db, 10);
    await db.leads.bulkPut(leads(300, 400).map((l) => ({ ...l, fullName: 'Bulk' })));
    await db.leads.bulkDelete(leads(0, 60).map((l) => l.id));
    const rows = await list.until((r) => r.length === 340);
    expect(rows.filter((r) => r.fullName === 'Bulk')).toHaveLength(100);
    expect(list.lists.every((l) => l.length === 300 || l.length === 340 || l.length === 400)).toBe(true);
    list.stop();
  });

  it('stops listening when unsubscribed', async () => {
    db = freshDb();
    await db.leads.bulkPut(leads(0, 10));
    const list = record(db);
    await list.until((r) => r.length === 10);
    list.stop();
    await db.leads.put(lead(11));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list.lists).toHaveLength(1);
  });
});
