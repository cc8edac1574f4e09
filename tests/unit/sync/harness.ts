import { expect } from 'vitest';
import type { Clock } from '../../../lib/db/clock';
import { LeadClipDB } from '../../../lib/db/database';
import { LeadRepository } from '../../../lib/db/lead-repository';
import { type SyncedRow, startTracking } from '../../../lib/db/outbox';
import { SettingsRepository } from '../../../lib/db/settings-repository';
import type { LeadInput } from '../../../lib/model/lead';
import type { FieldMap } from '../../../lib/model/sync';
import { SyncEngine } from '../../../lib/sync/engine';
import type { FetchLike } from '../../../lib/sync/http';
import type { SyncStore } from '../../../server/store';
import { type LeadRepositories, leadRepositories } from '../helpers';

let dbs = 0;

export function clockAt(start: number, prefix: string): Clock & { advance(ms: number): void; set(ms: number): void } {
  let now = start;
  let ids = 0;
  return {
    now: () => now,
    newId: () => `${prefix}-${++ids}`,
    advance(ms: number) {
      now += ms;
    },
    set(ms: number) {
      now = ms;
    },
  };
}

export interface TestClient {
  name: string;
  db: LeadClipDB;
  clock: ReturnType<typeof clockAt>;
  leads: LeadRepository;
  repos: LeadRepositories;
  engine: SyncEngine;
  sync(): Promise<void>;
  /** Close and reopen the database, as a browser restart would: only what was stored survives. */
  restart(): Promise<void>;
}

export interface ClientOptions {
  fetch?: FetchLike;
  clock?: ReturnType<typeof clockAt>;
  batchSize?: number;
  pullLimit?: number;
}

/** A browser: its own IndexedDB (fake-indexeddb, its own name), sync enabled against `serverUrl`. */
export async function makeClient(name: string, serverUrl: string, token: string, options: ClientOptions = {}) {
  const dbName = `sync-${name}-${++dbs}-${Math.random().toString(36).slice(2)}`;
  const clock = options.clock ?? clockAt(Date.now() - 60 * 60_000, name);
  const build = (db: LeadClipDB) =>
    new SyncEngine(
      db,
      { serverUrl, token },
      {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        now: clock.now,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
      },
    );
  const db = new LeadClipDB(dbName);
  await new SettingsRepository(db).update({ sync: { enabled: true, serverUrl, token } });
  await startTracking(db, serverUrl, clock.now);
  const client: TestClient = {
    name,
    db,
    clock,
    leads: new LeadRepository(db, clock),
    repos: leadRepositories(db, clock),
    engine: build(db),
    async sync() {
      await client.engine.syncOnce();
    },
    async restart() {
      client.db.close();
      const again = new LeadClipDB(dbName);
      client.db = again;
      client.leads = new LeadRepository(again, clock);
      client.repos = leadRepositories(again, clock);
      client.engine = build(again);
    },
  };
  return client;
}

export function leadInput(id: string, name: string, now: number, extra: Partial<LeadInput> = {}): LeadInput {
  return { id, fullName: name, createdAt: now, updatedAt: now, ...extra };
}

export interface ReplicaRecord {
  table: string;
  key: string;
  clocks: Record<string, string>;
  values?: Record<string, unknown>;
  deleted: boolean;
}

const norm = (v: unknown) => (v === undefined ? null : v);

/** What a client holds, in the server's terms: every synced record's field clocks and (unless deleted) values. */
export async function replicaOf(db: LeadClipDB): Promise<Map<string, ReplicaRecord>> {
  const out = new Map<string, ReplicaRecord>();
  for (const shadow of await db.syncRecords.toArray()) {
    const deleted = shadow.deleted?.v === true;
    const row = deleted ? undefined : await db.table<SyncedRow, string>(shadow.table).get(shadow.key);
    out.set(`${shadow.table}/${shadow.key}`, {
      table: shadow.table,
      key: shadow.key,
      clocks: shadow.clocks,
      ...(deleted ? {} : { values: Object.fromEntries(Object.keys(shadow.clocks).map((f) => [f, norm(row?.[f])])) }),
      deleted,
    });
  }
  return out;
}

export async function serverReplica(store: SyncStore, teamId: string): Promise<Map<string, ReplicaRecord>> {
  const out = new Map<string, ReplicaRecord>();
  for (const r of await store.records(teamId)) {
    const deleted = r.deleted?.v === true;
    const fields: FieldMap = r.fields;
    out.set(`${r.table}/${r.key}`, {
      table: r.table,
      key: r.key,
      clocks: Object.fromEntries(Object.entries(fields).map(([f, fv]) => [f, fv.hlc])),
      ...(deleted ? {} : { values: Object.fromEntries(Object.entries(fields).map(([f, fv]) => [f, fv.v])) }),
      deleted,
    });
  }
  return out;
}

export async function expectConverged(store: SyncStore, teamId: string, clients: readonly TestClient[]): Promise<void> {
  const server = await serverReplica(store, teamId);
  for (const c of clients) {
    expect(await c.db.outbox.count(), `${c.name} has nothing left to push`).toBe(0);
    const mine = await replicaOf(c.db);
    expect([...mine.keys()].sort(), `${c.name} holds the server's records`).toEqual([...server.keys()].sort());
    for (const [id, rec] of server) expect(mine.get(id), `${c.name} ${id}`).toEqual(rec);
  }
}
