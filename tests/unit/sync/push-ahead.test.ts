// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/sync/http';
import { teamServerPerSuite } from '../server/backends';
import { clockAt, leadInput, makeClient } from './harness';

/**
 * A push reads the next batch while the server takes this one. Whatever happens to this one — the
 * server takes only part of it, or the answer never comes — every lead still reaches the server
 * and the outbox empties.
 */
describe('the batch read ahead', () => {
  const suite = teamServerPerSuite('pglite', 'push-ahead');
  const t0 = Date.now() - 30 * 60_000;

  const pushes = (answer: (n: number, res: Response) => Promise<Response>): FetchLike => {
    let n = 0;
    return async (input, init) => {
      const res = await fetch(input, init);
      return init?.method === 'POST' ? answer(++n, res) : res;
    };
  };

  async function serverKeys(prefix: string): Promise<string[]> {
    return (await suite.server.store.records(suite.team.teamId))
      .map((r) => r.key)
      .filter((k) => k.startsWith(prefix))
      .sort();
  }

  it('sends again what the server acknowledged only in part', async () => {
    // The second push is answered as if the server had taken only its first mutation.
    const fetch = pushes(async (n, res) => {
      if (n !== 2) return res;
      const body = (await res.json()) as { lastMutationId: number };
      return Response.json({ ...body, lastMutationId: body.lastMutationId - 2 });
    });
    const a = await makeClient('part', suite.server.url, suite.team.token, {
      clock: clockAt(t0, 'part'),
      batchSize: 3,
      fetch,
    });
    await a.leads.saveMany(Array.from({ length: 8 }, (_, i) => leadInput(`part-${i}`, `Part Person ${i}`, t0)));
    await a.sync();
    expect(await serverKeys('part-')).toEqual(Array.from({ length: 8 }, (_, i) => `part-${i}`));
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('loses nothing when an answer never comes', async () => {
    const fetch = pushes(async (n, res) => {
      if (n === 2) throw new TypeError('network down');
      return res;
    });
    const a = await makeClient('lost', suite.server.url, suite.team.token, {
      clock: clockAt(t0, 'lost'),
      batchSize: 3,
      fetch,
    });
    await a.leads.saveMany(Array.from({ length: 8 }, (_, i) => leadInput(`lost-${i}`, `Lost Person ${i}`, t0)));
    await expect(a.sync()).rejects.toThrow(/Cannot reach the sync server/);
    expect(await a.db.outbox.count()).toBeGreaterThan(0);
    await a.sync();
    expect(await serverKeys('lost-')).toEqual(Array.from({ length: 8 }, (_, i) => `lost-${i}`));
    expect(await a.db.outbox.count()).toBe(0);
  });
});
