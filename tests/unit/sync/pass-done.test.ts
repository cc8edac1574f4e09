// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../lib/db/sync-state';
import { teamServerPerSuite } from '../server/backends';
import { clockAt, leadInput, makeClient } from './harness';

/**
 * The side panel's sync status reads when the last pass finished and what went wrong before it.
 * A pass marks itself done in its last page's own transaction; a pull on its own does not.
 */
describe('a finished sync pass', () => {
  const suite = teamServerPerSuite('pglite', 'pass-done');
  const t0 = Date.now() - 30 * 60_000;

  it('records when it finished and clears the error of the pass before', async () => {
    const clock = clockAt(t0, 'done');
    const a = await makeClient('done', suite.server.url, suite.team.token, { clock, pullLimit: 2 });
    await a.leads.saveMany(Array.from({ length: 5 }, (_, i) => leadInput(`done-${i}`, `Done Person ${i}`, t0)));
    const failed = await readState(a.db);
    if (!failed) throw new Error('sync is not tracking');
    await writeState(a.db, { ...failed, lastError: 'Cannot reach the sync server' });

    clock.advance(1_000);
    // Five leads pulled back two a page: the pass ends on its third page.
    await a.engine.syncOnce();
    const after = await readState(a.db);
    expect(after?.lastSyncAt).toBe(t0 + 1_000);
    expect(after?.lastError).toBeUndefined();
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('leaves both alone when only pulling', async () => {
    const clock = clockAt(t0, 'pull-only');
    const b = await makeClient('pull-only', suite.server.url, suite.team.token, { clock });
    const before = await readState(b.db);
    if (!before) throw new Error('sync is not tracking');
    await writeState(b.db, { ...before, lastError: 'Cannot reach the sync server' });
    await b.engine.pullAll();
    const after = await readState(b.db);
    expect(after?.lastSyncAt).toBeUndefined();
    expect(after?.lastError).toBe('Cannot reach the sync server');
    expect(await b.db.leads.count()).toBeGreaterThan(0);
  });
});
