import type { z } from 'zod';
import { identityKeys } from '../crm/lead-keys';
import { suppressionKeysOf } from '../crm/suppression';
import type { LeadClipDB } from '../db/database';
import { type SyncedRow, syncTables } from '../db/outbox';
import { CURRENT_SCHEMA_VERSION } from '../db/schema-history';
import { freshState, localClock, passDone, readState, withServerTime, writeState } from '../db/sync-state';
import { AccountSchema } from '../model/account';
import { ActivitySchema } from '../model/activity';
import { ContactSchema } from '../model/contact';
import { DealSchema } from '../model/deal';
import { hlcWall, isFutureHlc, receiveHlc, tickHlc } from '../model/hlc';
import { LeadRecordSchema } from '../model/lead-checked-quickly';
import type { Suppression } from '../model/privacy';
import {
  type Change,
  type DeletedFlag,
  expandChange,
  expandMutation,
  type FieldValue,
  type Mutation,
  type OutboxRow,
  type PullResponse,
  type PushResponse,
  SYNC_LIMITS,
  SYNC_TABLES,
  type SyncRecord,
  type SyncState,
  type SyncTable,
  type WireMutation,
  WireMutationSchema,
} from '../model/sync';
import { type FetchLike, SyncHttpClient, SyncHttpError } from './http';
import { bulkGetPresent } from './read-present';

/** Every quarantined row sync put aside starts with this, so the side panel can count them. */
export const SYNC_QUARANTINE_PREFIX = 'sync:';

const SCHEMAS: Record<SyncTable, z.ZodType> = {
  leads: LeadRecordSchema,
  contacts: ContactSchema,
  accounts: AccountSchema,
  deals: DealSchema,
  activities: ActivitySchema,
};

export interface SyncConfig {
  serverUrl: string;
  token: string;
}

export interface EngineOptions {
  fetch?: FetchLike;
  now?: () => number;
  /** Mutations per push (the server takes at most 500). */
  batchSize?: number;
  pullLimit?: number;
}

export interface SyncResult {
  pushed: number;
  pulled: number;
  rejected: number;
}

