// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadClipDB } from '../../../lib/db/database';
import { readState } from '../../../lib/db/sync-state';
import { type RunningServer, startServer } from '../../../server/server';
import { BACKENDS, freshBackend, type SeededTeam, seedTeam, type TestBackend } from '../server/backends';
import { clockAt, expectConverged, leadInput, makeClient } from './harness';

type Snapshot = Map<string, unknown[]>;

/** Every table's rows, as a backup tool (or a copied profile folder) would keep them. */
async function backup(db: LeadClipDB): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const t of db.tables) out.set(t.name, await t.toArray());
  return out;
}

/** Put the backup back over the live store, table for table. */
async function restore(db: LeadClipDB, snapshot: Snapshot): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) {
      await t.clear();
      await t.bulkPut(snapshot.get(t.name) ?? []);
    }
  });
}

/**
 * A store restored from a backup counts its mutation ids from where the backup left off, behind
 * what the server has seen from it. None of the writes made after the restore may be acknowledged
 * without being applied.
 */
describe.each(BACKENDS)('restore safety on %s', (kind) => {
  let backend: TestBackend;
  let server: RunningServer;
  let team: SeededTeam;
  const t0 = Date.now() - 30 * 60_000;

  beforeAll(async () => {
    backend = await freshBackend(kind);
    server = await startServer({ db: await backend.open(), port: 0, rateLimit: { perMinute: 60_000, burst: 10_000 } });
    team = await seedTeam(server.store, `restore-${kind}`);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await backend?.drop();
  });

  // One new edit (its id is below the server's last) and as many as were lost (its last id equals the server's).
  it.each([1, 3])('sends every one of %i edits made after restoring an IndexedDB backup', async (newEdits) => {
    const tag = `r${newEdits}`;
    const a = await makeClient(`${tag}-a`, server.url, team.token, { clock: clockAt(t0, `${tag}-a`) });
    const ids = [1, 2, 3].map((n) => `${tag}-lead-${n}`);
    await a.leads.saveMany(ids.map((id, i) => leadInput(id, `Person ${i}`, t0)));
    await a.sync();
    const saved = await backup(a.db);
    const before = await readState(a.db);

    // Three edits after the backup reach the server; then the backup is restored.
    for (const id of ids) {
      a.clock.advance(1000);
      await a.repos.edits.updateLeadFields(id, { title: 'Lost with the restore' });
    }
    await a.sync();
    await restore(a.db, saved);
    expect((await readState(a.db))?.lastMutationId).toBe(before?.lastMutationId);

    // New edits after the restore, with ids the server already used for other writes.
    const edits = ids.slice(0, newEdits);
    for (const id of edits) {
      a.clock.advance(1000);
      await a.repos.edits.updateLeadFields(id, { company: `Company of ${id}` });
    }
    await a.sync();
    const onServer = new Map((await server.store.records(team.teamId)).map((r) => [r.key, r]));
    for (const id of edits) expect(onServer.get(id)?.fields.company?.v, id).toBe(`Company of ${id}`);
    expect(await a.db.outbox.count()).toBe(0);
    // The restored store also gets back what it lost, from the server.
    for (const id of ids) expect((await a.leads.get(id))?.title, id).toBe('Lost with the restore');
    const b = await makeClient(`${tag}-b`, server.url, team.token, { clock: clockAt(t0 + 60_000, `${tag}-b`) });
    await b.sync();
    for (const id of edits) expect((await b.leads.get(id))?.company, `B ${id}`).toBe(`Company of ${id}`);
    await a.sync();
    await expectConverged(server.store, team.teamId, [a, b]);
  });

  it("gives a copied profile its own ids: both copies' writes arrive", async () => {
    const a = await makeClient('copy-a', server.url, team.token, { clock: clockAt(t0, 'copy-a') });
    await a.leads.saveMany([leadInput('copy-1', 'Katherine Johnson', t0)]);
    await a.sync();
    const copy = await makeClient('copy-b', server.url, team.token, { clock: clockAt(t0, 'copy-b') });
    await restore(copy.db, await backup(a.db));

    a.clock.advance(1000);
    await a.repos.edits.updateLeadFields('copy-1', { title: 'From the original' });
    copy.clock.advance(2000);
    await copy.repos.edits.updateLeadFields('copy-1', { company: 'From the copy' });
    await a.sync();
    await copy.sync();
    await a.sync();
    const rec = (await server.store.records(team.teamId)).find((r) => r.key === 'copy-1');
    expect(rec?.fields.title?.v).toBe('From the original');
    expect(rec?.fields.company?.v).toBe('From the copy');
    expect((await readState(copy.db))?.clientId).not.toBe((await readState(a.db))?.clientId);
    for (const c of [a, copy]) {
      expect(await c.leads.get('copy-1'), c.name).toMatchObject({
        title: 'From the original',
        company: 'From the copy',
      });
    }
  });
});
