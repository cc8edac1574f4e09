import { Dexie, RangeSet } from 'dexie';

/**
 * Tells the live queries of every other context (the side panel, the popup)
 * that any row of `table` may have changed, as Dexie does for its own
 * writes. For a writer that puts many batches straight into the store (a
 * CSV import) and announces them once at the end: otherwise each batch's
 * commit makes every open lead list read and parse the whole table again,
 * 40 times for 100,000 rows, on the side panel's main thread.
 */
export function announceTableChanged(db: Dexie, table: string): void {
  const everything = () => new RangeSet(Number.NEGATIVE_INFINITY, [[[]]]);
  const prefix = `idb://${db.name}/${table}/`;
  const parts: Record<string, RangeSet> = { [prefix]: everything(), [`${prefix}:dels`]: everything() };
  for (const index of db.table(table).schema.indexes) if (index.name) parts[prefix + index.name] = everything();
  Dexie.on.storagemutated.fire(parts);
}
