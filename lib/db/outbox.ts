import { Dexie, type Table } from 'dexie';
import { tickHlc } from '../model/hlc';
import type { DeletedFlag, FieldValue, OutboxRow, SyncRecord, SyncTable } from '../model/sync';
import { SYNC_TABLES } from '../model/sync';
import type { LeadClipDB } from './database';
import { freshState, localClock, readState, writeState } from './sync-state';

/**
 * The outbox: every local write and its outbox row commit in one Dexie
 * transaction, so a write is never saved without being queued for the server
 * (or queued without being saved).
 */

/** The tables `recordChange` writes: add them to every read-write transaction that changes a synced table. */
export function syncTables(db: LeadClipDB): Table[] {
  return [db.outbox, db.syncState, db.syncRecords];
}

export type SyncedRow = Record<string, unknown>;

export interface LocalChange {
  table: SyncTable;
  key: string;
  /** The record after the write; `undefined` means it was deleted. */
  next: SyncedRow | undefined;
  /** The record before the write, when the caller has it: only fields that differ are sent. */
  prev?: SyncedRow | undefined;
}

/** A stored value as it travels: `null` stands for an absent field (JSON has no undefined). */
export function wireValue(v: unknown): FieldValue['v'] {
  return v === undefined ? null : (v as FieldValue['v']);
}

/** JSON with object keys sorted: PostgreSQL's jsonb hands objects back with their keys reordered. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)),
        )
      : x,
  );
}

const same = (a: unknown, b: unknown) => a === b || canonicalJson(a) === canonicalJson(b);

function requireSyncTransaction(): void {
  const tx = Dexie.currentTransaction;
  // Outside a transaction the write and its outbox row could commit apart: refuse rather than risk it.
  if (tx?.mode !== 'readwrite' || !['outbox', 'syncState', 'syncRecords'].every((t) => tx.storeNames.includes(t))) {
    throw new Error('recordChange must run inside a read-write transaction that includes the sync tables');
  }
}

/**
 * Record local writes for sync. Call inside the repository's own read-write
 * transaction, after (or before) the write itself. Does nothing until sync has
 * been enabled once. A record the outbox has never seen sends all its fields,
 * so a write racing the first snapshot never leaves fields behind.
 */
export async function recordChanges(
  db: LeadClipDB,
  changes: readonly LocalChange[],
  now = Date.now(),
): Promise<number> {
  requireSyncTransaction();
  if (changes.length === 0) return 0;
  const state = await readState(db);
  if (!state?.tracking) return 0;
  const local = localClock(state, now);
  const at = local.at;
  let clock = local.clock;
  const shadows = await db.syncRecords.bulkGet(changes.map((c) => [c.table, c.key] as [string, string]));
  const byId = new Map<string, SyncRecord>();
  const rows: OutboxRow[] = [];
  changes.forEach((change, i) => {
    const id = `${change.table}\u0000${change.key}`;
    const shadow = byId.get(id) ?? shadows[i] ?? { table: change.table, key: change.key, clocks: {} };
    const known = byId.has(id) || shadows[i] !== undefined;
    const tick = () => {
      const t = tickHlc(clock, at);
      clock = t.state;
      return t.hlc;
    };
    if (change.next === undefined) {
      if (shadow.deleted?.v === true) return;
      const deleted: DeletedFlag = { v: true, hlc: tick() };
      rows.push({ table: change.table, key: change.key, fields: {}, deleted });
      byId.set(id, { ...shadow, deleted });
      return;
    }
    const next = change.next;
    const wasDeleted = shadow.deleted?.v === true;
    const everything = !known || wasDeleted || change.prev === undefined;
    const prev = change.prev ?? {};
    const names = everything ? Object.keys(next) : [...new Set([...Object.keys(prev), ...Object.keys(next)])];
    const changed = names.filter((f) => everything || !same(prev[f], next[f]));
    if (changed.length === 0 && !wasDeleted) return;
    const hlc = tick();
    const fields: Record<string, FieldValue> = {};
    const clocks = { ...shadow.clocks };
    for (const f of changed) {
      fields[f] = { v: wireValue(next[f]), hlc };
      clocks[f] = hlc;
    }
    // Writing a deleted record again brings it back (undo of a delete).
    const deleted: DeletedFlag | undefined = wasDeleted ? { v: false, hlc } : shadow.deleted;
    rows.push({ table: change.table, key: change.key, fields, ...(wasDeleted ? { deleted: { v: false, hlc } } : {}) });
    byId.set(id, { table: change.table, key: change.key, clocks, ...(deleted ? { deleted } : {}) });
  });
  if (rows.length === 0) return 0;
  await db.syncRecords.bulkPut([...byId.values()]);
  await db.outbox.bulkAdd(rows);
  await writeState(db, { ...state, hlc: clock });
  return rows.length;
}

