// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LeadClipDB } from '../../../lib/db/database';
import { LeadRepository } from '../../../lib/db/lead-repository';
import { recordChange, startTracking } from '../../../lib/db/outbox';
import { CURRENT_SCHEMA_VERSION } from '../../../lib/db/schema-history';
import { SettingsRepository } from '../../../lib/db/settings-repository';
import { readState } from '../../../lib/db/sync-state';
import { parseRetryAfter, SyncHttpError, testConnection } from '../../../lib/sync/http';
import { backoffDelay, DEFAULT_RETRY, SyncLoop } from '../../../lib/sync/loop';
import { writeAsRelease } from '../legacy-stores';
import { leadInput } from './harness';

const name = () => `loop-${Math.random().toString(36).slice(2)}`;
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

async function enabledDb(): Promise<LeadClipDB> {
  const db = new LeadClipDB(name());
  await new SettingsRepository(db).update({ sync: { enabled: true, serverUrl: 'https://sync.test', token: 't' } });
  await startTracking(db, 'https://sync.test');
  await new LeadRepository(db).saveMany([leadInput('a', 'Ada', Date.now())]);
  return db;
}

const pushOk = (mid: number) => json(200, { lastMutationId: mid, version: mid, rejected: [] });
const pullEmpty = () => json(200, { changes: [], cookie: '1', more: false });

describe('retry policy', () => {
  it('backs off exponentially with jitter, capped, and a Retry-After wins', () => {
    const p = { ...DEFAULT_RETRY, baseMs: 1000, maxMs: 8000 };
    expect(backoffDelay(0, p, () => 0)).toBe(500);
    expect(backoffDelay(0, p, () => 0.999)).toBeLessThan(1000);
    expect(backoffDelay(2, p, () => 0)).toBe(2000);
    expect(backoffDelay(10, p, () => 0.5)).toBeLessThanOrEqual(8000);
    expect(backoffDelay(3, p, () => 0, 7000)).toBe(7000);
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
  });

  it('retries 401, 408, 429, 5xx and the network, and not the other 4xx', () => {
    for (const s of [0, 401, 408, 429, 500, 503]) expect(new SyncHttpError('x', s).retryable).toBe(true);
    for (const s of [400, 403, 404, 409, 413, 422]) expect(new SyncHttpError('x', s).retryable).toBe(false);
  });
});

describe('the sync loop', () => {
  it('does nothing while sync is off', async () => {
    const db = new LeadClipDB(name());
    let calls = 0;
    const loop = new SyncLoop(db, {
      fetch: async () => {
        calls++;
        return pullEmpty();
      },
      locks: undefined,
    });
    expect(await loop.runNow()).toEqual({ kind: 'off' });
    expect(calls).toBe(0);
    expect(await readState(db)).toBeUndefined();
  });

  it("honours a 429's Retry-After, then succeeds", async () => {
    const db = await enabledDb();
    const answers = [
      json(429, { error: 'rate_limited', message: 'slow' }, { 'Retry-After': '2' }),
      pushOk(1),
      pullEmpty(),
    ];
    const slept: number[] = [];
    const loop = new SyncLoop(db, {
      fetch: async () => answers.shift() ?? pullEmpty(),
      sleep: async (ms) => {
        slept.push(ms);
      },
      random: () => 0,
      locks: undefined,
    });
    expect(await loop.runNow()).toMatchObject({ kind: 'ok', result: { pushed: 1 } });
    expect(slept).toEqual([2000]);
    expect(await db.outbox.count()).toBe(0);
    expect((await readState(db))?.lastError).toBeUndefined();
  });

  it('does not retry a 422, and shows the error', async () => {
    const db = await enabledDb();
    let calls = 0;
    const loop = new SyncLoop(db, {
      fetch: async () => {
        calls++;
        return json(422, { error: 'invalid', message: 'bad field' });
      },
      sleep: async () => undefined,
      locks: undefined,
    });
    expect(await loop.runNow()).toMatchObject({ kind: 'failed', retryable: false });
    expect(calls).toBe(1);
    expect((await readState(db))?.lastError).toContain('bad field');
    expect(await db.outbox.count()).toBe(1);
  });

  it('gives up after the last attempt on the network and waits before the next pass', async () => {
    const db = await enabledDb();
    let calls = 0;
    const loop = new SyncLoop(db, {
      fetch: async () => {
        calls++;
        throw new TypeError('offline');
      },
      sleep: async () => undefined,
      retry: { ...DEFAULT_RETRY, maxAttempts: 3 },
      locks: undefined,
    });
    expect(await loop.runNow()).toMatchObject({ kind: 'failed', retryable: true });
    expect(calls).toBe(3);
    expect(await loop.runNow()).toMatchObject({ kind: 'waiting' });
    expect(calls).toBe(3);
  });

  it('runs one pass at a time across contexts (the lease row where navigator.locks is missing)', async () => {
    const db = await enabledDb();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = new SyncLoop(db, {
      fetch: async (_url, init) => {
        await gate;
        return init?.method === 'POST' ? pushOk(1) : pullEmpty();
      },
      locks: undefined,
    });
    const other = new SyncLoop(db, { fetch: async () => pullEmpty(), locks: undefined });
    const first = slow.runNow();
    await new Promise((r) => setTimeout(r, 50));
    expect(await other.runNow()).toEqual({ kind: 'busy' });
    release();
    expect(await first).toMatchObject({ kind: 'ok' });
  });

  it('refuses to record a change outside a transaction with the sync tables', async () => {
    const db = await enabledDb();
    await expect(recordChange(db, 'leads', 'a', { id: 'a' })).rejects.toThrow(/inside a read-write transaction/);
  });
});

describe('test connection', () => {
  it('reports ok with the team, or the error', async () => {
    const ok = await testConnection('https://sync.test', 'tok', async () =>
      json(200, { ok: true, service: 'leadclip-sync', protocol: 1, time: 1, team: 'acme', user: 'a@acme.test' }),
    );
    expect(ok).toEqual({ ok: true, message: 'Connected to team acme as a@acme.test.' });
    const bad = await testConnection('https://sync.test', 'tok', async () =>
      json(401, { error: 'unauthorized', message: 'A valid API token is required.' }),
    );
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('401') });
    expect(await testConnection('ftp://x', 'tok')).toMatchObject({ ok: false });
  });
});

describe('schema version 3', () => {
  it('opens a version 2 store with its leads intact and empty sync tables; enabling sync queues them', async () => {
    const n = name();
    const { LeadSchema } = await import('../../../lib/model/lead');
    await writeAsRelease(2, n, async (v2) => {
      await v2.table('leads').add(LeadSchema.parse(leadInput('old', 'Old Lead', 1000)));
    });
    const db = new LeadClipDB(n);
    expect((await new LeadRepository(db).get('old'))?.fullName).toBe('Old Lead');
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.outbox.count()).toBe(0);
    await startTracking(db, 'https://sync.test');
    const [row] = await db.outbox.toArray();
    expect(row).toMatchObject({ table: 'leads', key: 'old', fields: { fullName: { v: 'Old Lead' } } });
    db.close();
  });
});
