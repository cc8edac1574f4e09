// Issue 7: initial sync of 10,000 leads against the embedded store (PGlite), and one field
// change's round trip between two clients, and the bytes a lead costs on the wire. The clients are Dexie on fake-indexeddb in Node:
// the figures are the protocol and the server, not a browser's IndexedDB.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LeadClipDB } from '../lib/db/database';
import { LeadRepository } from '../lib/db/lead-repository';
import { SettingsRepository } from '../lib/db/settings-repository';
import { WorkspaceRepository } from '../lib/db/workspace-repository';
import type { LeadInput } from '../lib/model/lead';
import { expandChange, expandMutation, PullResponseSchema, PushRequestSchema } from '../lib/model/sync';
import { SyncEngine } from '../lib/sync/engine';
import type { FetchLike } from '../lib/sync/http';
import { startTracking } from '../lib/sync/outbox';
import { startServer } from '../server/server';
import { openPglite } from '../server/sql';
import { median, report } from './report';

const N = 10_000;
const RUNS = 3;
const ROUND_TRIPS = 7;

let dbCount = 0;
/** Bytes on the wire, counted by a fetch wrapper: request bodies sent, response bodies received. */
const wire = { pushed: 0, pulled: 0, pushedPerField: 0, pulledPerField: 0, counting: false };

const countingFetch: FetchLike = async (input, init) => {
  const res = await fetch(input, init);
  if (!wire.counting) return res;
  if (typeof init?.body === 'string') {
    wire.pushed += Buffer.byteLength(init.body);
    // The same push with a clock on every field, as the protocol had it before.
    const body = PushRequestSchema.parse(JSON.parse(init.body));
    wire.pushedPerField += Buffer.byteLength(
      JSON.stringify({ ...body, mutations: body.mutations.map(expandMutation) }),
    );
  }
  if (init?.method !== 'POST') {
    const text = await res.clone().text();
    wire.pulled += Buffer.byteLength(text);
    const page = PullResponseSchema.parse(JSON.parse(text));
    wire.pulledPerField += Buffer.byteLength(JSON.stringify({ ...page, changes: page.changes.map(expandChange) }));
  }
  return res;
};

async function client(url: string, token: string) {
  // Explicit, not the global: under `npm run bench` Dexie is loaded before this file runs.
  const db = new LeadClipDB(`sync-bench-${++dbCount}-${Date.now()}`, { indexedDB, IDBKeyRange });
  await new SettingsRepository(db).update({ sync: { enabled: true, serverUrl: url, token } });
  await startTracking(db, url);
  return { db, engine: new SyncEngine(db, { serverUrl: url, token }, { pullLimit: 1000, fetch: countingFetch }) };
}

function leads(n: number, run: number): LeadInput[] {
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => ({
    id: `r${run}-lead-${i}`,
    fullName: `Person ${i}`,
    firstName: 'Person',
    lastName: String(i),
    title: i % 3 === 0 ? 'VP Sales' : 'Account Executive',
    company: `Company ${i % 500}`,
    companyDomain: `company${i % 500}.example`,
    emails: [`person${i}@company${i % 500}.example`],
    emailKeys: [`person${i}@company${i % 500}.example`],
    tags: ['bench'],
    createdAt: now,
    updatedAt: now,
  }));
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'leadclip-sync-bench-'));
  const server = await startServer({
    db: await openPglite(dir),
    port: 0,
    rateLimit: { perMinute: 1_000_000, burst: 100_000 },
  });
  try {
    const pushes: number[] = [];
    const pulls: number[] = [];
    const totals: number[] = [];
    const trips: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A team per run, so every run starts from an empty server.
      const team = await server.store.createTeam(`bench-${run}`);
      const email = `rep${run}@bench.test`;
      await server.store.createUser(team.id, email);
      const { token } = await server.store.createToken(email);
      const a = await client(server.url, token);
      await new LeadRepository(a.db).saveMany(leads(N, run));

      // Bytes are counted on the last run only: reading a response twice would cost time.
      wire.counting = run === RUNS - 1;
      const t0 = performance.now();
      while ((await a.engine.pushBatch()) !== undefined) {}
      const t1 = performance.now();
      const b = await client(server.url, token);
      for (;;) if (!(await b.engine.pullPage()).more) break;
      const t2 = performance.now();
      pushes.push(t1 - t0);
      pulls.push(t2 - t1);
      totals.push(t2 - t0);
      wire.counting = false;
      if ((await b.db.leads.count()) !== N) throw new Error(`pulled ${await b.db.leads.count()} of ${N}`);

      if (run === 0) {
        await a.engine.syncOnce();
        const ws = new WorkspaceRepository(a.db);
        for (let i = 0; i < ROUND_TRIPS; i++) {
          const title = `Title ${i}`;
          const s = performance.now();
          await ws.updateLeadFields(`r0-lead-${i}`, { title });
          await a.engine.syncOnce();
          await b.engine.syncOnce();
          trips.push(performance.now() - s);
          const got = (await b.db.leads.get(`r0-lead-${i}`))?.title;
          if (got !== title) throw new Error(`round trip lost the change: ${got}`);
        }
      }
      a.db.close();
      b.db.close();
    }
    report('sync_push_10k_ms', median(pushes), 'ms', `median of ${RUNS}, 10,000 leads in pushes of 500`);
    report('sync_pull_10k_ms', median(pulls), 'ms', `median of ${RUNS}, into a fresh client, pages of 1,000`);
    report('sync_initial_10k_ms', median(totals), 'ms', `median of ${RUNS}, push + pull; goal ≤ 2500`);
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
      median(trips),
      'ms',
      `median of ${ROUND_TRIPS}, edit → push → pull elsewhere`,
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
