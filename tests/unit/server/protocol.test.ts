// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../lib/model/hlc';
import { PullResponseSchema, PushResponseSchema } from '../../../lib/model/sync';
import { type RunningServer, startServer } from '../../../server/server';
import { BACKENDS, freshBackend, type SeededTeam, seedTeam, type TestBackend } from './backends';

const hlc = (ms: number, node: string, counter = 0) => formatHlc({ wall: ms, counter, node });

async function call(
  server: RunningServer,
  path: string,
  init: { token?: string; body?: unknown; raw?: string } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
  const hasBody = init.body !== undefined || init.raw !== undefined;
  const res = await fetch(`${server.url}${path}`, {
    method: hasBody ? 'POST' : 'GET',
    headers,
    ...(hasBody ? { body: init.raw ?? JSON.stringify(init.body) } : {}),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** A push's mutation: its fields all carry one clock, as the client writes them. */
const lead = (mid: number, key: string, fields: Record<string, [unknown, string]>, deleted?: [boolean, string]) => {
  const clocks = new Set([...Object.values(fields).map(([, h]) => h), ...(deleted ? [deleted[1]] : [])]);
  if (clocks.size !== 1) throw new Error('one clock per mutation');
  return {
    mid,
    table: 'leads',
    key,
    hlc: [...clocks][0],
    fields: Object.fromEntries(Object.entries(fields).map(([f, [v]]) => [f, v])),
    ...(deleted ? { deleted: deleted[0] } : {}),
  };
};

describe.each(BACKENDS)('sync server protocol on %s', (kind) => {
  let backend: TestBackend;
  let server: RunningServer;
  let a: SeededTeam;
  let b: SeededTeam;
  const now = Date.now();

  beforeAll(async () => {
    backend = await freshBackend(kind);
    server = await startServer({ db: await backend.open(), port: 0, rateLimit: { perMinute: 60_000, burst: 10_000 } });
    a = await seedTeam(server.store, 'acme');
    b = await seedTeam(server.store, 'globex');
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await backend?.drop();
  });

  it('answers health without a token, and names the team with one', async () => {
    expect((await call(server, '/v1/health')).body).toMatchObject({ ok: true, service: 'leadclip-sync' });
    expect((await call(server, '/v1/health', { token: a.token })).body).toMatchObject({ team: 'acme', user: a.email });
    expect((await call(server, '/v1/health', { token: 'lcs_wrong' })).status).toBe(401);
  });

  it('refuses a missing or wrong token with 401 and writes nothing', async () => {
    const body = { clientId: 'client-401x', mutations: [lead(1, 'x', { fullName: ['X', hlc(now, 'client-401x')] })] };
    expect((await call(server, '/v1/push', { body })).status).toBe(401);
    const wrong = await call(server, '/v1/push', { body, token: 'lcs_not-a-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: 'unauthorized' });
    expect((await call(server, '/v1/pull', { token: 'nope' })).status).toBe(401);
    expect((await server.store.records(a.teamId)).filter((r) => r.key === 'x')).toEqual([]);
  });

  it('applies each mutation id exactly once and in order; a gap is 409 with where to resume', async () => {
    const c = 'client-once';
    const first = {
      clientId: c,
      mutations: [
        lead(1, 'once', { fullName: ['Ada', hlc(now, c, 1)] }),
        lead(2, 'once', { title: ['CTO', hlc(now, c, 2)] }),
      ],
    };
    const r1 = await call(server, '/v1/push', { token: a.token, body: first });
    expect(r1.status).toBe(200);
    const ack = PushResponseSchema.parse(r1.body);
    expect(ack.lastMutationId).toBe(2);
    const before = await server.store.records(a.teamId);
    const historyBefore = await server.store.history(a.teamId);
    // A duplicate (the response was lost and the client resent) changes nothing.
    const r2 = PushResponseSchema.parse((await call(server, '/v1/push', { token: a.token, body: first })).body);
    expect(r2).toEqual({
      lastMutationId: 2,
      version: ack.version,
      base: ack.version,
      rejected: [],
      time: expect.any(Number),
    });
    // The first push's versions were its own writes: everything after its base and up to its version.
    expect(ack.base).toBe(ack.version - 1);
    expect(await server.store.records(a.teamId)).toEqual(before);
    expect(await server.store.history(a.teamId)).toEqual(historyBefore);
    // Skipping id 3 is a gap.
    const gap = await call(server, '/v1/push', {
      token: a.token,
      body: { clientId: c, mutations: [lead(4, 'once', { title: ['CEO', hlc(now, c, 4)] })] },
    });
    expect(gap.status).toBe(409);
    expect(gap.body).toMatchObject({ error: 'mutation_gap', lastMutationId: 2 });
    // Resending from lastMutationId + 1, overlapping what was applied, applies only the new ones.
    const r3 = PushResponseSchema.parse(
      (
        await call(server, '/v1/push', {
          token: a.token,
          body: {
            clientId: c,
            mutations: [
              lead(2, 'once', { title: ['CTO', hlc(now, c, 2)] }),
              lead(3, 'once', { title: ['CEO', hlc(now, c, 3)] }),
            ],
          },
        })
      ).body,
    );
    expect(r3.lastMutationId).toBe(3);
    const rec = (await server.store.records(a.teamId)).find((r) => r.key === 'once');
    expect(rec?.fields.title?.v).toBe('CEO');
    expect(rec?.fields.fullName?.v).toBe('Ada');
  });

  it('keeps the later clock per field whatever the arrival order, and the loser in history', async () => {
    const later = {
      clientId: 'client-late',
      mutations: [lead(1, 'lww', { title: ['Later', hlc(now + 10, 'client-late')] })],
    };
    const earlier = {
      clientId: 'client-early',
      mutations: [
        lead(1, 'lww', { title: ['Earlier', hlc(now, 'client-early')], company: ['Acme', hlc(now, 'client-early')] }),
      ],
    };
    expect((await call(server, '/v1/push', { token: a.token, body: later })).status).toBe(200);
    expect((await call(server, '/v1/push', { token: a.token, body: earlier })).status).toBe(200);
    const rec = (await server.store.records(a.teamId)).find((r) => r.key === 'lww');
    expect(rec?.fields.title).toEqual({ v: 'Later', hlc: hlc(now + 10, 'client-late') });
    expect(rec?.fields.company?.v).toBe('Acme');
    const history = await server.store.history(a.teamId, 'leads', 'lww');
    expect(history).toEqual([
      expect.objectContaining({ field: 'title', value: 'Earlier', reason: 'lost', clientId: 'client-early' }),
    ]);
  });

  it('rejects clocks more than 5 minutes ahead, keeping the values in history', async () => {
    const c = 'client-ahead';
    const res = await call(server, '/v1/push', {
      token: a.token,
      body: {
        clientId: c,
        mutations: [
          lead(1, 'ahead', { title: ['Future', hlc(Date.now() + 6 * 60_000, c)] }),
          lead(2, 'ahead2', { title: ['Fine', hlc(Date.now() + 60_000, c)] }),
        ],
      },
    });
    const body = PushResponseSchema.parse(res.body);
    expect(body.lastMutationId).toBe(2);
    expect(body.rejected).toEqual([{ mid: 1, reason: expect.stringContaining('ahead') }]);
    const keys = (await server.store.records(a.teamId)).map((r) => r.key);
    expect(keys).not.toContain('ahead');
    expect(keys).toContain('ahead2');
    expect(await server.store.history(a.teamId, 'leads', 'ahead')).toEqual([
      expect.objectContaining({ value: 'Future', reason: expect.stringContaining('rejected') }),
    ]);
  });

  it('pages a pull by version, with tombstones', async () => {
    const c = 'client-page';
    const mutations = Array.from({ length: 25 }, (_, i) =>
      lead(i + 1, `page-${i}`, { fullName: [`P${i}`, hlc(now, c, i)] }),
    );
    mutations.push(lead(26, 'page-3', {}, [true, hlc(now + 1, c)]));
    expect((await call(server, '/v1/push', { token: b.token, body: { clientId: c, mutations } })).status).toBe(200);
    const seen = new Map<string, unknown>();
    let cookie = '0';
    let pages = 0;
    for (;;) {
      const res = PullResponseSchema.parse(
        (await call(server, `/v1/pull?cookie=${cookie}&limit=10`, { token: b.token })).body,
      );
      pages += 1;
      for (const ch of res.changes) seen.set(ch.key, ch);
      cookie = res.cookie;
      if (!res.more) break;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(25);
    expect(seen.get('page-3')).toMatchObject({ deleted: { v: true } });
    const after = PullResponseSchema.parse((await call(server, `/v1/pull?cookie=${cookie}`, { token: b.token })).body);
    expect(after).toEqual({ changes: [], cookie, more: false, time: expect.any(Number) });
  });

  it("isolates teams: a token never reads or writes another team's data", async () => {
    const pullB = async () => {
      const all: string[] = [];
      let cookie = '0';
      for (;;) {
        const res = PullResponseSchema.parse(
          (await call(server, `/v1/pull?cookie=${cookie}`, { token: b.token })).body,
        );
        all.push(...res.changes.map((ch) => ch.key));
        cookie = res.cookie;
        if (!res.more) return all;
      }
    };
    expect(await pullB()).not.toContain('once');
    // Team B writing the same key makes B's record; A's stays as it was.
    const aBefore = (await server.store.records(a.teamId)).find((r) => r.key === 'once');
    const c = 'client-b-once';
    await call(server, '/v1/push', {
      token: b.token,
      body: { clientId: c, mutations: [lead(1, 'once', { title: ['B wrote this', hlc(now + 99, c)] })] },
    });
    expect((await server.store.records(a.teamId)).find((r) => r.key === 'once')).toEqual(aBefore);
    expect(await pullB()).toContain('once');
    // A client id registered by team A is A's: team B may not push as it (403).
    const stolen = await call(server, '/v1/push', {
      token: b.token,
      body: { clientId: 'client-once', mutations: [lead(99, 'once', { title: ['x', hlc(now + 100, 'b')] })] },
    });
    expect(stolen.status).toBe(403);
  });

  it('answers 403 for a disabled user and 401 for a revoked token', async () => {
    const team = await seedTeam(server.store, 'initech');
    const second = await server.store.createToken(team.email);
    await server.store.revokeToken(team.tokenId);
    expect((await call(server, '/v1/pull', { token: team.token })).status).toBe(401);
    expect((await call(server, '/v1/pull', { token: second.token })).status).toBe(200);
    await server.store.setUserDisabled(team.email, true);
    const res = await call(server, '/v1/pull', { token: second.token });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'forbidden' });
  });

  it('answers 413 for a body over 1 MB or too many mutations, and 422 for an invalid body', async () => {
    const big = 'x'.repeat(1_100_000);
    const huge = await call(server, '/v1/push', {
      token: a.token,
      body: { clientId: 'client-big', mutations: [lead(1, 'big', { notes: [big, hlc(now, 'client-big')] })] },
    });
    expect(huge.status).toBe(413);
    const many = Array.from({ length: 501 }, (_, i) => lead(i + 1, `m${i}`, { fullName: ['M', hlc(now, 'c', i)] }));
    expect(
      (await call(server, '/v1/push', { token: a.token, body: { clientId: 'client-many', mutations: many } })).status,
    ).toBe(413);
    expect((await call(server, '/v1/push', { token: a.token, raw: '{not json' })).status).toBe(422);
    const bad = await call(server, '/v1/push', {
      token: a.token,
      body: { clientId: 'client-bad', mutations: [{ mid: 1, table: 'passwords', key: 'k', fields: {} }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ error: 'invalid', message: expect.stringContaining('table') });
    const unordered = await call(server, '/v1/push', {
      token: a.token,
      body: {
        clientId: 'client-bad',
        mutations: [lead(2, 'k', { a: [1, hlc(now, 'c')] }), lead(1, 'k', { a: [2, hlc(now, 'c')] })],
      },
    });
    expect(unordered.status).toBe(422);
    expect((await call(server, '/v1/pull?limit=5000', { token: a.token })).status).toBe(422);
    expect((await server.store.records(a.teamId)).map((r) => r.key)).not.toContain('k');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a token has used its burst', async () => {
    const backend = await freshBackend('pglite');
    const server = await startServer({ db: await backend.open(), port: 0, rateLimit: { perMinute: 6, burst: 2 } });
    try {
      const team = await seedTeam(server.store, 'busy');
      expect((await call(server, '/v1/pull', { token: team.token })).status).toBe(200);
      expect((await call(server, '/v1/pull', { token: team.token })).status).toBe(200);
      const limited = await call(server, '/v1/pull', { token: team.token });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
      expect(limited.body).toMatchObject({ error: 'rate_limited' });
    } finally {
      await server.close();
      await backend.drop();
    }
  }, 60_000);
});
