import { cmp, type IndexableType, type Table } from 'dexie';

/**
 * How many stored rows per asked key still make reading every key in the asked range cheaper than
 * one request per key: a key list is one request, however long, where a get per key is a round
 * trip to the database each.
 */
const KEY_SCAN_RATIO = 8;

/**
 * The rows stored under `keys` (undefined where none is), reading only keys that exist. A first
 * sync asks for thousands of records the store has never held; asking the store which keys of the
 * range it has, in one request, spares a request for each of them.
 */
export async function bulkGetPresent<T, K extends IndexableType, I>(
  table: Table<T, K, I>,
  keys: K[],
): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  const stored = await table.count();
  if (stored === 0) return keys.map(() => undefined);
  if (stored > keys.length * KEY_SCAN_RATIO) return table.bulkGet(keys);
  let lo = keys[0] as K;
  let hi = lo;
  for (const k of keys) {
    if (cmp(k, lo) < 0) lo = k;
    if (cmp(k, hi) > 0) hi = k;
  }
  const inRange = await table.where(':id').between(lo, hi, true, true).primaryKeys();
  if (inRange.length === 0) return keys.map(() => undefined);
  const present = new Set(inRange.map(keyString));
  const wanted = keys.filter((k) => present.has(keyString(k)));
  const rows = await table.bulkGet(wanted);
  const byKey = new Map(wanted.map((k, i) => [keyString(k), rows[i]]));
  return keys.map((k) => byKey.get(keyString(k)));
}

/** Keys as map keys: strings, numbers and compound keys of strings, as sync's tables use. */
function keyString(k: IndexableType): string {
  return JSON.stringify(k);
}
