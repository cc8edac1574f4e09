// @vitest-environment node
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, hlcWall } from '../../../lib/model/hlc';
import {
  ErrorResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  SYNC_LIMITS,
  SYNC_TABLES,
} from '../../../lib/model/sync';
import { createApp } from '../../../server/app';
import { migrate } from '../../../server/migrations';
import { decodeDeleted, decodeFields } from '../../../server/record-codec';
import { SyncStore } from '../../../server/store';
import { eachRunWithin, HOSTILE_TEST_TIMEOUT_MS, hostileRuns } from '../hostile-runs';
import { freshBackend, type SeededTeam, seedTeam, type TestBackend } from './backends';

type Row = Record<string, unknown>;
/** Every row of every table of the server's database, by table. */
type ServerSnapshot = Record<string, Row[]>;

/**
 * Random bytes and random JSON at the server's push and pull: each answer is a clear error (or,
 * for input that happens to be a valid push, an acknowledgement that left the store consistent), a
 * refused request writes nothing to any table, and no request takes longer than its deadline.
 */
describe('hostile input at the sync server', () => {
  let backend: TestBackend;
  let store: SyncStore;
  let app: ReturnType<typeof createApp>;
  let team: SeededTeam;
  const now = Date.now();

  beforeAll(async () => {
    backend = await freshBackend('pglite');
    const db = await backend.open();
    await migrate(db);
    store = new SyncStore(db);
    app = createApp({ store, rateLimit: { perMinute: 1_000_000, burst: 1_000_000 } });
    team = await seedTeam(store, 'hostile');
  }, 60_000);

  afterAll(async () => {
    await store?.db.close();
    await backend?.drop();
  });

  const push = (body: BodyInit) =>
    app.request('/v1/push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${team.token}`, 'Content-Type': 'application/json' },
      body,
    });

  const pull = (query: string) =>
    app.request(`/v1/pull?${query}`, { headers: { Authorization: `Bearer ${team.token}` } });

  /** The whole database, every table (teams, clients, records, history, users, tokens…): what "writes nothing" compares. */
  async function snapshot(): Promise<ServerSnapshot> {
    const tables = await store.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['clients', 'history', 'records', 'teams']));
    const out: ServerSnapshot = {};
    for (const { name } of tables) {
      const [row] = await store.db.query<{ rows: string }>(
        `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${name}" t`,
      );
      out[name] = JSON.parse(row?.rows ?? '[]') as Row[];
    }
    return out;
  }

  async function expectClearRefusal(res: Response): Promise<void> {
    expect([409, 413, 422]).toContain(res.status);
    const body = ErrorResponseSchema.parse(await res.json());
    expect(body.message.length).toBeGreaterThan(0);
  }

  it(
    'refuses random bytes as a push, writing nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 2000 }),
          eachRunWithin('a push of random bytes', async (bytes) => {
            const before = await snapshot();
            await expectClearRefusal(await push(bytes));
            expect(await snapshot()).toEqual(before);
          }),
        ),
        hostileRuns(100),
      );
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  it(
    'refuses random JSON as a push, writing nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.jsonValue(),
          eachRunWithin('a push of random JSON', async (value) => {
            const before = await snapshot();
            await expectClearRefusal(await push(JSON.stringify(value)));
            expect(await snapshot()).toEqual(before);
          }),
        ),
        hostileRuns(100),
      );
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  it(
    'a push whose envelope is right and whose mutations are random: refused writing nothing, or applied leaving the store consistent',
    async () => {
      const hlcAt = (ms: number) => formatHlc({ wall: ms, counter: 0, node: 'fuzz' });
      const junk = fc.oneof(fc.jsonValue(), fc.string());
      /** A mutation near a valid one: each part is usually right, sometimes junk or missing, now and then an unknown key. */
      const mutation = fc
        .record({
          table: fc.oneof(
            { weight: 30, arbitrary: fc.constantFrom(...SYNC_TABLES) },
            { weight: 1, arbitrary: fc.oneof(fc.constantFrom('settings', 'outbox', ''), junk) },
            { weight: 1, arbitrary: fc.constant(undefined) },
          ),
          key: fc.oneof(
            { weight: 20, arbitrary: fc.constantFrom('k-1', 'k-2', 'k-3') },
            { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), junk) },
          ),
          hlc: fc.oneof(
            { weight: 20, arbitrary: fc.integer({ min: -60_000, max: 60_000 }).map((d) => hlcAt(now + d)) },
            // Stamped an hour ahead: consumed, but refused by the merge (kept in history).
            { weight: 2, arbitrary: fc.constant(hlcAt(now + 3_600_000)) },
            { weight: 1, arbitrary: junk },
          ),
          fields: fc.oneof(
            {
              weight: 20,
              arbitrary: fc.dictionary(fc.constantFrom('id', 'fullName', 'emails', 'name', 'amount'), fc.jsonValue(), {
                minKeys: 1,
                maxKeys: 3,
              }),
            },
            { weight: 1, arbitrary: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), junk) },
          ),
          deleted: fc.oneof(
            { weight: 10, arbitrary: fc.constant(undefined) },
            { weight: 10, arbitrary: fc.boolean() },
            { weight: 1, arbitrary: junk },
          ),
          forget: fc.oneof(
            { weight: 20, arbitrary: fc.constant(undefined) },
            { weight: 2, arbitrary: fc.constant(true) },
            { weight: 1, arbitrary: junk },
          ),
          unknown: fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: junk }),
        })
        // Absent, not undefined: JSON.stringify leaves those keys out anyway, this keeps the report readable.
        .map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)));
      const batch = fc.record({
        clientId: fc.oneof(
          { weight: 15, arbitrary: fc.constantFrom('fuzz-client-1', 'fuzz-client-2') },
          { weight: 1, arbitrary: junk },
        ),
        // Ids from the next one the server expects, a replay of the last, or anything at all.
        mids: fc.oneof(
          { weight: 8, arbitrary: fc.constant('next' as const) },
          { weight: 1, arbitrary: fc.constant('replay' as const) },
          { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer(), fc.double(), junk), { maxLength: 5 }) },
        ),
        mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      });

      const outcomes = { applied: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(
          batch,
          eachRunWithin('a push of random mutations', async ({ clientId, mids, mutations }) => {
            const before = await snapshot();
            const client = before.clients?.find((c) => c.client_id === clientId);
            const last = Number(client?.last_mutation_id ?? 0);
            const first = mids === 'next' ? last + 1 : mids === 'replay' ? Math.max(1, last) : undefined;
            const sent = mutations.map((m, i) => ({
              mid: first === undefined ? (Array.isArray(mids) ? mids[i] : undefined) : first + i,
              ...m,
            }));
            const res = await push(JSON.stringify({ clientId, mutations: sent }));
            const after = await snapshot();
            if (res.status !== 200) {
              outcomes.refused += 1;
              await expectClearRefusal(res);
              expect(after).toEqual(before);
              return;
            }
            outcomes.applied += 1;
            expectConsistentPush(
              before,
              after,
              String(clientId),
              sent as Row[],
              PushResponseSchema.parse(await res.json()),
            );
            await expectPullReadsEverything(after);
          }),
        ),
        hostileRuns(150),
      );
      // Both branches were taken: no check above was skipped because a batch happened to be valid.
      expect(outcomes.applied).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  /**
   * An accepted push left the store as the protocol says: the client's last id and the team's version
   * moved to what the answer says, only records the push named changed (each to a version of this
   * push, each field at least as new as what was sent), refused mutations are the ones stamped too far
   * ahead, and history only grew (except a forgotten record's, which is erased).
   */
  function expectConsistentPush(
    before: ServerSnapshot,
    after: ServerSnapshot,
    clientId: string,
    sent: Row[],
    res: ReturnType<typeof PushResponseSchema.parse>,
  ): void {
    for (const table of Object.keys(before)) {
      if (!['clients', 'records', 'history', 'teams'].includes(table))
        expect(after[table], table).toEqual(before[table]);
    }
    const teamBefore = before.teams?.find((t) => t.id === team.teamId);
    const teamAfter = after.teams?.find((t) => t.id === team.teamId);
    const last = Number(before.clients?.find((c) => c.client_id === clientId)?.last_mutation_id ?? 0);
    const fresh = sent.filter((m) => Number(m.mid) > last);
    if (fresh.length === 0) {
      // A replay of what the server already applied: acknowledged, nothing written.
      expect(res.lastMutationId).toBe(last);
      expect(after).toEqual(before);
      return;
    }
    expect(res.lastMutationId).toBe(sent.at(-1)?.mid);
    expect(Number(after.clients?.find((c) => c.client_id === clientId)?.last_mutation_id)).toBe(res.lastMutationId);
    expect(res.base).toBe(Number(teamBefore?.version));
    expect(Number(teamAfter?.version)).toBe(res.version);
    expect(res.version).toBeGreaterThanOrEqual(res.base ?? 0);

    const tooFarAhead = (m: Row) => hlcWall(String(m.hlc)) > now + SYNC_LIMITS.maxClockAheadMs;
    expect(res.rejected.map((r) => r.mid).sort()).toEqual(
      fresh
        .filter(tooFarAhead)
        .map((m) => m.mid)
        .sort(),
    );
    const applied = fresh.filter((m) => !tooFarAhead(m));
    const id = (r: Row) => `${String(r.tbl ?? r.table)}\u0000${String(r.key)}`;
    const named = new Set(fresh.map(id));
    const recordsBefore = new Map((before.records ?? []).map((r) => [id(r), r]));
    const recordsAfter = new Map((after.records ?? []).map((r) => [id(r), r]));
    for (const k of recordsBefore.keys()) expect(recordsAfter.has(k), 'no record disappears').toBe(true);
    for (const [k, r] of recordsAfter) {
      if (JSON.stringify(r) === JSON.stringify(recordsBefore.get(k))) continue;
      expect(named.has(k), `only records the push named change (${k})`).toBe(true);
      expect(Number(r.version)).toBeGreaterThan(res.base ?? 0);
      expect(Number(r.version)).toBeLessThanOrEqual(res.version);
    }
    for (const m of applied) {
      const r = recordsAfter.get(id(m));
      expect(r, `the record ${id(m)} is stored`).toBeDefined();
      const deleted = decodeDeleted((r?.deleted as string | null) ?? null);
      if (deleted?.forget) {
        expect(decodeFields(String(r?.fields))).toEqual({});
        continue;
      }
      const fields = decodeFields(String(r?.fields));
      for (const f of Object.keys(m.fields as Row)) {
        expect(
          compareHlc(fields[f]?.hlc ?? '', String(m.hlc)),
          `${id(m)}.${f} is as new as sent`,
        ).toBeGreaterThanOrEqual(0);
      }
      if (m.deleted !== undefined) expect(compareHlc(deleted?.hlc ?? '', String(m.hlc))).toBeGreaterThanOrEqual(0);
    }
    const forgotten = new Set(
      [...recordsAfter].filter(([, r]) => decodeDeleted((r.deleted as string | null) ?? null)?.forget).map(([k]) => k),
    );
    const historyAfter = new Map((after.history ?? []).map((h) => [h.id, h]));
    for (const h of before.history ?? []) {
      if (!forgotten.has(id(h))) expect(historyAfter.get(h.id), 'history only grows').toEqual(h);
    }
    const seen = new Set((before.history ?? []).map((h) => h.id));
    for (const h of after.history ?? []) {
      if (!seen.has(h.id)) expect(named.has(id(h)), `new history names a record of the push (${id(h)})`).toBe(true);
    }
  }

  /** The store after a push reads back whole: a pull from the start is a valid page with every record. */
  async function expectPullReadsEverything(after: ServerSnapshot): Promise<void> {
    const res = await pull(`cookie=0&limit=${SYNC_LIMITS.maxPullLimit}`);
    expect(res.status).toBe(200);
    const page = PullResponseSchema.parse(await res.json());
    const mine = (after.records ?? []).filter((r) => r.team_id === team.teamId);
    expect(page.more).toBe(false);
    expect(page.changes.map((c) => `${c.table}/${c.key}`).sort()).toEqual(mine.map((r) => `${r.tbl}/${r.key}`).sort());
  }

  it(
    'answers random pull queries with a page or a clear 422, never a failure, writing nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom('cookie', 'limit', 'x', ''), fc.oneof(fc.string(), fc.integer().map(String))),
          eachRunWithin('a pull with a random query', async (query) => {
            const before = await snapshot();
            const res = await pull(String(new URLSearchParams(query)));
            if (res.status === 200) PullResponseSchema.parse(await res.json());
            else {
              expect(res.status).toBe(422);
              expect(ErrorResponseSchema.parse(await res.json()).message.length).toBeGreaterThan(0);
            }
            expect(await snapshot()).toEqual(before);
          }),
        ),
        hostileRuns(100),
      );
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );
});
