// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/sync/http';
import { teamServerPerSuite } from '../server/backends';
import { clockAt, leadInput, makeClient } from './harness';

/**
 * A client does not download its own writes again: when it had seen every version before its push,
 * the versions the push made are its own and its cookie moves past them. When a teammate wrote in
 * between, it pulls as before, and gets the teammate's change.
 */
describe("a client's own writes", () => {
  const suite = teamServerPerSuite('pglite', 'own-writes');
  const t0 = Date.now() - 30 * 60_000;

  /** A fetch that counts the changes the pull pages bring. */
  function countingPulls(): { fetch: FetchLike; pulled: () => number; pullRequests: () => number } {
    let pulled = 0;
    let pullRequests = 0;
    return {
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        if (init?.method === 'POST') return res;
        pullRequests++;
        const page = (await res.clone().json()) as { changes?: unknown[] };
        pulled += page.changes?.length ?? 0;
        return res;
      },
      pulled: () => pulled,
      pullRequests: () => pullRequests,
    };
  }

  it('are not pulled back after a push, and still reach a teammate', async () => {
    const own = countingPulls();
    const a = await makeClient('own-a', suite.server.url, suite.team.token, {
      clock: clockAt(t0, 'own-a'),
      batchSize: 4,
      fetch: own.fetch,
    });
    // A fresh client first learns what the team has (nothing of these), so its cookie is current.
    await a.sync();
    const before = own.pulled();
    await a.leads.saveMany(Array.from({ length: 10 }, (_, i) => leadInput(`own-${i}`, `Own Person ${i}`, t0)));
    await a.sync();
    expect(own.pulled() - before).toBe(0);
    expect(await a.db.outbox.count()).toBe(0);

    const b = await makeClient('own-b', suite.server.url, suite.team.token, { clock: clockAt(t0, 'own-b') });
    await b.sync();
    const names = (await b.db.leads.toArray()).map((l) => l.fullName).filter((n) => n.startsWith('Own Person'));
    expect(names).toHaveLength(10);
  });

  it('make a Sync now one request when nobody else wrote: the push, and the pass is marked done', async () => {
    const own = countingPulls();
    const clock = clockAt(t0, 'one-a');
    const a = await makeClient('one-a', suite.server.url, suite.team.token, { clock, fetch: own.fetch });
    await a.sync();
    await a.db.syncState.update('state', { lastError: 'The sync server did not answer.' });
    const requests = own.pullRequests();
    clock.advance(60_000);
    await a.leads.saveMany([leadInput('one-1', 'Single Request Person', clock.now())]);
    const result = await a.engine.syncOnce();
    expect(result.pushed).toBe(1);
    expect(own.pullRequests() - requests).toBe(0);
    const state = await a.db.syncState.get('state');
    expect(state?.lastSyncAt).toBe(clock.now());
    expect(state?.lastError).toBeUndefined();
    // Nothing was pulled, yet nothing is missed: the next pass brings what a teammate writes next.
    const b = await makeClient('one-b', suite.server.url, suite.team.token, { clock: clockAt(t0, 'one-b') });
    await b.leads.saveMany([leadInput('one-b-1', 'Later Teammate Person', t0)]);
    await b.sync();
    await a.sync();
    expect((await a.db.leads.get('one-b-1'))?.fullName).toBe('Later Teammate Person');
  });

  it("pull as before when a teammate wrote since, and get the teammate's change", async () => {
    const seen = countingPulls();
    const a = await makeClient('mixed-a', suite.server.url, suite.team.token, {
      clock: clockAt(t0, 'mixed-a'),
      fetch: seen.fetch,
    });
    const b = await makeClient('mixed-b', suite.server.url, suite.team.token, { clock: clockAt(t0, 'mixed-b') });
    await a.sync();
    await b.leads.saveMany([leadInput('mixed-b-1', 'Teammate Person', t0)]);
    await b.sync();
    const before = seen.pulled();
    await a.leads.saveMany([leadInput('mixed-a-1', 'Own Person Mixed', t0)]);
    await a.sync();
    // The teammate's lead and A's own, in the versions after A's cookie.
    expect(seen.pulled() - before).toBe(2);
    expect((await a.db.leads.get('mixed-b-1'))?.fullName).toBe('Teammate Person');
    expect((await a.db.leads.get('mixed-a-1'))?.fullName).toBe('Own Person Mixed');
  });
});
