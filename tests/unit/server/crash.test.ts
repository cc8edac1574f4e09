// @vitest-environment node
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncEngine } from '../../../lib/sync/engine';
import { migrate } from '../../../server/migrations';
import { SyncStore } from '../../../server/store';
import { clockAt, expectConverged, leadInput, makeClient, replicaOf } from '../sync/harness';
import { BACKENDS, freshBackend, seedTeam } from './backends';
import { spawnServer } from './spawn-server';

function exited(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
  });
}

const children: ChildProcess[] = [];
afterEach(async () => {
  for (const p of children.splice(0)) {
    if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await exited(p);
  }
});

describe.each(BACKENDS)('the server as a child process on %s', (kind) => {
  it('killed with SIGKILL in the middle of a push: nothing half applied, and both sides converge', async () => {
    const backend = await freshBackend(kind);
    try {
      // Seed before the server starts: an embedded store belongs to one process at a time.
      const seedDb = await backend.open();
      await migrate(seedDb);
      const team = await seedTeam(new SyncStore(seedDb), 'acme');
      await seedDb.close();

      const stalled = await spawnServer(backend.env, 'tests/unit/server/stalling-server.ts');
      children.push(stalled.proc);
      const t0 = Date.now() - 60_000;
      const a = await makeClient('crash-a', stalled.url, team.token, { clock: clockAt(t0, 'crash-a') });
      await a.leads.saveMany(Array.from({ length: 40 }, (_, i) => leadInput(`crash-${i}`, `Person ${i}`, t0)));
      const pushing = a.sync().then(
        () => 'finished',
        (e: unknown) => e,
      );
      await stalled.waitFor('push stalled before commit');
      stalled.proc.kill('SIGKILL');
      await exited(stalled.proc);
      expect(await pushing).toMatchObject({ status: 0 });
      expect(await a.db.outbox.count()).toBe(40);

      const restarted = await spawnServer(backend.env);
      children.push(restarted.proc);
      // A client that was never here sees nothing: the killed push left no record behind.
      const probe = await makeClient('crash-probe', restarted.url, team.token, { clock: clockAt(t0, 'probe') });
      await probe.sync();
      expect(await probe.db.leads.count()).toBe(0);

      // The same client pushes again (the same mutation ids) against its new address, then both converge.
      a.engine = new SyncEngine(a.db, { serverUrl: restarted.url, token: team.token }, { now: a.clock.now });
      await a.sync();
      await probe.sync();
      expect(await a.db.outbox.count()).toBe(0);
      expect(await probe.db.leads.count()).toBe(40);
      expect(await replicaOf(probe.db)).toEqual(await replicaOf(a.db));

      restarted.proc.kill('SIGTERM');
      await exited(restarted.proc);
      const db = await backend.open();
      try {
        await expectConverged(new SyncStore(db), team.teamId, [a, probe]);
      } finally {
        await db.close();
      }
    } finally {
      await backend.drop();
    }
  }, 120_000);
});
