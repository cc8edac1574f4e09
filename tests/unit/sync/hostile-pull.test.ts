// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AccountSchema } from '../../../lib/model/account';
import { ActivitySchema } from '../../../lib/model/activity';
import { ContactSchema } from '../../../lib/model/contact';
import { DealSchema } from '../../../lib/model/deal';
import { formatHlc } from '../../../lib/model/hlc';
import { LeadSchema } from '../../../lib/model/lead';
import { SYNC_TABLES, type SyncTable } from '../../../lib/model/sync';
import { type FetchLike, SyncHttpError } from '../../../lib/sync/http';
import { eachRunWithin, HOSTILE_TEST_TIMEOUT_MS, hostileRuns, snapshotTables, withinDeadline } from '../hostile-runs';
import { clockAt, makeClient, type TestClient } from './harness';

const t0 = Date.now() - 60_000;
const clock = formatHlc({ wall: t0, counter: 0, node: 'teammate' });

/** Each pulled change a clock later than the last, so it is the newest write of every field it carries. */
let ticks = 0;
const nextClock = () => formatHlc({ wall: t0 + ++ticks, counter: 0, node: 'teammate' });

/** A server (or something pretending to be one) that answers every pull with `body`. */
function answering(body: () => BodyInit): FetchLike {
  return async () => new Response(body(), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** The schema each synced table's rows are stored by (the engine takes leads by a quicker check of the same). */
const SCHEMAS = {
  leads: LeadSchema,
  contacts: ContactSchema,
  accounts: AccountSchema,
  deals: DealSchema,
  activities: ActivitySchema,
} satisfies Record<SyncTable, z.ZodObject>;

type Row = Record<string, unknown>;

/** A valid record of `table` under `id`, as the store keeps it. */
function validRecord(table: SyncTable, id: string, name = 'Ada Example'): Row {
  const minimal = {
    leads: { id, fullName: name, urls: ['https://acme.example/ada'], createdAt: t0, updatedAt: t0 },
    contacts: { id, accountId: 'acc-1', fullName: name, createdAt: t0, updatedAt: t0 },
    accounts: { id, name, nameKey: name.toLowerCase(), createdAt: t0, updatedAt: t0 },
    deals: { id, accountId: 'acc-1', name, amount: 1200, createdAt: t0, updatedAt: t0 },
    activities: { id, leadId: 'lead-1', kind: 'note', text: name, at: t0, createdAt: t0 },
  }[table];
  return SCHEMAS[table].parse(minimal) as Row;
}

/** A pulled change of `table`/`key` carrying `fields` (a `null` value removes the field), all at `hlc`. */
function wireChange(table: SyncTable, key: string, fields: Row, hlc: string, deleted?: boolean) {
  return {
    table,
    key,
    fields: { h: [hlc], f: Object.fromEntries(Object.entries(fields).map(([f, v]) => [f, [v, 0]])) },
    ...(deleted === undefined ? {} : { deleted: { v: deleted, hlc } }),
    version: 1,
  };
}

/** A client whose server answers each pull with the changes the test last set. */
async function clientPulling(name: string) {
  let changes: unknown[] = [];
  const c = await makeClient(name, 'https://sync.test', 'tok', {
    fetch: answering(() => JSON.stringify({ changes, cookie: '1', more: false })),
    clock: clockAt(t0, name),
  });
  const pull = async (...next: unknown[]) => {
    changes = next;
    await withinDeadline('applying a pulled page', c.engine.pullPage());
  };
  return { c, pull };
}

/** One record of every synced table nobody pulls again: a pull of another record must leave them as they are. */
async function seedBystanders(pull: (...changes: unknown[]) => Promise<void>, c: TestClient) {
  const hlc = nextClock();
  await pull(...SYNC_TABLES.map((t) => wireChange(t, 'bystander', validRecord(t, 'bystander', 'Bea Stander'), hlc)));
  for (const t of SYNC_TABLES) expect(await c.db.table(t).get('bystander'), t).toBeDefined();
  expect(await c.db.quarantine.count()).toBe(0);
}

type Snapshot = Record<string, unknown[]>;

/** The store apart from record `table`/`key`, its clocks, the quarantine and the sync state: what a pull of that record must not touch. */
function elsewhere(s: Snapshot, table: string, key: string): Snapshot {
  const { quarantine: _q, syncState: _s, ...rest } = s;
  return {
    ...rest,
    [table]: (s[table] ?? []).filter((r) => (r as Row).id !== key),
    syncRecords: (s.syncRecords ?? []).filter((r) => !((r as Row).table === table && (r as Row).key === key)),
  };
}

/** Quarantine rows added between two snapshots (the ones before stay as they were). */
function quarantinedSince(before: Snapshot, after: Snapshot): Row[] {
  const was = before.quarantine ?? [];
  const now = after.quarantine ?? [];
  expect(now.slice(0, was.length)).toEqual(was);
  return now.slice(was.length) as Row[];
}

/**
 * Pulled records are input like any other: an answer this version cannot read is a clear error
 * that writes nothing; a record of any synced table is applied when it is valid and quarantined when
 * not, touching no other record; a record that names another id than its key is refused.
 */
describe('hostile pulls', () => {
  it(
    'turns random bytes or random JSON from the server into a clear error, writing nothing',
    async () => {
      let next: BodyInit = '';
      const c = await makeClient('hostile-bytes', 'https://sync.test', 'tok', {
        fetch: answering(() => next),
        clock: clockAt(t0, 'hostile-bytes'),
      });
      const before = await snapshotTables(c.db);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 500 }).map((b): BodyInit => b),
            fc.jsonValue().map((v): BodyInit => JSON.stringify(v)),
            fc
              .record({
                changes: fc.array(fc.jsonValue(), { minLength: 1, maxLength: 3 }),
                cookie: fc.jsonValue(),
                more: fc.boolean(),
              })
              .map((v): BodyInit => JSON.stringify(v)),
          ),
          eachRunWithin('a pull answered with junk', async (body) => {
            next = body;
            const error = await c.engine.pullPage().then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error).toBeInstanceOf(SyncHttpError);
            expect((error as SyncHttpError).message).toMatch(/cannot read/);
            // Every table, not only the one a page would have written.
            expect(await snapshotTables(c.db)).toEqual(before);
          }),
        ),
        hostileRuns(100),
      );
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  it(
    'applies or quarantines a pulled record of every synced table with random fields, touching no other record',
    async () => {
      const { c, pull } = await clientPulling('hostile-fields');
      await seedBystanders(pull, c);
      const outcomes = new Set<string>();
      const value = fc.oneof(
        fc.jsonValue(),
        fc.constantFrom(
          'k-1',
          'k-2',
          'bystander',
          'acc-1',
          'javascript:alert(1)',
          ['https://acme.example/x', 'data:text/html,x'],
          null,
          'note',
          'closed-won',
          -1,
          t0,
        ),
      );
      const pulled = fc.constantFrom(...SYNC_TABLES).chain((table) =>
        fc.record({
          table: fc.constant(table),
          key: fc.constantFrom('k-1', 'k-2'),
          // A valid record (its id its key) under random changes, or random fields alone.
          valid: fc.boolean(),
          fields: fc.dictionary(fc.constantFrom(...Object.keys(SCHEMAS[table].shape), 'extra'), value, {
            maxKeys: 4,
          }),
          deleted: fc.option(fc.boolean(), { nil: undefined, freq: 3 }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(
          pulled,
          eachRunWithin('a pulled record with random fields', async ({ table, key, valid, fields, deleted }) => {
            const sent = { ...(valid ? validRecord(table, key) : {}), ...fields };
            const before = await snapshotTables(c.db);
            const local = (await c.db.table(table).get(key)) as Row | undefined;
            // A change without a tombstone of its own leaves a deleted record deleted.
            const tombstone = deleted ?? (await c.db.syncRecords.get([table, key]))?.deleted?.v === true;
            await pull(wireChange(table, key, sent, nextClock(), deleted));
            const after = await snapshotTables(c.db);

            expect(elsewhere(after, table, key)).toEqual(elsewhere(before, table, key));
            const added = quarantinedSince(before, after);
            const stored = (await c.db.table(table).get(key)) as Row | undefined;
            const merged: Row = { ...local };
            for (const [f, v] of Object.entries(sent)) {
              if (v === null) delete merged[f];
              else merged[f] = v;
            }
            const parsed = SCHEMAS[table].safeParse(merged);
            if (tombstone) {
              outcomes.add('deleted');
              expect(stored).toBeUndefined();
              expect(added).toEqual([]);
            } else if (merged.id !== key) {
              outcomes.add('refused');
              expect(stored).toEqual(local);
              expect(added).toHaveLength(1);
              expect(added[0]).toMatchObject({ table, error: expect.stringMatching(/differs from its key/) });
            } else if (parsed.success) {
              outcomes.add('applied');
              expect(stored).toEqual(parsed.data);
              expect(added).toEqual([]);
            } else {
              outcomes.add('quarantined');
              expect(stored).toEqual(local);
              expect(added).toHaveLength(1);
              expect(added[0]).toMatchObject({ table, error: expect.stringMatching(/^sync: /) });
            }
          }),
        ),
        hostileRuns(200),
      );
      // Every branch was taken: none of the checks above was skipped by chance.
      expect([...outcomes].sort()).toEqual(['applied', 'deleted', 'quarantined', 'refused']);
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a pulled record of any synced table whose id differs from its key, keeping every local one',
    async () => {
      const { c, pull } = await clientPulling('hostile-ids');
      await seedBystanders(pull, c);
      for (const t of SYNC_TABLES) await c.db.table(t).put(validRecord(t, 'victim', 'Real Person'));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...SYNC_TABLES),
          fc.constantFrom('decoy', 'k-1', 'victim'),
          fc.oneof(fc.constantFrom('victim', 'bystander', 'decoy', ''), fc.string(), fc.jsonValue()),
          eachRunWithin('a pulled record under another id', async (table, key, id) => {
            fc.pre(id !== key);
            const before = await snapshotTables(c.db);
            await pull(wireChange(table, key, { ...validRecord(table, 'victim', 'Impostor'), id }, nextClock()));
            const after = await snapshotTables(c.db);
            const { quarantine: _qa, syncState: _sa, ...rest } = after;
            const { quarantine: _qb, syncState: _sb, ...was } = before;
            expect(rest).toEqual(was);
            const added = quarantinedSince(before, after);
            expect(added).toHaveLength(1);
            expect(added[0]).toMatchObject({
              table,
              error: expect.stringMatching(new RegExp(`differs from its key \\(${key}\\); not applied`)),
            });
          }),
        ),
        hostileRuns(100),
      );
      for (const t of SYNC_TABLES) {
        expect((await c.db.table(t).get('victim')) as Row, t).toEqual(validRecord(t, 'victim', 'Real Person'));
        expect(await c.db.table(t).get('decoy'), t).toBeUndefined();
      }
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  it('quarantines a pulled record whose id is an object that cannot even be printed', async () => {
    // Found by the property above (seed 555182732): String() of { toString: [] } throws.
    const body = `{"changes":[{"table":"leads","key":"k-1","fields":{"h":["${clock}"],"f":{"id":[{"toString":[]},0]}},"version":1}],"cookie":"1","more":false}`;
    const c = await makeClient('hostile-id-object', 'https://sync.test', 'tok', {
      fetch: answering(() => body),
      clock: clockAt(t0, 'hostile-id-object'),
    });
    await c.engine.pullPage();
    expect(await c.db.leads.count()).toBe(0);
    const q = await c.db.quarantine.toArray();
    expect(q.map((r) => r.error).join()).toMatch(/id \(not a string but an object\) differs from its key \(k-1\)/);
  });
});
