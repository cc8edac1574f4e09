import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';

/**
 * What a committed write (in this page or any other context of the extension)
 * may have changed among the leads: some leads by id, or possibly any of them.
 */
export type LeadChange = { kind: 'some'; ids: string[] } | { kind: 'all' };

/** More ids than this in one change: reading them one by one would cost more than re-reading the table. */
const MAX_IDS = 10_000;

function isNode(tree: IntervalTree): tree is Extract<IntervalTree, { from: unknown }> {
  return 'from' in tree;
}

/**
 * The leads a change names. Dexie names the primary keys a write touched when
 * it knows them (a put or delete of fewer than 50 rows) and a range otherwise
 * (bulk writes, a table clear, an import's one announcement). Parts that come
 * over the BroadcastChannel from another context are plain objects, so the tree
 * is walked by hand rather than with RangeSet's iterator.
 */
export function leadChangeOf(parts: ObservabilitySet, dbName: string): LeadChange | undefined {
  if (parts.all) return { kind: 'all' };
  const tree = parts[`idb://${dbName}/leads/`];
  if (!tree) return undefined;
  const ids: string[] = [];
  const stack: IntervalTree[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || !isNode(node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return { kind: 'all' };
    ids.push(node.from);
    if (ids.length > MAX_IDS) return { kind: 'all' };
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return ids.length > 0 ? { kind: 'some', ids } : undefined;
}

/**
 * Calls `onChange` for every committed write that may touch the leads of the
 * database named `dbName`, from any context (Dexie's storagemutated event
 * crosses tabs, workers and the service worker). Returns the unsubscribe.
 */
export function watchLeadChanges(dbName: string, onChange: (change: LeadChange) => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    const change = leadChangeOf(parts, dbName);
    if (change) onChange(change);
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