/** Which mutation of a push the server's 422 names (`mutations.3.fields…`), if it names one. */
export function refusedIndex(detail: string | undefined): number | undefined {
  const m = /(?:^|; )mutations\.(\d+)(?:\.|:)/.exec(detail ?? '');
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * An outbox row as it travels: one mutation per clock. Every local write stamps all it changes
 * with one clock, so that is one mutation per row; a row with several (none is written so today)
 * still goes out exactly.
 */
export function toWire(row: OutboxRow, firstMid: number): WireMutation[] {
  const groups = new Map<string, { fields: WireMutation['fields']; deleted?: DeletedFlag }>();
  const group = (hlc: string) => {
    let g = groups.get(hlc);
    if (!g) {
      g = { fields: {} };
      groups.set(hlc, g);
    }
    return g;
  };
  for (const [f, fv] of Object.entries(row.fields)) group(fv.hlc).fields[f] = fv.v;
  if (row.deleted) group(row.deleted.hlc).deleted = row.deleted;
  return [...groups].map(([hlc, g], i) => ({
    mid: firstMid + i,
    table: row.table,
    key: row.key,
    hlc,
    fields: g.fields,
    ...(g.deleted ? { deleted: g.deleted.v, ...(g.deleted.forget ? { forget: true as const } : {}) } : {}),
  }));
}

/** A batch read from the outbox and checked, ready to send. */
interface PreparedPush {
  clientId: string;
  batch: OutboxRow[];
  /** For each mutation, the index in `batch` of the outbox row it came from. */
  owners: number[];
  mutations: WireMutation[];
  poison: { row: OutboxRow; error: string }[];
}

/** Push rounds in a row with refused writes before a pass gives up. */
const MAX_REFUSED_ROUNDS = 3;

/** Under the server's 1 MB body limit with room for the envelope. */
const MAX_PUSH_BYTES = 900_000;

/**
 * One pass of sync: push the whole outbox in batches, then pull until the
 * server has nothing more. Stateless between calls: everything it needs is in
 * the database, so a service worker that dies mid-pass loses nothing.
 */
export class SyncEngine {
  private readonly http: SyncHttpClient;
  private readonly now: () => number;
  private batchSize: number;
  private readonly pullLimit: number;

  constructor(
    private readonly db: LeadClipDB,
    config: SyncConfig,
    options: EngineOptions = {},
  ) {
    this.http = new SyncHttpClient(config.serverUrl, config.token, options.fetch);
    this.now = options.now ?? Date.now;
    this.batchSize = Math.min(options.batchSize ?? SYNC_LIMITS.maxPushMutations, SYNC_LIMITS.maxPushMutations);
    this.pullLimit = options.pullLimit ?? SYNC_LIMITS.defaultPullLimit;
  }

  async syncOnce(): Promise<SyncResult> {
    const { upToDate, passDone, idleState, ...pushed } = await this.pushAll({ finish: true });
    if (upToDate) {
      // The server's answer showed nothing between our last pull and our own writes: a pull now
      // would bring back nothing, so the request (and its transactions) is saved. Anything a
      // teammate pushes after this moment comes on the next pass, as it would a moment later.
      if (!passDone) await this.markPassDone();
      return { ...pushed, pulled: 0 };
    }
    // The pass is marked done by the last page's own transaction: one write fewer on every sync.
    const pulled = await this.pullAll({ finish: true, ...(idleState ? { state: idleState } : {}) });
    return { ...pushed, pulled };
  }

  /** The pass is done now: its time is kept and the last error cleared. */
  private async markPassDone(): Promise<void> {
    await this.db.transaction('rw', this.db.syncState, async () => {
      const state = await readState(this.db);
      if (!state) return;
      await writeState(this.db, passDone(state, this.now()));
    });
  }

  /**
   * Push the whole outbox, batch after batch. While the server takes one batch, the next is read
   * and checked; it is sent only if the server took the whole of this one, else read again.
   */
  async pushAll(
    options: { finish?: boolean } = {},
  ): Promise<{ pushed: number; rejected: number; upToDate: boolean; passDone: boolean; idleState?: SyncState }> {
    /**
     * `upToDate`: the last batch was taken whole and the cookie moved past it, so nothing is left to
     * pull. `passDone`: with `finish`, the last batch's own transaction marked the pass done then.
     * `idleState`: the outbox was empty, and this is the state read with it (a pull needs it next).
     */
    const result: { pushed: number; rejected: number; upToDate: boolean; passDone: boolean; idleState?: SyncState } = {
      pushed: 0,
      rejected: 0,
      upToDate: false,
      passDone: false,
    };
    // Refused writes come back to the outbox re-stamped; a server that keeps refusing must not hold us here.
    let refusedRounds = 0;
    let ahead: Promise<PreparedPush | undefined> | undefined;
    for (;;) {
      let idle: SyncState | undefined;
      const prepared = ahead
        ? await ahead
        : await this.preparePush(undefined, undefined, (state) => {
            idle = state;
          });
      ahead = undefined;
      if (!prepared)
        return idle && result.pushed === 0 && result.rejected === 0 ? { ...result, idleState: idle } : result;
      const lastSeq = prepared.batch.at(-1)?.seq;
      const lastMid = prepared.mutations.at(-1)?.mid;
      if (prepared.poison.length === 0 && lastSeq !== undefined && lastMid !== undefined) {
        ahead = this.preparePush(lastSeq, lastMid + 1);
        // Awaited only if this batch goes through whole; until then a failure is not unhandled.
        ahead.catch(() => undefined);
      }
      // Whether this batch is the last is known once the next read finds nothing: usually before the
      // server answers, so the acknowledgement can close the pass in the same transaction.
      const last = options.finish && ahead ? ahead.then((n) => n === undefined).catch(() => false) : undefined;
      const step = await this.pushBatch(prepared, last);
      if (step === undefined) return result;
      if (step.acked !== prepared.batch.length || step.rejected > 0) ahead = undefined;
      result.pushed += step.acked;
      result.rejected += step.rejected;
      result.upToDate = step.upToDate === true;
      result.passDone = step.passDone === true;
      refusedRounds = step.rejected > 0 ? refusedRounds + 1 : 0;
      if (refusedRounds > MAX_REFUSED_ROUNDS) {
        throw new SyncHttpError(
          'The sync server keeps refusing changes as stamped in the future. Check its clock.',
          422,
        );
      }
    }
  }

  /**
   * Pull until the server has nothing more. The next page is requested as soon as this one
   * arrives, so the server reads it while this page is written: on a first sync of a large team
   * the network, the server and IndexedDB work at the same time instead of taking turns.
   */
  async pullAll(options: { finish?: boolean; state?: SyncState } = {}): Promise<number> {
    // A state read a moment ago will do: a cookie moved meanwhile by another context is handled by applyPull.
    const state = options.state ?? (await readState(this.db));
    if (!state) return 0;
    let cookie = state.cookie;
    const fetchPage = (from: string) => {
      const page = this.http.pull(from, this.pullLimit);
      // Awaited later, after this page is written: until then a failure must not count as unhandled.
      // If writing fails first, the page fetched ahead is dropped and its error is not the one reported.
      page.catch(() => undefined);
      return page;
    };
    let next: Promise<PullResponse> | undefined = fetchPage(cookie);
    let count = 0;
    while (next) {
      const page: PullResponse = await next;
      next = page.more ? fetchPage(page.cookie) : undefined;
      const last = next === undefined && options.finish === true;
      const now = this.now();
      await applyPull(
        this.db,
        page.changes.map(expandChange),
        page.cookie,
        cookie,
        now,
        page.time,
        last ? now : undefined,
      );
      count += page.changes.length;
      cookie = page.cookie;
    }
    return count;
  }

  /**
   * The next batch as it will be sent: outbox rows from the head (or after `afterSeq`), with ids
   * counting from the next the server expects (or from `firstMid`). Rows the server could never
   * take are set aside as poison instead.
   */
  private async preparePush(
    afterSeq?: number,
    firstMid?: number,
    /** Told the state read with an empty outbox. */
    onEmpty?: (state: SyncState) => void,
  ): Promise<PreparedPush | undefined> {
    // One read transaction for both: an idle pass (nothing queued) costs one round to the store, not two.
    const read = await this.db.transaction('r', this.db.syncState, this.db.outbox, async () => {
      const state = await readState(this.db);
      if (!state) return undefined;
      const head = afterSeq === undefined ? this.db.outbox.orderBy('seq') : this.db.outbox.where(':id').above(afterSeq);
      return { state, rows: await head.limit(this.batchSize).toArray() };
    });
    if (!read) return undefined;
    if (read.rows.length === 0) {
      onEmpty?.(read.state);
      return undefined;
    }
    const { state, rows } = read;
    const base = firstMid ?? state.lastMutationId + 1;
    const mutations: WireMutation[] = [];
    const batch: OutboxRow[] = [];
    /** For each mutation sent, the index in `batch` of the outbox row it came from. */
    const owners: number[] = [];
    const poison: { row: OutboxRow; error: string }[] = [];
    let bytes = 0;
    for (const row of rows) {
      const candidates = toWire(row, base + mutations.length);
      // A row the server could never take is set aside here, not sent to fail the whole batch.
      const checked = candidates.map((m) => WireMutationSchema.safeParse(m));
      const bad = checked.find((c) => !c.success);
      if (bad && !bad.success) {
        poison.push({ row, error: describeIssues(bad.error.issues) });
        continue;
      }
      const ok = checked.flatMap((c) => (c.success ? [c.data] : []));
      const size = ok.reduce((n, m) => n + JSON.stringify(m).length, 0);
      if (mutations.length > 0 && (bytes + size > MAX_PUSH_BYTES || mutations.length + ok.length > this.batchSize)) {
        break;
      }
      bytes += size;
      for (const m of ok) {
        mutations.push(m);
        owners.push(batch.length);
      }
      batch.push(row);
    }
    return { clientId: state.clientId, batch, owners, mutations, poison };
  }

  /** Push the head of the outbox. Undefined when it is empty. */
  async pushBatch(
    prepared?: PreparedPush,
    /** Resolves true when nothing follows this batch: the pass is then done with it, if nothing is left to pull. */
    last?: Promise<boolean>,
  ): Promise<{ acked: number; rejected: number; upToDate?: boolean; passDone?: boolean } | undefined> {
    const next = prepared ?? (await this.preparePush());
    if (!next) return undefined;
    const { clientId, batch, owners, mutations, poison } = next;
    if (poison.length > 0) {
      await this.quarantine(poison);
      return { acked: 0, rejected: 0 };
    }
    let res: PushResponse;
    try {
      res = await this.http.push({ clientId, mutations });
    } catch (err) {
      if (err instanceof SyncHttpError && err.status === 409 && err.lastMutationId !== undefined) {
        // The server has fewer of our mutations than we thought (restored from a backup):
        // resend what is still in the outbox from the id after its last one.
        await this.rebase(err.lastMutationId);
        return { acked: 0, rejected: 0 };
      }
      if (err instanceof SyncHttpError && err.status === 413 && this.batchSize > 1) {
        this.batchSize = Math.max(1, Math.floor(mutations.length / 2));
        return { acked: 0, rejected: 0 };
      }
      const culprit = err instanceof SyncHttpError && err.status === 422 ? refusedIndex(err.detail) : undefined;
      const owner = culprit === undefined ? undefined : owners[culprit];
      const row = owner === undefined ? undefined : batch[owner];
      if (row) {
        // One row the server cannot read must not hold back everything queued behind it.
        await this.quarantine([{ row, error: err instanceof SyncHttpError ? (err.detail ?? err.message) : '' }]);
        return { acked: 0, rejected: 0 };
      }
      throw err;
    }
    return this.acknowledge(batch, owners, mutations.map(expandMutation), res, last ? await last : false);
  }

  /** Move refused outbox rows to the quarantine, with the reason the side panel shows. */
  private async quarantine(rows: readonly { row: OutboxRow; error: string }[]): Promise<void> {
    await this.db.transaction('rw', [this.db.quarantine, ...syncTables(this.db)], async () => {
      await this.db.quarantine.bulkAdd(
        rows.map(({ row, error }) => ({
          table: row.table,
          fromVersion: CURRENT_SCHEMA_VERSION,
          error: `${SYNC_QUARANTINE_PREFIX} the server cannot take this change to ${row.table} ${row.key}: ${error}`,
          row,
        })),
      );
      await this.db.outbox.bulkDelete(rows.flatMap(({ row }) => (row.seq === undefined ? [] : [row.seq])));
    });
  }

  /**
   * The server's last id for this client differs from ours. Behind ours: the server was restored
   * from a backup, so resend from its next id. Ahead of ours: this store was restored from a backup
   * (or copied with a browser profile), and the ids we would send are taken by other writes. Start a
   * fresh epoch — a new client id and clock node — and resend the outbox under it: every write is
   * applied, and any the server already had merge as no-ops by their clocks.
   */
  private async rebase(serverLast: number): Promise<void> {
    await this.db.transaction('rw', syncTables(this.db), async () => {
      const s = await readState(this.db);
      if (!s) return;
      if (serverLast <= s.lastMutationId) {
        await writeState(this.db, { ...s, lastMutationId: serverLast });
        return;
      }
      const epoch = freshState(s.serverUrl);
      await writeState(this.db, {
        ...s,
        clientId: epoch.clientId,
        lastMutationId: 0,
        hlc: { ...s.hlc, node: epoch.hlc.node },
      });
    });
  }

  private async acknowledge(
    rows: readonly { seq?: number | undefined }[],
    owners: readonly number[],
    sent: readonly Mutation[],
    res: PushResponse,
    lastBatch = false,
  ): Promise<{ acked: number; rejected: number; upToDate: boolean; passDone: boolean }> {
    const first = sent[0]?.mid ?? 1;
    const acked = Math.max(0, Math.min(sent.length, res.lastMutationId - first + 1));
    const rejected = new Set(res.rejected.map((r) => r.mid));
    // A row leaves the outbox once every mutation made from it is acknowledged.
    const rowsDone = acked === sent.length ? rows.length : (owners[acked] ?? rows.length);
    let upToDate = false;
    await this.db.transaction('rw', syncTables(this.db), async () => {
      const s = await readState(this.db);
      if (!s) return;
      // The batch was the head of the outbox in order and rows are only ever added after it, so
      // what is acknowledged is one range of seqs: one range delete instead of a request per row.
      const seqs = rows.slice(0, rowsDone).flatMap((r) => (r.seq === undefined ? [] : [r.seq]));
      const [lo, hi] = [seqs[0], seqs.at(-1)];
      if (lo !== undefined && hi !== undefined) await this.db.outbox.where(':id').between(lo, hi, true, true).delete();
      const now = this.now();
      // Had we seen every version before this push, the versions it made are our own writes, which we
      // hold already: the cookie moves past them instead of pulling them back (after a first push of
      // 10,000 leads, that was all 10,000 downloaded again).
      const ownWritesOnly =
        rowsDone === rows.length && rejected.size === 0 && res.base !== undefined && s.cookie === String(res.base);
      let next = withServerTime(
        {
          ...s,
          lastMutationId: Math.max(s.lastMutationId, res.lastMutationId),
          ...(ownWritesOnly ? { cookie: String(res.version) } : {}),
        },
        res.time,
        now,
      );
      const refused = sent.filter((m) => rejected.has(m.mid));
      if (refused.length > 0) next = await this.restamp(next, refused, now);
      upToDate = ownWritesOnly;
      await writeState(this.db, upToDate && lastBatch ? passDone(next, now) : next);
    });
    return { acked: rowsDone, rejected: rejected.size, upToDate, passDone: upToDate && lastBatch };
  }

  /**
   * The server refused these writes as stamped too far ahead of its clock. The rep's values stay:
   * each field whose local clock is still the refused one is queued again with a clock from the
   * server's time (this computer's clock is wrong, not the edit). Fields written again since are
   * already queued with their newer clock.
   */
  private async restamp(state: SyncState, refused: readonly Mutation[], now: number): Promise<SyncState> {
    const local = localClock(state, now);
    let clock = local.clock;
    const shadows = await this.db.syncRecords.bulkGet(refused.map((m) => [m.table, m.key] as [string, string]));
    const again: OutboxRow[] = [];
    const nextShadows = new Map<string, SyncRecord>();
    for (const [i, m] of refused.entries()) {
      const id = `${m.table}\u0000${m.key}`;
      const shadow = nextShadows.get(id) ?? shadows[i];
      if (!shadow || shadow.deleted?.forget) continue;
      const t = tickHlc(clock, local.at);
      clock = t.state;
      const clocks = { ...shadow.clocks };
      const fields: Record<string, FieldValue> = {};
      for (const [f, fv] of Object.entries(m.fields)) {
        if (clocks[f] !== fv.hlc) continue;
        fields[f] = { v: fv.v, hlc: t.hlc };
        clocks[f] = t.hlc;
      }
      let deleted = shadow.deleted;
      const stillDeleted = m.deleted !== undefined && deleted?.hlc === m.deleted.hlc;
      if (stillDeleted && m.deleted) deleted = { ...m.deleted, hlc: t.hlc };
      if (Object.keys(fields).length === 0 && !stillDeleted) continue;
      again.push({ table: m.table, key: m.key, fields, ...(stillDeleted && deleted ? { deleted } : {}) });
      nextShadows.set(id, { table: m.table, key: m.key, clocks, ...(deleted ? { deleted } : {}) });
    }
    await this.db.syncRecords.bulkPut([...nextShadows.values()]);
    await this.db.outbox.bulkAdd(again);
    return { ...state, hlc: clock };
  }

  /** Fetch one page and apply it, with its cookie, in one transaction. */
  async pullPage(): Promise<{ count: number; more: boolean }> {
    const state = await readState(this.db);
    if (!state) return { count: 0, more: false };
    const page = await this.http.pull(state.cookie, this.pullLimit);
    await applyPull(this.db, page.changes.map(expandChange), page.cookie, state.cookie, this.now(), page.time);
    return { count: page.changes.length, more: page.more };
  }
}

/** A stored lead's or contact's identity keys, read defensively: the row is whatever the store held. */
function syncedIdentityKeys(row: SyncedRow) {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return identityKeys({
    emails: strings(row.emails),
    urls: strings(row.urls),
    fullName: text(row.fullName),
    company: text(row.company),
  });
}

/**
 * Merge pulled records into the local store: per field, the later clock wins
 * (a local change not yet pushed may be the later one and stays). The records,
 * their clocks and the new cookie commit together or not at all. A page
 * fetched with a cookie that is no longer current (another context pulled in
 * between) is applied anyway — merging is idempotent — but does not move the
 * cookie backwards.
 */
export async function applyPull(
  db: LeadClipDB,
  changes: readonly Change[],
  cookie: string,
  fetchedWith: string,
  now = Date.now(),
  serverTime?: number,
  /** Set on a pass's last page: the pass is done at this time, and the last error is cleared. */
  syncedAt?: number,
): Promise<void> {
  const tables = SYNC_TABLES.map((t) => db.table(t));
  await db.transaction('rw', [...tables, db.quarantine, db.suppressions, ...syncTables(db)], async () => {
    const stored = await readState(db);
    if (!stored) return;
    const state = withServerTime(stored, serverTime, now);
    const local = localClock(state, now);
    let clock = local.clock;
    // A clock no server accepts today: received, it would drag ours into the future; kept, it would win for days.
    const future = (hlc: string) => isFutureHlc(hlc, local.at, SYNC_LIMITS.maxClockAheadMs);
    const shadows = await bulkGetPresent(
      db.syncRecords,
      changes.map((c) => [c.table, c.key] as [SyncTable, string]),
    );
    // Read and write in bulk, a table at a time: one request per row is what makes a large pull slow.
    const locals = new Map<string, SyncedRow | undefined>();
    for (const table of new Set(changes.map((c) => c.table))) {
      const keys = changes.filter((c) => c.table === table).map((c) => c.key);
      const rows = await bulkGetPresent(db.table<SyncedRow, string>(table), keys);
      for (const [i, k] of keys.entries()) locals.set(`${table}\u0000${k}`, rows[i]);
    }
    const puts = new Map<SyncTable, Map<string, SyncedRow>>();
    const deletes = new Map<SyncTable, Set<string>>();
    const nextShadows = new Map<string, SyncRecord>();
    const forgotten = new Set<string>();
    const suppress = new Map<string, Suppression>();
    for (const [i, change] of changes.entries()) {
      const id = `${change.table}\u0000${change.key}`;
      const remoteClocks = [
        ...Object.values(change.fields).map((f) => f.hlc),
        ...(change.deleted ? [change.deleted.hlc] : []),
      ];
      if (!change.deleted?.forget && remoteClocks.some(future)) {
        // Kept aside, not merged: the local record and its clocks stay as the rep left them.
        await db.quarantine.add({
          table: change.table,
          fromVersion: CURRENT_SCHEMA_VERSION,
          error: `${SYNC_QUARANTINE_PREFIX} a teammate's change is stamped more than 5 minutes in the future (their computer's clock is wrong); not applied`,
          row: { key: change.key, fields: change.fields, ...(change.deleted ? { deleted: change.deleted } : {}) },
        });
        continue;
      }
      const shadow = nextShadows.get(id) ?? shadows[i];
      const local = locals.get(id);
      const clocks: Record<string, string> = { ...(shadow?.clocks ?? {}) };
      const merged: SyncedRow = { ...(local ?? {}) };
      // Fold only the latest of the record's clocks in: clocks order as strings, so one parse per record will do.
      const latest = remoteClocks.reduce<string | undefined>((a, h) => (a === undefined || h > a ? h : a), undefined);
      if (latest !== undefined) clock = receiveHlc(clock, latest);
      for (const [field, remote] of Object.entries(change.fields)) {
        // Our own clock from a wrong computer clock does not win: the server refused it too.
        const mine = clocks[field] !== undefined && !future(clocks[field]) ? clocks[field] : undefined;
        if (mine !== undefined && mine > remote.hlc && local !== undefined) continue;
        clocks[field] = mine !== undefined && mine > remote.hlc ? mine : remote.hlc;
        if (remote.v === null) delete merged[field];
        else merged[field] = remote.v;
      }
      let deleted: DeletedFlag | undefined = shadow?.deleted;
      if (change.deleted) {
        const ours = deleted && !future(deleted.hlc) ? deleted : undefined;
        if (!ours || change.deleted.hlc > ours.hlc || change.deleted.forget) deleted = change.deleted;
      }
      if (deleted?.forget) {
        // A person was forgotten on another replica: no clocks, no pending changes of ours survive either.
        for (const f of Object.keys(clocks)) delete clocks[f];
        forgotten.add(id);
        // The tombstone names nobody, but our copy does: suppress its keys here too, so this rep's
        // capture and import flag the person as well.
        if (local !== undefined && (change.table === 'leads' || change.table === 'contacts')) {
          for (const k of suppressionKeysOf(syncedIdentityKeys(local))) {
            suppress.set(k.key, {
              ...k,
              forgottenAt: hlcWall(change.deleted?.hlc ?? deleted.hlc),
              reason: 'Forgotten by a teammate',
            });
          }
        }
      }
      if (deleted?.v !== true && merged.id !== change.key) {
        // A record that names another record than the one it is stored under could overwrite
        // or shadow that one: refused, kept aside with the reason, its clocks not taken.
        await db.quarantine.add({
          table: change.table,
          fromVersion: CURRENT_SCHEMA_VERSION,
          error: `${SYNC_QUARANTINE_PREFIX} a pulled record's id (${describePulledId(merged.id)}) differs from its key (${change.key}); not applied`,
          row: merged,
        });
        continue;
      }
      nextShadows.set(id, { table: change.table, key: change.key, clocks, ...(deleted ? { deleted } : {}) });
      const tablePuts = puts.get(change.table) ?? new Map<string, SyncedRow>();
      puts.set(change.table, tablePuts);
      const tableDeletes = deletes.get(change.table) ?? new Set<string>();
      deletes.set(change.table, tableDeletes);
      if (deleted?.v === true) {
        tablePuts.delete(change.key);
        locals.set(id, undefined);
        if (local !== undefined) tableDeletes.add(change.key);
        continue;
      }
      const parsed = SCHEMAS[change.table].safeParse(merged);
      if (parsed.success) {
        const row = parsed.data as SyncedRow;
        tablePuts.set(change.key, row);
        tableDeletes.delete(change.key);
        locals.set(id, row);
      } else {
        // Kept, with the reason, rather than dropped or allowed to break the list.
        await db.quarantine.add({
          table: change.table,
          fromVersion: CURRENT_SCHEMA_VERSION,
          error: `${SYNC_QUARANTINE_PREFIX} ${parsed.error.issues[0]?.message ?? 'invalid record'}`,
          row: merged,
        });
      }
    }
    if (suppress.size > 0) {
      const have = await db.suppressions.bulkGet([...suppress.keys()]);
      await db.suppressions.bulkPut([...suppress.values()].filter((_, i) => have[i] === undefined));
    }
    if (forgotten.size > 0) {
      const pending = await db.outbox.filter((r) => forgotten.has(`${r.table}\u0000${r.key}`)).primaryKeys();
      await db.outbox.bulkDelete(pending);
    }
    for (const [table, keys] of deletes) if (keys.size > 0) await db.table(table).bulkDelete([...keys]);
    for (const [table, rows] of puts) if (rows.size > 0) await db.table(table).bulkPut([...rows.values()]);
    await db.syncRecords.bulkPut([...nextShadows.values()]);
    const moveCookie = state.cookie === fetchedWith || Number(cookie) > Number(state.cookie);
    const pass = syncedAt === undefined ? state : passDone(state, syncedAt);
    await writeState(db, { ...pass, hlc: clock, ...(moveCookie ? { cookie } : {}) });
  });
}

/** A pulled id for a message, whatever it is: String() would throw on an object with a broken toString. */
function describePulledId(id: unknown): string {
  if (typeof id === 'string') return id.slice(0, 80);
  if (typeof id === 'number' || typeof id === 'boolean' || id === null || id === undefined) return `${id}`;
  return `not a string but ${Array.isArray(id) ? 'a list' : `an ${typeof id}`}`;
}
