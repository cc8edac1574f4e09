// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcWall } from '../../../lib/model/hlc';
import { type RunningServer, startServer } from '../../../server/server';
import { BACKENDS, freshBackend, type SeededTeam, seedTeam, type TestBackend } from '../server/backends';
import { clockAt, expectConverged, leadInput, makeClient } from './harness';

const DAY = 24 * 60 * 60_000;

/**
 * A computer's clock that is wrong once must not cost the rep an edit: not while it is wrong,
 * not after it is corrected, and not on a teammate's replica that pulls what it stamped.
 */
describe.each(BACKENDS)('clock safety on %s', (kind) => {
  let backend: TestBackend;
  let server: RunningServer;
  let team: SeededTeam;
  const t0 = Date.now() - 30 * 60_000;
  // The server's own clock, moved by the tests (a server whose clock was wrong once).
  let serverNow = t0;

  beforeAll(async () => {
    backend = await freshBackend(kind);
    server = await startServer({
      db: await backend.open(),
      port: 0,
      now: () => serverNow,
      rateLimit: { perMinute: 60_000, burst: 10_000 },
    });
    team = await seedTeam(server.store, `clock-${kind}`);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await backend?.drop();
  });

  it('keeps every edit of a client whose clock ran a day ahead and was then corrected', async () => {
    serverNow = t0;
    const a = await makeClient('ahead-a', server.url, team.token, { clock: clockAt(t0, 'ahead-a') });
    const b = await makeClient('ahead-b', server.url, team.token, { clock: clockAt(t0, 'ahead-b') });
    await a.leads.saveMany([leadInput('ahead-1', 'Ada Lovelace', t0, { title: 'Original' })]);
    await a.sync();
    await b.sync();

    // A's clock jumps a day ahead: what A writes now is stamped a day in the future.
    a.clock.set(t0 + DAY);
    await a.repos.edits.updateLeadFields('ahead-1', { title: 'Edited while the clock was wrong' });
    await a.sync();
    expect((await a.leads.get('ahead-1'))?.title, 'A is not reverted to the server value').toBe(
      'Edited while the clock was wrong',
    );
    expect(await a.db.outbox.count(), 'the refused edit went through re-stamped').toBe(0);
    const onServer = (await server.store.records(team.teamId)).find((r) => r.key === 'ahead-1');
    expect(onServer?.fields.title?.v).toBe('Edited while the clock was wrong');
    expect(hlcWall(onServer?.fields.title?.hlc ?? ''), 'stamped from the server clock').toBeLessThan(t0 + 60 * 60_000);

    // While A's clock is still wrong, a second edit goes through at once, stamped from the server's time.
    serverNow += 1000;
    a.clock.advance(1000);
    await a.repos.edits.updateLeadFields('ahead-1', { company: 'Analytical Engines' });
    await a.sync();
    expect(await a.db.outbox.count()).toBe(0);

    // The clock is corrected. A teammate writes, then A writes again: both land, the later wins.
    serverNow += 60_000;
    a.clock.set(serverNow);
    b.clock.set(serverNow - 30_000);
    await b.repos.edits.updateLeadFields('ahead-1', { title: 'Teammate edit' });
    await b.sync();
    await a.repos.edits.updateLeadFields('ahead-1', { title: 'Edited after the fix' });
    await a.sync();
    await b.sync();
    await a.sync();
    for (const c of [a, b]) {
      expect(await c.leads.get('ahead-1'), c.name).toMatchObject({
        title: 'Edited after the fix',
        company: 'Analytical Engines',
      });
    }
    const history = await server.store.history(team.teamId, 'leads', 'ahead-1');
    expect(history.map((h) => h.value)).toContain('Teammate edit');
    await expectConverged(server.store, team.teamId, [a, b]);
  });

  it("neither reverts a local edit nor jumps the local clock for a teammate's far-future record", async () => {
    serverNow = t0;
    const a = await makeClient('future-a', server.url, team.token, { clock: clockAt(t0, 'future-a') });
    const b = await makeClient('future-b', server.url, team.token, { clock: clockAt(t0, 'future-b') });
    await a.leads.saveMany([leadInput('future-1', 'Grace Hopper', t0, { title: 'Original', company: 'Navy' })]);
    await a.sync();
    await b.sync();

    // B's computer and, once, the server's clock run a day ahead: the server takes B's write.
    serverNow = t0 + DAY;
    b.clock.set(t0 + DAY);
    await b.repos.edits.updateLeadFields('future-1', { title: 'From the future', company: 'Future Inc' });
    await b.sync();
    serverNow = t0 + 60_000;

    // A edited offline meanwhile, at the right time.
    a.clock.set(t0 + 50_000);
    await a.repos.edits.updateLeadFields('future-1', { title: 'Rep edit' });
    await a.sync();
    expect((await a.leads.get('future-1'))?.title, 'the local edit is not reverted').toBe('Rep edit');
    expect((await a.leads.get('future-1'))?.company, 'the far-future value is not applied').toBe('Navy');
    const quarantined = await a.db.quarantine.toArray();
    expect(quarantined.map((q) => q.error).join()).toMatch(/future/);

    // The rep's edit reached the server, beating the stored far-future clock; the loser is in history.
    const onServer = (await server.store.records(team.teamId)).find((r) => r.key === 'future-1');
    expect(onServer?.fields.title?.v).toBe('Rep edit');
    const history = await server.store.history(team.teamId, 'leads', 'future-1');
    expect(history).toContainEqual(expect.objectContaining({ field: 'title', value: 'From the future' }));

    // A's clock was not dragged a day ahead: its next edit is stamped now and the server takes it.
    a.clock.advance(1000);
    await a.repos.edits.updateLeadFields('future-1', { notes: 'Call back' });
    const shadow = await a.db.syncRecords.get(['leads', 'future-1']);
    expect(hlcWall(shadow?.clocks.notes ?? '')).toBeLessThan(t0 + 60 * 60_000);
    await a.sync();
    expect(await a.db.outbox.count()).toBe(0);
    const notes = (await server.store.records(team.teamId)).find((r) => r.key === 'future-1')?.fields.notes?.v;
    expect(notes).toBe('Call back');
  });
});
