import { Dexie, type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { identityKeys } from '../../../lib/crm/lead-keys';
import { autoMapColumns } from '../../../lib/csv/map-columns';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { ImportRepository } from '../../../lib/db/import-repository';
import { LeadRepository } from '../../../lib/db/lead-repository';
import { fixedClock, freshDb } from '../helpers';

function people(n: number): string {
  const lines = ['Name,Email,Company'];
  for (let i = 0; i < n; i++) lines.push(`Person ${i},person${i}@firm${i % 97}.example,Firm ${i % 97}`);
  return lines.join('\n');
}

function setup(rows: number) {
  const db = freshDb();
  const parsed = parseCsv(people(rows));
  let n = 0;
  const repo = new ImportRepository(db, { ...fixedClock(), newId: () => `imp-${String(++n).padStart(6, '0')}` });
  return { db, parsed, mapping: autoMapColumns(parsed.headers), repo };
}

describe('importing in batches with progress and cancel', () => {
  it('reports progress batch by batch up to every row, and writes them all', async () => {
    const { db, parsed, mapping, repo } = setup(600);
    const seen: number[] = [];
    const result = await repo.importRows(
      parsed,
      mapping,
      { source: 'import', tags: [] },
      {
        onProgress: (p) => seen.push(p.done),
        batchRows: 250,
      },
    );
    expect(seen).toEqual([250, 500, 600]);
    expect(result).toMatchObject({ created: 600, rowsDone: 600, rowsTotal: 600, cancelled: false });
    expect(await db.leads.count()).toBe(600);
  });

  it('a cancel keeps the whole batches written before it, says how many rows they hold, and writes nothing after', async () => {
    const { db, parsed, mapping, repo } = setup(600);
    const stop = new AbortController();
    const result = await repo.importRows(
      parsed,
      mapping,
      { source: 'import', tags: [] },
      {
        onProgress: (p) => {
          if (p.done >= 250) stop.abort();
        },
        batchRows: 250,
        signal: stop.signal,
      },
    );
    expect(result).toMatchObject({ created: 250, rowsDone: 250, rowsTotal: 600, cancelled: true });
    expect(await db.leads.count()).toBe(250);
    const names = new Set((await db.leads.toArray()).map((l) => l.fullName));
    expect(names.has('Person 249')).toBe(true);
    expect(names.has('Person 250')).toBe(false);
  });

  it('a cancel before the first batch writes nothing', async () => {
    const { db, parsed, mapping, repo } = setup(100);
    const stop = new AbortController();
    stop.abort();
    const result = await repo.importRows(parsed, mapping, { source: 'import', tags: [] }, { signal: stop.signal });
    expect(result).toMatchObject({ created: 0, rowsDone: 0, cancelled: true });
    expect(await db.leads.count()).toBe(0);
  });

  it('a person saved elsewhere while an import into an empty store runs is updated by their row, not saved twice', async () => {
    const { db, parsed, mapping, repo } = setup(600);
    // A capture in another tab lands between the first and second batch: the same person as row 401 (Person 400).
    const person = { fullName: 'Person 400', company: 'Firm 12', emails: ['person400@firm12.example'], urls: [] };
    const at = fixedClock().now();
    let captured = false;
    const result = await repo.importRows(
      parsed,
      mapping,
      { source: 'import', tags: ['fair'] },
      {
        onProgress: (p) => {
          if (p.done !== 250 || captured) return;
          captured = true;
          void new LeadRepository(db).saveMany([
            { id: 'captured-elsewhere', ...person, ...identityKeys(person), createdAt: at, updatedAt: at },
          ]);
        },
        batchRows: 250,
      },
    );
    expect(captured).toBe(true);
    expect(result).toMatchObject({ created: 599, updated: 1, rowsDone: 600 });
    const same = await db.leads.where('emailKeys').equals('person400@firm12.example').toArray();
    expect(same.map((l) => [l.id, l.tags])).toEqual([['captured-elsewhere', ['fair']]]);
    expect(await db.leads.count()).toBe(600);
  });

  it('tells open views about the leads once, when the import ends, not batch by batch (a cancelled one too)', async () => {
    for (const cancel of [false, true]) {
      const { db, parsed, mapping, repo } = setup(600);
      // Opening a new store announces every table once: listen after that.
      await db.open();
      const leadsPart = `idb://${db.name}/leads/`;
      const told: ObservabilitySet[] = [];
      const listen = (parts: ObservabilitySet) => {
        if (leadsPart in parts) told.push(parts);
      };
      Dexie.on.storagemutated.subscribe(listen);
      const stop = new AbortController();
      try {
        await repo.importRows(
          parsed,
          mapping,
          { source: 'import', tags: [] },
          {
            batchRows: 250,
            signal: stop.signal,
            onProgress: (p) => {
              // Views hear nothing while batches are written.
              expect(told).toHaveLength(0);
              if (cancel && p.done >= 250) stop.abort();
            },
          },
        );
      } finally {
        Dexie.on.storagemutated.unsubscribe(listen);
      }
      expect(told).toHaveLength(1);
      // Every index of the table, so a list read through an index is woken as well as one of every lead.
      expect(Object.keys(told[0] ?? {})).toEqual(
        expect.arrayContaining([leadsPart, `${leadsPart}updatedAt`, `${leadsPart}emailKeys`, `${leadsPart}nameKey`]),
      );
      expect(await db.leads.count()).toBe(cancel ? 250 : 600);
    }
  });
});
