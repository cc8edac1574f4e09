// @vitest-environment node
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulkGetPresent } from '../../../lib/sync/read-present';

interface Row {
  id: string;
  name: string;
}
interface Shadow {
  table: string;
  key: string;
  clocks: Record<string, string>;
}

let dbs = 0;
function open() {
  const db = new Dexie(`read-present-${++dbs}`, { indexedDB, IDBKeyRange }) as Dexie & {
    rows: Dexie.Table<Row, string>;
    shadows: Dexie.Table<Shadow, [string, string]>;
  };
  db.version(1).stores({ rows: 'id', shadows: '[table+key]' });
  return db;
}

/**
 * A pull merges each record with what the store already holds: reading fewer keys must still find
 * every stored row, or a rep's local value would be overwritten as if it were not there.
 */
describe('bulkGetPresent reads what bulkGet reads', () => {
  it('for any stored set and any asked keys, small or large, plain or compound keys', async () => {
    const key = fc.stringMatching(/^[a-z0-9-]{1,6}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(key, { maxLength: 60 }),
        fc.array(key, { maxLength: 20 }),
        async (stored, asked) => {
          const db = open();
          await db.rows.bulkPut(stored.map((id) => ({ id, name: `name of ${id}` })));
          await db.shadows.bulkPut(stored.map((k) => ({ table: 'leads', key: k, clocks: { name: k } })));
          await db.shadows.bulkPut(stored.map((k) => ({ table: 'deals', key: k, clocks: { other: k } })));
          expect(await bulkGetPresent(db.rows, asked)).toEqual(await db.rows.bulkGet(asked));
          const compound = asked.map((k) => ['leads', k] as [string, string]);
          expect(await bulkGetPresent(db.shadows, compound)).toEqual(await db.shadows.bulkGet(compound));
          db.close();
          await db.delete();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds stored rows among many absent ones on a store larger than the asked range', async () => {
    const db = open();
    await db.rows.bulkPut(
      Array.from({ length: 500 }, (_, i) => ({ id: `k${String(i).padStart(4, '0')}`, name: `n${i}` })),
    );
    const asked = ['k0100', 'absent-a', 'k0499', 'zzz', 'k0000'];
    expect((await bulkGetPresent(db.rows, asked)).map((r) => r?.name)).toEqual([
      'n100',
      undefined,
      'n499',
      undefined,
      'n0',
    ]);
    db.close();
    await db.delete();
  });
});
