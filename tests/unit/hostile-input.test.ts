import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../lib/background/handlers';
import { startContentRuntime } from '../../lib/content/content-runtime';
import { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';
import { CURRENT_SCHEMA_VERSION, STORES_BY_VERSION } from '../../lib/db/schema-history';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { readState } from '../../lib/db/sync-state';
import { createDispatcher, createRequestDispatcher } from '../../lib/messaging/dispatcher';
import { ReplySchema } from '../../lib/messaging/envelope';
import { contentRequests } from '../../lib/messaging/page-messages';
import { backgroundProtocol, type ContentProtocol } from '../../lib/messaging/protocol';
import { AccountSchema } from '../../lib/model/account';
import { ActivitySchema } from '../../lib/model/activity';
import { ContactSchema } from '../../lib/model/contact';
import { DealSchema } from '../../lib/model/deal';
import { LeadSchema } from '../../lib/model/lead';
import { SettingsSchema } from '../../lib/model/settings';
import { SyncStateSchema } from '../../lib/model/sync';
import { isWebUrl } from '../../lib/model/web-url';
import { fixedClock, freshDb } from './helpers';
import { eachRunWithin, HOSTILE_TEST_TIMEOUT_MS, hostileRuns, snapshotTables } from './hostile-runs';

/**
 * Random bytes and random JSON at the boundaries a page, a file or an old database can reach: each
 * gives a clear error, writes nothing, and never hangs. (The server's push/pull, pulled records and
 * CSV import have their own property tests beside their suites.)
 */

const bytes = fc.uint8Array({ maxLength: 200 });
const junk = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  bytes,
  bytes.map((b) => new TextDecoder().decode(b)),
);

/** A message of a type the receiver knows, with a payload that is anything at all. */
const knownTypeMessage = (types: readonly string[]) => fc.record({ type: fc.constantFrom(...types), payload: junk });

