// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { migrate } from '../../../server/migrations';
import { type Database, openPglite } from '../../../server/sql';
import { SyncStore } from '../../../server/store';
import { type SeededTeam, seedTeam } from './backends';

/**
 * Requests without a valid token are limited per network address before the database is asked
 * anything: a token-guessing address cannot load the store, and other addresses are not slowed.
 */
describe('rate limit for requests without a valid token', () => {
  let db: Database;
  let queries = 0;
  let app: ReturnType<typeof createApp>;
  let team: SeededTeam;
  let clock = Date.now();

  beforeAll(async () => {
    db = await openPglite(undefined);
    await migrate(db);
    const counted: Database = {
      kind: db.kind,
      query: (sql, params) => {
        queries += 1;
        return db.query(sql, params);
      },
      transaction: (fn) => {
        queries += 1;
        return db.transaction(fn);
      },
      close: () => db.close(),
    };
    const store = new SyncStore(counted);
    team = await seedTeam(store, 'limits');
    app = createApp({ store, now: () => clock, trustProxy: true, anonymousRateLimit: { perMinute: 6, burst: 3 } });
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  const from = (address: string, token?: string) =>
    app.request('/v1/pull', {
      headers: {
        'X-Forwarded-For': `203.0.113.99, ${address}`,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });

  it('answers 429 with Retry-After once an address spent its budget, without touching the database', async () => {
    const guess = `lcs_${'A'.repeat(43)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await from('198.51.100.7', guess)).status);
    expect(statuses).toEqual([401, 401, 401]);
    const before = queries;
    const blocked = await from('198.51.100.7', guess);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Even the right token waits from that address: the check comes before the lookup.
    expect((await from('198.51.100.7', team.token)).status).toBe(429);
    expect(queries, 'no query for a limited address').toBe(before);

    // Another address is not affected, and a valid token there works.
    expect((await from('198.51.100.8', team.token)).status).toBe(200);
    // Time refills the bucket.
    clock += 60_000;
    expect((await from('198.51.100.7', team.token)).status).toBe(200);
  });

  it('refuses a malformed token without a database lookup, and counts it', async () => {
    const before = queries;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await from('198.51.100.9', 'not-a-token')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(queries).toBe(before);
  });
});
