// Issues 7 and 16: initial sync of 10,000 leads against the embedded store (PGlite), one field
// change's round trip between two clients, and the bytes a lead costs on the wire. The clients run
// in Chromium with its real IndexedDB, as the extension does; the same sync with the clients on
// fake-indexeddb in Node is printed beside it, since the unit tests and the simulation use that.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LeadClipDB } from '../lib/db/database';
import { LeadRepository } from '../lib/db/lead-repository';
import { startTracking } from '../lib/db/outbox';
import { SettingsRepository } from '../lib/db/settings-repository';
import type { LeadInput } from '../lib/model/lead';
import { SyncEngine } from '../lib/sync/engine';
import { writeRecords } from '../server/push-steps';
import { startServer } from '../server/server';
import { type Database, openPglite } from '../server/sql';
import type { SyncStore } from '../server/store';
import { sampleLeads } from './browser/sample-leads';
import type { SyncBenchRun } from './browser/sync-bench';
import { openBenchPage } from './chromium-page';
import { median, report } from './report';

const N = 10_000;
const RUNS = 3;
const NODE_RUNS = 2;
const ROUND_TRIPS = 7;

let dbCount = 0;

async function client(url: string, token: string) {
  // Explicit, not the global: under `npm run bench` Dexie is loaded before this file runs.
  const db = new LeadClipDB(`sync-bench-${++dbCount}-${Date.now()}`, { indexedDB, IDBKeyRange });
  await new SettingsRepository(db).update({ sync: { enabled: true, serverUrl: url, token } });
  await startTracking(db, url);
  return { db, engine: new SyncEngine(db, { serverUrl: url, token }) };
}