/** Near-misses of a real capture: a real shape with one part replaced by junk. */
const nearMissCapture = fc.record({
  type: fc.constant('capture.save'),
  payload: fc.record({
    scan: fc.record({
      pageUrl: fc.oneof(fc.webUrl(), junk),
      pageTitle: fc.oneof(fc.string(), junk),
      candidates: fc.oneof(
        fc.array(
          fc.record({
            fullName: fc.oneof(fc.record({ value: fc.string(), confidence: fc.double(), source: fc.string() }), junk),
            urls: fc.oneof(
              fc.array(
                fc.record({
                  value: fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'vbscript:x', ' javascript:x'),
                  confidence: fc.constant(0.9),
                  source: fc.constant('links'),
                }),
                { minLength: 1, maxLength: 2 },
              ),
              junk,
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        junk,
      ),
    }),
    indexes: fc.oneof(fc.array(fc.integer()), junk),
  }),
});

describe('runtime messages to the background', () => {
  const setup = () => {
    const db = freshDb();
    const dispatch = createDispatcher(
      backgroundProtocol,
      backgroundHandlers({
        leads: new LeadRepository(db, fixedClock()),
        settings: new SettingsRepository(db),
        setBadgeCount: async () => undefined,
        setBadgeSaved: async () => undefined,
        openSidePanelAt: async () => undefined,
      }),
    );
    return { db, dispatch };
  };

  it(
    'anything at all: an error reply a person can read, nothing written to any table, an answer every time',
    async () => {
      const { db, dispatch } = setup();
      const before = await snapshotTables(db);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(junk, knownTypeMessage(Object.keys(backgroundProtocol)), nearMissCapture),
          eachRunWithin('the background, answering a random message,', async (message) => {
            const reply = ReplySchema.parse(await dispatch(message, { tabId: 1 }));
            if (!reply.ok) expect(reply.error.length).toBeGreaterThan(0);
            // A random message never amounts to a valid capture: no table of the store changes
            // (leads, contacts, settings, the outbox, the quarantine, suppressions…).
            expect(await snapshotTables(db)).toEqual(before);
          }),
        ),
        hostileRuns(300),
      );
      db.close();
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  it('a capture whose links are javascript:, data: or vbscript: is refused with the reason, and nothing is saved', async () => {
    const { db, dispatch } = setup();
    const before = await snapshotTables(db);
    const reply = await dispatch(
      {
        type: 'capture.save',
        payload: {
          scan: {
            pageUrl: 'https://acme.example/team',
            pageTitle: 'Team',
            candidates: [
              {
                fullName: { value: 'Ada Example', confidence: 0.9, source: 'links' },
                urls: [{ value: 'javascript:alert(document.domain)', confidence: 0.9, source: 'links' }],
              },
            ],
          },
          indexes: [0],
        },
      },
      { tabId: 1 },
    );
    expect(reply).toMatchObject({ ok: false });
    expect(reply.ok ? '' : reply.error).toMatch(/http\(s\)/);
    expect(await snapshotTables(db)).toEqual(before);
    db.close();
  });
});

describe('runtime messages to the content script', () => {
  it(
    'anything at all: an error reply or a harmless answer, never a throw or a hang',
    async () => {
      const handlers = startContentRuntime({
        window,
        askBackground: async () => {
          throw new Error('no background in this test');
        },
        autoDetect: false,
      });
      // As the content script dispatches (entrypoints/content-script): requests parsed, replies parsed by the asker.
      const dispatch = createRequestDispatcher<ContentProtocol, undefined>(contentRequests, handlers);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(junk, knownTypeMessage(Object.keys(contentRequests))),
          eachRunWithin('the content script, answering a random message,', async (message) => {
            const reply = ReplySchema.parse(await dispatch(message, undefined));
            if (!reply.ok) expect(reply.error.length).toBeGreaterThan(0);
          }),
        ),
        hostileRuns(200),
      );
      document.querySelector('leadclip-ui')?.remove();
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );
});

/** Opens `name` exactly as release `version` declared its store (every table up to it), lets `write` fill it, and closes it. */
async function writeAsStoredVersion(version: number, name: string, write: (db: Dexie) => Promise<void>): Promise<void> {
  const layout: Record<string, string> = {};
  for (const [v, stores] of Object.entries(STORES_BY_VERSION)) if (Number(v) <= version) Object.assign(layout, stores);
  const old = new Dexie(name);
  old.version(version).stores(layout);
  await write(old);
  old.close();
}

/** Every version a store on a rep's disk can be at, below the current one. */
const OLDER_VERSIONS = Object.keys(STORES_BY_VERSION)
  .map(Number)
  .filter((v) => v < CURRENT_SCHEMA_VERSION);

/** What each table a list or an export reads is parsed by. */
const RECORD_SCHEMAS = {
  leads: LeadSchema,
  contacts: ContactSchema,
  accounts: AccountSchema,
  deals: DealSchema,
  activities: ActivitySchema,
} as const;
type RecordTable = keyof typeof RECORD_SCHEMAS;
const RECORD_TABLES = Object.keys(RECORD_SCHEMAS) as RecordTable[];

type Row = Record<string, unknown>;

const at = Date.UTC(2026, 0, 5);
const text = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((x) => x.trim())
  .filter((x) => x.length > 0);

/** A row valid today, as the store keeps it (its schema's output), under a generated id. */
const validRow = (table: RecordTable) =>
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      name: text,
      urls: fc.array(fc.constantFrom('https://acme.example/ada', 'http://x.test/in/ada'), { maxLength: 2 }),
      n: fc.nat({ max: 1_000_000 }),
    })
    .map(({ id, name, urls, n }): Row => {
      const minimal = {
        leads: { id, fullName: name, urls, status: 'working', createdAt: at, updatedAt: at + n },
        contacts: { id, accountId: 'acc-1', fullName: name, urls, createdAt: at, updatedAt: at + n },
        accounts: { id, name, nameKey: name.toLowerCase(), createdAt: at, updatedAt: at + n },
        deals: { id, accountId: 'acc-1', name, amount: n, stage: 'proposal', createdAt: at, updatedAt: at + n },
        activities: { id, contactId: 'c-1', kind: 'call', text: name, at: at + n, createdAt: at },
      }[table];
      return RECORD_SCHEMAS[table].parse(minimal) as Row;
    });