/** One record's write; see `recordChanges`. */
export async function recordChange(
  db: LeadClipDB,
  table: SyncTable,
  key: string,
  next: SyncedRow | undefined,
  prev?: SyncedRow,
  now?: number,
): Promise<number> {
  return recordChanges(db, [{ table, key, next, ...(prev ? { prev } : {}) }], now);
}

const SNAPSHOT_CHUNK = 500;

/**
 * Turn tracking on (idempotent) and give every record written before that to
 * the outbox, a chunk per transaction so the store stays responsive. A new
 * server URL starts over: new client id, empty outbox, cookie 0.
 */
export async function startTracking(db: LeadClipDB, serverUrl: string, now = Date.now): Promise<void> {
  await db.transaction('rw', syncTables(db), async () => {
    const state = await readState(db);
    if (state?.tracking && state.serverUrl === serverUrl) return;
    if (state && state.serverUrl !== serverUrl && state.serverUrl !== '') {
      await db.outbox.clear();
      await db.syncRecords.clear();
    }
    const base = state && (state.serverUrl === serverUrl || state.serverUrl === '') ? state : freshState(serverUrl);
    await writeState(db, { ...base, serverUrl, tracking: true, snapshotDone: false });
  });
  const state = await readState(db);
  if (state?.snapshotDone) return;
  for (const table of SYNC_TABLES) {
    let after: string | undefined;
    for (;;) {
      const store = db.table<SyncedRow, string>(table);
      const done = await db.transaction('rw', [store, ...syncTables(db)], async () => {
        const batch = await (after === undefined ? store.orderBy(':id') : store.where(':id').above(after))
          .limit(SNAPSHOT_CHUNK)
          .toArray();
        const keys = batch.map((r) => String(r.id));
        const last = keys.at(-1);
        if (last === undefined) return true;
        after = last;
        const shadows = await db.syncRecords.bulkGet(keys.map((k) => [table, k] as [string, string]));
        const missing = batch.filter((_, i) => shadows[i] === undefined);
        await recordChanges(
          db,
          missing.map((r) => ({ table, key: String(r.id), next: r })),
          now(),
        );
        return batch.length < SNAPSHOT_CHUNK;
      });
      if (done) break;
    }
  }
  await db.transaction('rw', syncTables(db), async () => {
    const s = await readState(db);
    if (s) await writeState(db, { ...s, snapshotDone: true });
  });
}

/** How many local changes are waiting for the server. */
export async function pendingChanges(db: LeadClipDB): Promise<number> {
  return db.outbox.count();
}

/** Whether local writes are being recorded: callers skip reading the "before" rows when not. */
export async function isTracking(db: LeadClipDB): Promise<boolean> {
  return (await readState(db))?.tracking === true;
}

export interface ForgetSyncResult {
  /** Pending changes of the forgotten records that were dropped unsent. */
  outboxRows: number;
  /** Records whose field clocks were cleared. */
  clockRows: number;
}

/**
 * Forget records for sync, in the caller's transaction (which must include the
 * sync tables): drop their pending outbox rows unsent, clear their field clocks,
 * and — when sync is on — queue one `forget` tombstone each. The tombstone's
 * shadow (no clocks, only the deletion flag) stays so a pull of the old values
 * cannot bring the record back before the server has the tombstone.
 */
export async function recordForgets(
  db: LeadClipDB,
  records: readonly { table: SyncTable; key: string }[],
  now = Date.now(),
): Promise<ForgetSyncResult> {
  requireSyncTransaction();
  if (records.length === 0) return { outboxRows: 0, clockRows: 0 };
  const ids = new Set(records.map((r) => `${r.table}\u0000${r.key}`));
  // The outbox is indexed by seq only; it is short (it empties on every push), so a scan is fine.
  const pending = await db.outbox.filter((r) => ids.has(`${r.table}\u0000${r.key}`)).primaryKeys();
  await db.outbox.bulkDelete(pending);
  const keys = records.map((r) => [r.table, r.key] as [string, string]);
  const shadows = await db.syncRecords.bulkGet(keys);
  const clockRows = shadows.filter((s) => s !== undefined && Object.keys(s.clocks).length > 0).length;
  const state = await readState(db);
  if (!state?.tracking) {
    await db.syncRecords.bulkDelete(keys);
    return { outboxRows: pending.length, clockRows };
  }
  const local = localClock(state, now);
  const at = local.at;
  let clock = local.clock;
  const rows: OutboxRow[] = [];
  const next: SyncRecord[] = [];
  for (const r of records) {
    const t = tickHlc(clock, at);
    clock = t.state;
    const deleted: DeletedFlag = { v: true, hlc: t.hlc, forget: true };
    rows.push({ table: r.table, key: r.key, fields: {}, deleted });
    next.push({ table: r.table, key: r.key, clocks: {}, deleted });
  }
  await db.syncRecords.bulkPut(next);
  await db.outbox.bulkAdd(rows);
  await writeState(db, { ...state, hlc: clock });
  return { outboxRows: pending.length, clockRows };
}