function leads(n: number, run: number): LeadInput[] {
  return sampleLeads(n).map((l) => ({ ...l, id: `r${run}-${l.id}` }));
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'leadclip-sync-bench-'));
  const db = await openPglite(dir);
  const server = await startServer({
    db,
    port: 0,
    rateLimit: { perMinute: 1_000_000, burst: 100_000 },
  });
  let teams = 0;
  let lastTeam = '';
  /** A team per run, so every run starts from an empty server. */
  const freshTeam = async () => {
    const team = await server.store.createTeam(`bench-${++teams}`);
    lastTeam = team.id;
    const email = `rep${teams}@bench.test`;
    await server.store.createUser(team.id, email);
    return (await server.store.createToken(email)).token;
  };
  try {
    const floor = await chromiumRuns(server.url, freshTeam);
    await serverWriteFloor(db, server.store, lastTeam, floor);
    await nodeRuns(server.url, freshTeam);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the Chromium runs measured of the client's floor, and their sync, for the floor's ratio. */
interface ClientFloor {
  initialMs: number;
  leadsMs: number;
  leadsAndClocksMs: number;
  clocksInRowMs: number;
}

async function chromiumRuns(url: string, freshTeam: () => Promise<string>): Promise<ClientFloor> {
  // The extension calls the server with host permissions, so Chromium sends no CORS preflight before
  // each request; a web page would. Without web security the bench page makes the extension's
  // requests; under the extension pages' script policy (no eval) zod parses as it does there.
  const { page, close } = await openBenchPage(join(import.meta.dirname, 'browser/sync-bench.ts'), {
    extraArgs: ['--disable-web-security'],
    csp: "script-src 'self'",
  });
  try {
    const runs: SyncBenchRun[] = [];
    for (let run = 0; run < RUNS; run++) {
      const token = await freshTeam();
      runs.push(
        await page.evaluate(
          ([url, token, n, run, countBytes, roundTrips]) =>
            (
              globalThis as unknown as {
                runSyncBench: (
                  url: string,
                  token: string,
                  n: number,
                  run: number,
                  o: { countBytes: boolean; roundTrips: number },
                ) => Promise<SyncBenchRun>;
              }
            ).runSyncBench(url, token, n, run, { countBytes, roundTrips }),
          [url, token, N, run, run === RUNS - 1, run === 0 ? ROUND_TRIPS : 0] as const,
        ),
      );
    }
    const wire = runs.at(-1)?.wire;
    if (!wire) throw new Error('the last run counted no bytes');
    report('sync_push_10k_ms', median(runs.map((r) => r.pushMs)), 'ms', `median of ${RUNS}, Chromium, 10,000 leads`);
    report(
      'sync_pull_10k_ms',
      median(runs.map((r) => r.pullMs)),
      'ms',
      `median of ${RUNS}, Chromium, into a fresh client`,
    );
    report(
      'sync_initial_10k_ms',
      median(runs.map((r) => r.pushMs + r.pullMs)),
      'ms',
      `median of ${RUNS}, push + pull, two clients in Chromium (real IndexedDB), PGlite server; goal ≤ 2500`,
    );
    report(
      'sync_first_pass_10k_ms',
      median(runs.map((r) => r.pushMs + r.ownPullMs)),
      'ms',
      `median of ${RUNS}, a rep's first Sync now holding 10,000 leads: the push, then a pull that brings none of them back`,
    );
    report('sync_push_bytes_per_lead', Math.round(wire.pushed / N), 'B', 'request bodies of the initial push');
    report('sync_pull_bytes_per_lead', Math.round(wire.pulled / N), 'B', 'response bodies of the initial pull');
    report(
      'sync_wire_bytes_ratio',
      (wire.pushed + wire.pulled) / (wire.pushedPerField + wire.pulledPerField),
      'x',
      `one clock per mutation vs one per field (${Math.round((wire.pushedPerField + wire.pulledPerField) / N)} B per lead)`,
    );
    report(
      'sync_one_field_round_trip_ms',
      median(runs.flatMap((r) => r.roundTrips)),
      'ms',
      `median of ${ROUND_TRIPS}, Chromium, edit → push → pull elsewhere; goal ≤ 30`,
    );
    const floor = {
      initialMs: median(runs.map((r) => r.pushMs + r.pullMs)),
      leadsMs: median(runs.map((r) => r.floor.leadsMs)),
      leadsAndClocksMs: median(runs.map((r) => r.floor.leadsAndClocksMs)),
      clocksInRowMs: median(runs.map((r) => r.floor.clocksInRowMs)),
    };
    report(
      'sync_floor_idb_leads_10k_ms',
      floor.leadsMs,
      'ms',
      `median of ${RUNS}, the pulled leads alone written again into a fresh database in Chromium, a transaction per page`,
    );
    report(
      'sync_floor_idb_leads_clocks_10k_ms',
      floor.leadsAndClocksMs,
      'ms',
      `median of ${RUNS}, the same with each lead's field clocks in their own rows, as a pull stores them`,
    );
    report(
      'sync_floor_idb_clocks_in_row_10k_ms',
      floor.clocksInRowMs,
      'ms',
      `median of ${RUNS}, the same with each lead's clocks inside its own row instead`,
    );
    return floor;
  } finally {
    await close();
  }
}

/**
 * The server's floor, side by side on the same PGlite: the 10,000 records the last run stored,
 * upserted again for a new team in one transaction, as the issue defines it. With the client's
 * floor it bounds what any initial sync can take on this machine.
 */
async function serverWriteFloor(db: Database, store: SyncStore, team: string, client: ClientFloor): Promise<void> {
  const stored = await store.records(team);
  const rows = stored.map((r) => ({ tbl: r.table, key: r.key, fields: r.fields, deleted: r.deleted ?? null }));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const floorTeam = await store.createTeam(`bench-floor-${run}`);
    const t = performance.now();
    await db.transaction((tx) => writeRecords(tx, floorTeam.id, rows, 0));
    times.push(performance.now() - t);
  }
  const server = median(times);
  report(
    'sync_floor_pglite_10k_ms',
    server,
    'ms',
    `median of ${RUNS}, ${rows.length} records upserted in one transaction`,
  );
  const least = server + client.leadsMs;
  report(
    'sync_floor_initial_10k_ms',
    least,
    'ms',
    'PGlite floor + the leads-only IndexedDB floor: no initial sync here can take less',
  );
  report(
    'sync_floor_initial_with_clocks_10k_ms',
    server + client.leadsAndClocksMs,
    'ms',
    'PGlite floor + the IndexedDB floor with field clocks, as the client stores them',
  );
  report(
    'sync_floor_initial_clocks_in_row_10k_ms',
    server + client.clocksInRowMs,
    'ms',
    'PGlite floor + the IndexedDB floor with the clocks inside the lead rows',
  );
  report(
    'sync_initial_floor_ratio',
    client.initialMs / least,
    'x',
    'sync_initial_10k_ms against sync_floor_initial_10k_ms',
  );
}

async function nodeRuns(url: string, freshTeam: () => Promise<string>): Promise<void> {
  const totals: number[] = [];
  for (let run = 0; run < NODE_RUNS; run++) {
    const token = await freshTeam();
    const a = await client(url, token);
    await new LeadRepository(a.db).saveMany(leads(N, run));
    const t0 = performance.now();
    await a.engine.pushAll();
    const b = await client(url, token);
    await b.engine.pullAll();
    totals.push(performance.now() - t0);
    if ((await b.db.leads.count()) !== N) throw new Error(`pulled ${await b.db.leads.count()} of ${N}`);
    a.db.close();
    b.db.close();
  }
  report(
    'sync_initial_10k_node_fake_idb_ms',
    median(totals),
    'ms',
    `median of ${NODE_RUNS}, the same sync with both clients on fake-indexeddb in Node`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