/** A row as a bug, a disk or a hand-edited store could have left it: an id, then anything under the table's own field names. */
const junkRow = (table: RecordTable) =>
  fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.dictionary(
        fc.constantFrom(...Object.keys(RECORD_SCHEMAS[table].shape), 'extra'),
        fc.oneof(junk, fc.array(fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), junk), { maxLength: 3 })),
        { maxKeys: 6 },
      ),
    )
    .map(([id, fields]): Row => ({ ...fields, id }));

/** A valid row as release `version` held it: before v4 no privacy fields, before v5 maybe a javascript: link. */
function asStoredBy(version: number, table: RecordTable, row: Row, badLink: boolean): Row {
  const old: Row = { ...row };
  if (version < 4 && (table === 'leads' || table === 'contacts')) {
    delete old.lawfulBasis;
    delete old.doNotContact;
  }
  if (version < 5 && badLink && Array.isArray(old.urls)) old.urls = [...old.urls, 'javascript:alert(1)'];
  return old;
}

/** What an older store can hold, valid rows and damaged ones (a version puts only those of the tables it declared). */
const oldStore = fc.record({
  records: fc.record(
    Object.fromEntries(
      RECORD_TABLES.map((t) => [
        t,
        fc.uniqueArray(
          fc.oneof(
            fc.record({ valid: fc.constant(true), row: validRow(t), badLink: fc.boolean() }),
            fc.record({ valid: fc.constant(false), row: junkRow(t), badLink: fc.constant(false) }),
          ),
          { selector: (r) => r.row.id, maxLength: 4 },
        ),
      ]),
    ) as Record<RecordTable, fc.Arbitrary<{ valid: boolean; row: Row; badLink: boolean }[]>>,
  ),
  settings: fc.option(
    fc.oneof(junk, fc.record({ privacy: fc.record({ defaultLawfulBasis: fc.oneof(fc.constant('consent'), junk) }) })),
    { nil: undefined },
  ),
  syncState: fc.option(
    fc.dictionary(fc.constantFrom('clientId', 'tracking', 'cookie', 'hlc', 'lastMutationId', 'serverUrl'), junk),
    { nil: undefined },
  ),
  outbox: fc.array(fc.dictionary(fc.constantFrom('table', 'key', 'fields', 'deleted'), junk), { maxLength: 3 }),
  syncRecords: fc.array(
    fc.record({ table: fc.constantFrom('leads', 'contacts', 'x'), key: fc.string({ minLength: 1 }), clocks: junk }),
    { maxLength: 3 },
  ),
  suppressions: fc.array(fc.record({ key: fc.string({ minLength: 1 }), kind: junk, forgottenAt: junk }), {
    maxLength: 3,
  }),
});

