// Runs inside a Chromium page (real IndexedDB), against the sync server the Node side started.
// Bundled by bench/sync.bench.ts. Two clients are two databases in one page, as two profiles would be.
import { LeadClipDB } from '../../lib/db/database';
import { LeadEditRepository } from '../../lib/db/lead-edit-repository';
import { LeadRepository } from '../../lib/db/lead-repository';
import { startTracking } from '../../lib/db/outbox';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { expandChange, expandMutation, PullResponseSchema, PushRequestSchema, SYNC_LIMITS } from '../../lib/model/sync';
import { SyncEngine } from '../../lib/sync/engine';
import type { FetchLike } from '../../lib/sync/http';
import { sampleLeads } from './sample-leads';

export interface SyncBenchRun {
  pushMs: number;
  pullMs: number;
  /** A's own pull right after its push: nothing comes back, its cookie moved past its own writes. */
  ownPullMs: number;
  /** Bytes on the wire, counted only when asked: reading a response twice costs time. */
  wire?: { pushed: number; pulled: number; pushedPerField: number; pulledPerField: number };
  roundTrips: number[];
  /** The floor of the pull's own writes: what B stored, written again into a fresh database. */
  floor: { leadsMs: number; leadsAndClocksMs: number; clocksInRowMs: number };
}

const byteLength = (s: string) => new TextEncoder().encode(s).byteLength;

function countingFetch(wire: NonNullable<SyncBenchRun['wire']>): FetchLike {
  return async (input, init) => {
    const res = await fetch(input, init);
    if (typeof init?.body === 'string') {
      wire.pushed += byteLength(init.body);
      // The same push with a clock on every field, as the protocol had it before.
      const body = PushRequestSchema.parse(JSON.parse(init.body));
      wire.pushedPerField += byteLength(JSON.stringify({ ...body, mutations: body.mutations.map(expandMutation) }));
    }
    if (init?.method !== 'POST') {
      const text = await res.clone().text();
      wire.pulled += byteLength(text);
      const page = PullResponseSchema.parse(JSON.parse(text));
      wire.pulledPerField += byteLength(JSON.stringify({ ...page, changes: page.changes.map(expandChange) }));
    }
    return res;
  };
}

async function client(name: string, url: string, token: string, fetchImpl: FetchLike) {
  const db = new LeadClipDB(name);
  await new SettingsRepository(db).update({ sync: { enabled: true, serverUrl: url, token } });
  await startTracking(db, url);
  return { db, engine: new SyncEngine(db, { serverUrl: url, token }, { fetch: fetchImpl }) };
}

/**
 * One initial sync: client A holds n leads and pushes them all, then a fresh client B pulls them
 * all. With `roundTrips`, then times one field edited in A until B has it.
 */
async function runSyncBench(
  url: string,
  token: string,
  n: number,
  run: number,
  options: { countBytes: boolean; roundTrips: number },
): Promise<SyncBenchRun> {
  const wire = { pushed: 0, pulled: 0, pushedPerField: 0, pulledPerField: 0 };
  const fetchImpl: FetchLike = options.countBytes ? countingFetch(wire) : (input, init) => fetch(input, init);
  const a = await client(`sync-bench-a-${run}`, url, token, fetchImpl);
  await new LeadRepository(a.db).saveMany(sampleLeads(n).map((l) => ({ ...l, id: `r${run}-${l.id}` })));

  const t0 = performance.now();
  await a.engine.pushAll();
  const t1 = performance.now();
  await a.engine.pullAll({ finish: true });
  const ownPullMs = performance.now() - t1;
  const b = await client(`sync-bench-b-${run}`, url, token, fetchImpl);
  await b.engine.pullAll();
  const t2 = performance.now();
  const tb = t1 + ownPullMs;
  const pulled = await b.db.leads.count();
  if (pulled !== n) throw new Error(`pulled ${pulled} of ${n}`);

  const roundTrips: number[] = [];
  if (options.roundTrips > 0) {
    await a.engine.syncOnce();
    const edits = new LeadEditRepository(a.db);
    const ids = (await a.db.leads.limit(options.roundTrips).primaryKeys()).map(String);
    for (const [i, id] of ids.entries()) {
      const title = `Title ${i}`;
      const s = performance.now();
      await edits.updateLeadFields(id, { title });
      await a.engine.syncOnce();
      await b.engine.syncOnce();
      roundTrips.push(performance.now() - s);
      const got = (await b.db.leads.get(id))?.title;
      if (got !== title) throw new Error(`round trip lost the change: ${got}`);
    }
  }
  const floor = await pullWriteFloor(b.db, run);
  for (const c of [a, b]) {
    c.db.close();
    await c.db.delete();
  }
  return { pushMs: t1 - t0, pullMs: t2 - tb, ownPullMs, roundTrips, floor, ...(options.countBytes ? { wire } : {}) };
}

/**
 * The least any pull of these leads costs in this browser: the rows B ended with (its leads, and
 * its leads with their field clocks) written into a fresh database, a transaction per pull page,
 * with nothing fetched, parsed or merged. Timed in the same page, right after the sync it bounds.
 */
async function pullWriteFloor(pulled: LeadClipDB, run: number): Promise<SyncBenchRun['floor']> {
  const leads = await pulled.leads.toArray();
  const clocks = await pulled.syncRecords.toArray();
  const page = SYNC_LIMITS.defaultPullLimit;
  const clocksOf = new Map(clocks.map((c) => [c.key, c.clocks]));
  // The other layout a client could choose: each lead row carrying its own clocks, one row per record.
  const leadsWithClocks = leads.map((l) => ({ ...l, clocks: clocksOf.get(l.id) }));
  const write = async (name: string, clockRows: 'none' | 'own rows' | 'in the lead row') => {
    const db = new LeadClipDB(name);
    await db.open();
    const rows = clockRows === 'in the lead row' ? leadsWithClocks : leads;
    const t = performance.now();
    for (let i = 0; i < rows.length; i += page) {
      await db.transaction('rw', db.leads, db.syncRecords, async () => {
        await db.leads.bulkPut(rows.slice(i, i + page));
        if (clockRows === 'own rows') await db.syncRecords.bulkPut(clocks.slice(i, i + page));
      });
    }
    const ms = performance.now() - t;
    db.close();
    await db.delete();
    return ms;
  };
  return {
    leadsMs: await write(`sync-bench-floor-leads-${run}`, 'none'),
    leadsAndClocksMs: await write(`sync-bench-floor-clocks-${run}`, 'own rows'),
    clocksInRowMs: await write(`sync-bench-floor-clocks-in-row-${run}`, 'in the lead row'),
  };
}

(globalThis as unknown as { runSyncBench: typeof runSyncBench }).runSyncBench = runSyncBench;
