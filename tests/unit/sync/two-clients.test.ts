// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncHttpError } from '../../../lib/sync/http';
import { type RunningServer, startServer } from '../../../server/server';
import { BACKENDS, freshBackend, type SeededTeam, seedTeam, type TestBackend } from '../server/backends';
import { clockAt, expectConverged, leadInput, makeClient } from './harness';

describe.each(BACKENDS)('two clients against the real server on %s', (kind) => {
  let backend: TestBackend;
  let server: RunningServer;
  let team: SeededTeam;
  let other: SeededTeam;
  const t0 = Date.now() - 30 * 60_000;

  beforeAll(async () => {
    backend = await freshBackend(kind);
    server = await startServer({ db: await backend.open(), port: 0, rateLimit: { perMinute: 60_000, burst: 10_000 } });
    team = await seedTeam(server.store, 'acme');
    other = await seedTeam(server.store, 'globex');
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await backend?.drop();
  });

  async function pair(tag: string) {
    const a = await makeClient(`${tag}-a`, server.url, team.token, { clock: clockAt(t0, `${tag}-a`) });
    const b = await makeClient(`${tag}-b`, server.url, team.token, { clock: clockAt(t0, `${tag}-b`) });
    await a.leads.saveMany([leadInput(`${tag}-lead`, 'Ada Lovelace', t0, { title: 'CTO', company: 'Acme' })]);
    await a.sync();
    await b.sync();
    expect((await b.leads.get(`${tag}-lead`))?.fullName).toBe('Ada Lovelace');
    return { a, b, id: `${tag}-lead` };
  }

  it('keeps both edits when two clients change different fields offline', async () => {
    const { a, b, id } = await pair('diff');
    a.clock.advance(1000);
    b.clock.advance(2000);
    await a.repos.edits.updateLeadFields(id, { title: 'Chief Engineer' });
    await b.repos.edits.updateLeadFields(id, { company: 'Analytical Engines' });
    await a.sync();
    await b.sync();
    await a.sync();
    for (const c of [a, b]) {
      expect(await c.leads.get(id)).toMatchObject({ title: 'Chief Engineer', company: 'Analytical Engines' });
    }
    await expectConverged(server.store, team.teamId, [a, b]);
  });

  it('lets the later clock win the same field on every replica, and keeps the loser in history', async () => {
    const { a, b, id } = await pair('same');
    a.clock.advance(1000);
    b.clock.advance(5000);
    await a.repos.edits.updateLeadFields(id, { title: 'Earlier title' });
    await b.repos.edits.updateLeadFields(id, { title: 'Later title' });
    // The later write reaches the server first: arrival order must not matter.
    await b.sync();
    await a.sync();
    await b.sync();
    for (const c of [a, b]) expect((await c.leads.get(id))?.title).toBe('Later title');
    const rec = (await server.store.records(team.teamId)).find((r) => r.key === id);
    expect(rec?.fields.title?.v).toBe('Later title');
    const lost = await server.store.history(team.teamId, 'leads', id);
    expect(lost).toContainEqual(expect.objectContaining({ field: 'title', value: 'Earlier title', reason: 'lost' }));
    await expectConverged(server.store, team.teamId, [a, b]);
  });

  it('changes nothing when pushes are duplicated or replayed later', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const twice = async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        sent.push({ url, init });
        await fetch(url, init);
      }
      return fetch(url, init);
    };
    const a = await makeClient('dup-a', server.url, team.token, { fetch: twice, clock: clockAt(t0, 'dup-a') });
    await a.leads.saveMany([leadInput('dup-1', 'Grace Hopper', t0), leadInput('dup-2', 'Alan Turing', t0)]);
    await a.sync();
    a.clock.advance(1000);
    await a.repos.edits.updateLeadFields('dup-1', { title: 'Rear Admiral' });
    await a.sync();
    const records = await server.store.records(team.teamId);
    const history = await server.store.history(team.teamId);
    // Replay every push ever sent, oldest first, as a network that delivers late would. The latest
    // is recognised as a replay (200); older ones cannot be told from a restored client's new
    // writes and are answered 409 with the server's last id. Neither changes anything.
    const statuses: number[] = [];
    for (const s of sent) statuses.push((await fetch(s.url, s.init)).status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.every((st) => st === 200 || st === 409)).toBe(true);
    expect(await server.store.records(team.teamId)).toEqual(records);
    expect(await server.store.history(team.teamId)).toEqual(history);
    await a.sync();
    expect((await a.leads.get('dup-1'))?.title).toBe('Rear Admiral');
    await expectConverged(server.store, team.teamId, [a]);
  });

  it('gets 401 with a wrong token, writes nothing and keeps the outbox', async () => {
    const before = await server.store.records(team.teamId);
    const bad = await makeClient('bad', server.url, 'lcs_wrong-token', { clock: clockAt(t0, 'bad') });
    await bad.leads.saveMany([leadInput('bad-1', 'Mallory', t0)]);
    const error = await bad.engine.syncOnce().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncHttpError);
    expect((error as SyncHttpError).status).toBe(401);
    expect(await bad.db.outbox.count()).toBe(1);
    expect(await server.store.records(team.teamId)).toEqual(before);
  });

  it("never shows one team's leads to another team, nor lets it overwrite them", async () => {
    const a = await makeClient('iso-a', server.url, team.token, { clock: clockAt(t0, 'iso-a') });
    const g = await makeClient('iso-g', server.url, other.token, { clock: clockAt(t0 + 5000, 'iso-g') });
    await a.leads.saveMany([leadInput('iso-1', 'Acme Secret', t0)]);
    await a.sync();
    await g.sync();
    expect(await g.leads.get('iso-1')).toBeUndefined();
    // Globex writes the same key, later: it lands in Globex's records only.
    await g.leads.saveMany([leadInput('iso-1', 'Globex Person', t0 + 5000)]);
    await g.sync();
    await a.sync();
    expect((await a.leads.get('iso-1'))?.fullName).toBe('Acme Secret');
    expect((await server.store.records(team.teamId)).find((r) => r.key === 'iso-1')?.fields.fullName?.v).toBe(
      'Acme Secret',
    );
    expect((await server.store.records(other.teamId)).map((r) => r.key)).toEqual(['iso-1']);
    await expectConverged(server.store, other.teamId, [g]);
  });

  it('syncs deletes as tombstones and an undo brings the lead back everywhere', async () => {
    const { a, b, id } = await pair('del');
    a.clock.advance(1000);
    const batch = await a.repos.deletion.deleteLeads([id]);
    await a.sync();
    await b.sync();
    expect(await b.leads.get(id)).toBeUndefined();
    a.clock.advance(1000);
    await a.repos.deletion.restoreLeads(batch);
    await a.sync();
    await b.sync();
    expect((await b.leads.get(id))?.fullName).toBe('Ada Lovelace');
    await expectConverged(server.store, team.teamId, [a, b]);
  });
});
