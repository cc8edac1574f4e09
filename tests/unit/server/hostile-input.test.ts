// @vitest-environment node
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../lib/model/hlc';
import { ErrorResponseSchema } from '../../../lib/model/sync';
import { createApp } from '../../../server/app';
import { migrate } from '../../../server/migrations';
import { SyncStore } from '../../../server/store';
import { freshBackend, type SeededTeam, seedTeam, type TestBackend } from './backends';

/**
 * Random bytes and random JSON at the server's push and pull: each answer is a clear error (or,
 * for input that happens to be a valid push, an acknowledgement), a refused request writes nothing,
 * and nothing hangs (every run finishes inside the test's timeout).
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

  async function written(): Promise<string> {
    const [records, history] = await Promise.all([store.records(team.teamId), store.history(team.teamId)]);
    return JSON.stringify([records, history]);
  }

  async function expectClearRefusal(res: Response): Promise<void> {
    expect([409, 413, 422]).toContain(res.status);
    const body = ErrorResponseSchema.parse(await res.json());
    expect(body.message.length).toBeGreaterThan(0);
  }

  it('refuses random bytes as a push, writing nothing', async () => {
    const before = await written();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await expectClearRefusal(await push(bytes));
      }),
      { numRuns: 150 },
    );
    expect(await written()).toBe(before);
  });

  it('refuses random JSON as a push, writing nothing', async () => {
    const before = await written();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await expectClearRefusal(await push(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
    expect(await written()).toBe(before);
  });

  it('refuses pushes whose envelope is right and whose mutations are random, writing nothing', async () => {
    const clock = formatHlc({ wall: now, counter: 0, node: 'fuzz' });
    const mutation = fc.record(
      {
        mid: fc.oneof(fc.integer(), fc.constant(1), fc.double()),
        table: fc.oneof(fc.constantFrom('leads', 'contacts', 'settings', 'outbox', ''), fc.string()),
        key: fc.oneof(fc.string({ maxLength: 200 }), fc.integer()),
        fields: fc.oneof(
          fc.dictionary(fc.string(), fc.record({ v: fc.jsonValue(), hlc: fc.oneof(fc.string(), fc.constant(clock)) })),
          fc.jsonValue(),
        ),
        deleted: fc.oneof(fc.jsonValue(), fc.record({ v: fc.jsonValue(), hlc: fc.string() })),
      },
      { requiredKeys: [] },
    );
    const before = await written();
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (mutations) => {
        const res = await push(JSON.stringify({ clientId: 'fuzz-client-1', mutations }));
        // A random batch may, rarely, be a valid one: then it is applied, like any other.
        if (res.status === 200) applied += 1;
        else await expectClearRefusal(res);
      }),
      { numRuns: 200 },
    );
    if (applied === 0) expect(await written()).toBe(before);
  });

  it('answers random pull queries with a page or a clear 422, never a failure', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('cookie', 'limit', 'x', ''), fc.oneof(fc.string(), fc.integer().map(String))),
        async (query) => {
          const res = await app.request(`/v1/pull?${new URLSearchParams(query)}`, {
            headers: { Authorization: `Bearer ${team.token}` },
          });
          if (res.status === 200) return;
          expect(res.status).toBe(422);
          expect(ErrorResponseSchema.parse(await res.json()).message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
