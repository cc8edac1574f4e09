import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '../../../lib/csv/map-columns';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { ImportRepository } from '../../../lib/db/import-repository';
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
});
