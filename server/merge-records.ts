import { compareHlc, hlcWall } from '../lib/model/hlc';
import type { DeletedFlag, FieldMap, FieldValue, Mutation, PushResponse } from '../lib/model/sync';
import { SYNC_LIMITS } from '../lib/model/sync';

/** A record as the server merges it: every field with its clock, and the tombstone if any. */
export interface RecordRow {
  tbl: string;
  key: string;
  fields: FieldMap;
  deleted: DeletedFlag | null;
}

/** A value that lost (or was refused), on its way to the history table. */
export interface PendingHistory {
  table: string;
  key: string;
  field: string;
  value: unknown;
  hlc: string;
  winnerHlc: string | null;
  reason: string;
}

/** History's name for the tombstone flag, which is not a field. */
export const DELETED_FIELD = '_deleted';

export interface MergedBatch {
  /** The records this push changes, in the order they were first touched. */
  rows: RecordRow[];
  history: PendingHistory[];
  rejected: PushResponse['rejected'];
  /** Records this push erased: their history goes, including what this push would have added. */
  forgotten: RecordRow[];
}

/**
 * What a push's fresh mutations do to the records they name, given those records as stored. Pure:
 * the push writes the result. A mutation stamped too far ahead of the server's clock is refused,
 * its values kept in history where an admin can find them.
 */
export function mergeBatch(
  existing: ReadonlyMap<string, RecordRow>,
  fresh: readonly Mutation[],
  now: number,
): MergedBatch {
  const changed = new Map<string, RecordRow>();
  const history: PendingHistory[] = [];
  const rejected: PushResponse['rejected'] = [];
  const limit = now + SYNC_LIMITS.maxClockAheadMs;
  for (const m of fresh) {
    const clocks = [...Object.values(m.fields).map((f) => f.hlc), ...(m.deleted ? [m.deleted.hlc] : [])];
    if (clocks.some((h) => hlcWall(h) > limit)) {
      const reason = 'rejected: clock more than 5 minutes ahead of the server';
      rejected.push({ mid: m.mid, reason });
      for (const [field, fv] of Object.entries(m.fields)) {
        history.push({ table: m.table, key: m.key, field, value: fv.v, hlc: fv.hlc, winnerHlc: null, reason });
      }
      if (m.deleted) {
        const { v, hlc } = m.deleted;
        history.push({ table: m.table, key: m.key, field: DELETED_FIELD, value: v, hlc, winnerHlc: null, reason });
      }
      continue;
    }
    const id = `${m.table}\u0000${m.key}`;
    const next = mergeMutation(changed.get(id) ?? existing.get(id), m, history, limit);
    if (next) changed.set(id, next);
  }
  const rows = [...changed.values()];
  const forgotten = rows.filter((r) => r.deleted?.forget === true);
  const gone = new Set(forgotten.map((r) => `${r.tbl}\u0000${r.key}`));
  return {
    rows,
    history: gone.size === 0 ? history : history.filter((h) => !gone.has(`${h.table}\u0000${h.key}`)),
    rejected,
    forgotten,
  };
}

/**
 * Per-field last-writer-wins. Returns the record's next state, or undefined
 * when the mutation changes nothing (a replay, or every field lost). Every
 * value that loses — the incoming one or the one it replaces — goes to history.
 */
export function mergeMutation(
  current: RecordRow | undefined,
  m: Mutation,
  history: PendingHistory[],
  futureWall = Number.POSITIVE_INFINITY,
): RecordRow | undefined {
  // A stored clock further ahead than the server now accepts came from a wrong clock (the server's,
  // once): it must not outrank every real edit until the calendar catches up.
  const beats = (incoming: string, have: string) =>
    compareHlc(incoming, have) > 0 || (incoming !== have && hlcWall(have) > futureWall);
  // A forgotten record stays forgotten: later writes to it (from a replica that had not pulled the
  // erasure yet) are dropped, values and all, rather than kept in history.
  if (current?.deleted?.forget) return undefined;
  if (m.deleted?.forget) {
    return { tbl: m.table, key: m.key, fields: {}, deleted: { v: true, hlc: m.deleted.hlc, forget: true } };
  }
  const fields: Record<string, FieldValue> = { ...(current?.fields ?? {}) };
  let deleted = current?.deleted ?? null;
  let changed = current === undefined;
  for (const [field, incoming] of Object.entries(m.fields)) {
    const have = fields[field];
    const order = have ? (beats(incoming.hlc, have.hlc) ? 1 : compareHlc(incoming.hlc, have.hlc)) : 1;
    if (order === 0) continue;
    if (order > 0) {
      if (have) history.push(loser(m, field, have, incoming.hlc, 'superseded'));
      fields[field] = incoming;
      changed = true;
    } else if (have) {
      history.push(loser(m, field, incoming, have.hlc, 'lost'));
    }
  }
  if (m.deleted) {
    const order = deleted ? (beats(m.deleted.hlc, deleted.hlc) ? 1 : compareHlc(m.deleted.hlc, deleted.hlc)) : 1;
    if (order > 0) {
      if (deleted) history.push(loser(m, DELETED_FIELD, deleted, m.deleted.hlc, 'superseded'));
      deleted = m.deleted;
      changed = true;
    } else if (order < 0 && deleted) {
      history.push(loser(m, DELETED_FIELD, m.deleted, deleted.hlc, 'lost'));
    }
  }
  if (!changed) return undefined;
  return { tbl: m.table, key: m.key, fields, deleted };
}

function loser(
  m: Mutation,
  field: string,
  value: { v: unknown; hlc: string },
  winnerHlc: string,
  reason: string,
): PendingHistory {
  return { table: m.table, key: m.key, field, value: value.v, hlc: value.hlc, winnerHlc, reason };
}
