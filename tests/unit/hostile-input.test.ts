import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../lib/background/handlers';
import { startContentRuntime } from '../../lib/content/content-runtime';
import { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/schema-history';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { createDispatcher, createRequestDispatcher } from '../../lib/messaging/dispatcher';
import { ReplySchema } from '../../lib/messaging/envelope';
import { contentRequests } from '../../lib/messaging/page-messages';
import { backgroundProtocol, type ContentProtocol } from '../../lib/messaging/protocol';
import { LeadSchema } from '../../lib/model/lead';
import { fixedClock, freshDb } from './helpers';
import { writeAsRelease } from './legacy-stores';

/**
 * Random bytes and random JSON at the boundaries a page, a file or an old database can reach: each
 * gives a clear error, writes nothing, and never hangs. (The server's push/pull, pulled records and
 * CSV import have their own property tests beside their suites.)
 */

const NEVER_HANG_MS = 2_000;

async function withinDeadline<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${NEVER_HANG_MS} ms`)), NEVER_HANG_MS);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

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

  it('anything at all: an error reply a person can read, nothing written, an answer every time', async () => {
    const { db, dispatch } = setup();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(junk, knownTypeMessage(Object.keys(backgroundProtocol)), nearMissCapture),
        async (message) => {
          const reply = ReplySchema.parse(await withinDeadline(dispatch(message, { tabId: 1 })));
          if (!reply.ok) expect(reply.error.length).toBeGreaterThan(0);
          // A random message never amounts to a valid capture: nothing reaches the store.
          expect(await db.leads.count()).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
    db.close();
  });

  it('a capture whose links are javascript:, data: or vbscript: is refused with the reason, and nothing is saved', async () => {
    const { db, dispatch } = setup();
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
    expect(await db.leads.count()).toBe(0);
    db.close();
  });
});

describe('runtime messages to the content script', () => {
  it('anything at all: an error reply or a harmless answer, never a throw or a hang', async () => {
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
      fc.asyncProperty(fc.oneof(junk, knownTypeMessage(Object.keys(contentRequests))), async (message) => {
        const reply = ReplySchema.parse(await withinDeadline(dispatch(message, undefined)));
        if (!reply.ok) expect(reply.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    document.querySelector('leadclip-ui')?.remove();
  });
});

/** A stored row as an older release, a bug or a disk could have left it: an id, then anything. */
const oldRow = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  fullName: fc.oneof(fc.string(), junk),
  urls: fc.oneof(fc.array(fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.string())), junk),
  updatedAt: fc.oneof(fc.integer({ min: 0 }), junk),
  createdAt: fc.oneof(fc.integer({ min: 0 }), junk),
  status: fc.oneof(fc.constantFrom('new', 'working', 'qualified'), junk),
  extra: junk,
});

describe('stored rows from older versions', () => {
  it('whatever v1 left behind: the store opens, each row is upgraded or quarantined, none lost', async () => {
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
      fc.asyncProperty(fc.uniqueArray(v1Row, { selector: (r) => r.id, maxLength: 6 }), async (rows) => {
        const name = `hostile-v1-${Math.random()}`;
        await writeAsRelease(1, name, async (v1) => {
          await v1.table('leads').bulkPut(rows);
        });
        const db = new LeadClipDB(name);
        const kept = await withinDeadline(db.leads.toArray());
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        for (const row of kept) expect(LeadSchema.safeParse(row).success).toBe(true);
        expect(kept.length + (await db.quarantine.count())).toBe(rows.length);
        db.close();
        await Dexie.delete(name);
      }),
      { numRuns: 40 },
    );
  });

  it('whatever v4 left behind: the store opens and the lead list shows every row that still reads, skipping the rest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(oldRow, { selector: (r) => r.id, maxLength: 6 }), async (rows) => {
        const name = `hostile-v4-${Math.random()}`;
        await writeAsRelease(4, name, async (v4) => {
          // IndexedDB itself refuses what it cannot store or index (a function, a bad key): so would a real disk.
          await v4
            .table('leads')
            .bulkPut(rows)
            .catch(() => undefined);
        });
        const db = new LeadClipDB(name);
        const listed = await withinDeadline(new LeadRepository(db).listRecent(100));
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        for (const lead of listed) {
          expect(LeadSchema.safeParse(lead).success).toBe(true);
          for (const url of lead.urls) expect(url).toMatch(/^https?:/i);
        }
        db.close();
        await Dexie.delete(name);
      }),
      { numRuns: 40 },
    );
  });
});