describe('stored rows from older versions', () => {
  it('covers every version before the current one', () => {
    expect(OLDER_VERSIONS).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it(
    'whatever v1 left behind: the store opens, each row is upgraded or quarantined, none lost',
    async () => {
      const v1Row = fc.record({
        id: fc.string({ minLength: 1, maxLength: 12 }),
        name: fc.oneof(fc.string(), junk),
        email: fc.oneof(fc.emailAddress(), junk),
        url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), junk),
        capturedAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          junk,
        ),
        tags: fc.oneof(fc.array(fc.string()), junk),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(v1Row, { selector: (r) => r.id, maxLength: 6 }),
          eachRunWithin('opening a store left by v1', async (rows) => {
            const name = `hostile-v1-${Math.random()}`;
            await writeAsStoredVersion(1, name, async (v1) => {
              await v1.table('leads').bulkPut(rows);
            });
            const db = new LeadClipDB(name);
            await db.open();
            expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
            const kept = await db.leads.toArray();
            for (const row of kept) {
              expect(LeadSchema.safeParse(row).success).toBe(true);
              for (const url of row.urls) expect(isWebUrl(url)).toBe(true);
            }
            const quarantined = await db.quarantine.toArray();
            for (const q of quarantined) expect(q).toMatchObject({ table: 'leads', fromVersion: 1 });
            expect(kept.length + quarantined.length).toBe(rows.length);
            db.close();
            await Dexie.delete(name);
          }),
        ),
        hostileRuns(40),
      );
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );

  it.each(OLDER_VERSIONS.filter((v) => v > 1))(
    'whatever v%i left behind: the store opens, every valid row is upgraded and parses, no row is lost, and every reader skips what no longer parses',
    async (version) => {
      // Both kinds of row were met: the checks below are not skipped by chance.
      let validChecked = 0;
      let unreadableSkipped = 0;
      await fc.assert(
        fc.asyncProperty(
          oldStore,
          eachRunWithin(`opening a store left by v${version}`, async (stored) => {
            const name = `hostile-v${version}-${Math.random()}`;
            const written: Record<string, Row[]> = {};
            await writeAsStoredVersion(version, name, async (old) => {
              // One put at a time: IndexedDB itself refuses what it cannot store or index, as a real disk would,
              // and that one row must not keep the others out.
              const put = async (table: string, row: unknown) => {
                if (!old.tables.some((t) => t.name === table)) return;
                await old
                  .table(table)
                  .put(row)
                  .catch(() => undefined);
              };
              for (const t of RECORD_TABLES) {
                for (const r of stored.records[t]) await put(t, asStoredBy(version, t, r.row, r.badLink));
              }
              if (stored.settings !== undefined) await put('meta', { key: 'settings', value: stored.settings });
              if (stored.syncState !== undefined) await put('syncState', { ...stored.syncState, id: 'state' });
              for (const r of stored.outbox) await put('outbox', r);
              for (const r of stored.syncRecords) await put('syncRecords', r);
              for (const r of stored.suppressions) await put('suppressions', r);
              for (const table of old.tables) written[table.name] = await table.toArray();
            });

            const db = new LeadClipDB(name);
            await db.open();
            expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
            const after = await snapshotTables(db);

            // No row lost, none made up: every table holds what the old version left in it.
            for (const [table, rows] of Object.entries(written)) expect(after[table], table).toHaveLength(rows.length);

            for (const t of RECORD_TABLES) {
              const byId = new Map((after[t] as Row[]).map((r) => [r.id, r]));
              // Every row valid today (once v4's privacy fields and v5's web-only links are applied) parses as it is stored.
              for (const { valid, row } of stored.records[t]) {
                if (!valid) continue;
                const got = byId.get(row.id);
                expect(got, `${t} ${String(row.id)}`).toBeDefined();
                const parsed = RECORD_SCHEMAS[t].safeParse(got);
                expect(parsed.success, `${t} ${String(row.id)} parses`).toBe(true);
                validChecked += 1;
                expect(got).toEqual({
                  ...row,
                  ...(version < 4 && 'lawfulBasis' in row ? { lawfulBasis: got?.lawfulBasis } : {}),
                });
              }
              // v5 dropped every javascript:/data: link an older version kept, valid row or not.
              if (version < 5 && (t === 'leads' || t === 'contacts')) {
                for (const r of after[t] as Row[]) {
                  if (Array.isArray(r.urls)) for (const u of r.urls) expect(isWebUrl(String(u)), String(u)).toBe(true);
                }
              }
            }

            // What the readers give parses with today's schemas; the rows that no longer parse are skipped, not thrown on.
            const listed = await new LeadRepository(db).listRecent(100);
            const readable = (after.leads as Row[]).filter((r) => LeadSchema.safeParse(r).success);
            expect(listed.map((l) => l.id).sort()).toEqual(readable.map((r) => r.id).sort());
            unreadableSkipped += (after.leads ?? []).length - listed.length;
            for (const lead of listed) {
              expect(LeadSchema.safeParse(lead).success).toBe(true);
              for (const url of lead.urls) expect(url).toMatch(/^https?:/i);
            }
            expect(SettingsSchema.safeParse(await new SettingsRepository(db).get()).success).toBe(true);
            const state = await readState(db);
            if (state !== undefined) expect(SyncStateSchema.safeParse(state).success).toBe(true);
            db.close();
            await Dexie.delete(name);
          }),
        ),
        hostileRuns(25),
      );
      expect(validChecked).toBeGreaterThan(0);
      expect(unreadableSkipped).toBeGreaterThan(0);
    },
    HOSTILE_TEST_TIMEOUT_MS,
  );
});
