// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { LeadClipDB } from '../../../lib/db/database';
import { refusedIndex } from '../../../lib/sync/engine';
import type { FetchLike } from '../../../lib/sync/http';
import { type SyncStatusView, watchSyncStatus } from '../../../lib/sync/loop';
import { teamServerPerSuite } from '../server/backends';
import { clockAt, leadInput, makeClient } from './harness';

function statusOnce(db: LeadClipDB): Promise<SyncStatusView> {
  return new Promise((resolve, reject) => {
    const sub = watchSyncStatus(db).subscribe({
      next: (v) => {
        resolve(v);
        queueMicrotask(() => sub.unsubscribe());
      },
      error: reject,
    });
  });
}

/** A row the server refuses goes to quarantine with its reason; everything queued behind it still syncs. */
describe('poison rows', () => {
  const suite = teamServerPerSuite('pglite', 'poison');
  const t0 = Date.now() - 30 * 60_000;

  it('sets aside a change the protocol cannot carry and sends the ones behind it', async () => {
    const a = await makeClient('bad-field', suite.server.url, suite.team.token, { clock: clockAt(t0, 'bad-field') });
    await a.leads.saveMany([leadInput('p-1', 'First Person', t0)]);
    // A row stored by an older version with a field name the protocol refuses.
    await a.db.outbox.add({
      table: 'leads',
      key: 'p-odd',
      fields: { 'odd field': { v: 'x', hlc: `${String(t0).padStart(15, '0')}:000000:bad-field` } },
    });
    await a.leads.saveMany([leadInput('p-2', 'Second Person', t0)]);
    await a.sync();
    const keys = (await suite.server.store.records(suite.team.teamId)).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['p-1', 'p-2']));
    expect(keys).not.toContain('p-odd');
    expect(await a.db.outbox.count()).toBe(0);
    const status = await statusOnce(a.db);
    expect(status.quarantined).toBe(1);
    expect(status.quarantineError).toMatch(/leads p-odd: fields\.odd field: Invalid key/);
  });

  it('quarantines the row a 422 names, without retrying it forever', async () => {
    let pushes = 0;
    // A server of a newer version, stricter than this client: it refuses any title over 20 characters.
    const strict: FetchLike = async (url, init) => {
      if (init?.method === 'POST' && typeof init.body === 'string') {
        pushes += 1;
        const body = JSON.parse(init.body) as { mutations: { fields: Record<string, unknown> }[] };
        const i = body.mutations.findIndex((m) => String(m.fields.title ?? '').length > 20);
        if (i >= 0) {
          const message = `mutations.${i}.fields.title: Too long for this server`;
          return new Response(JSON.stringify({ error: 'invalid', message }), { status: 422 });
        }
      }
      return fetch(url, init);
    };
    const a = await makeClient('strict', suite.server.url, suite.team.token, {
      fetch: strict,
      clock: clockAt(t0, 'strict'),
    });
    await a.leads.saveMany([
      leadInput('s-1', 'One', t0, { title: 'CTO' }),
      leadInput('s-2', 'Two', t0, { title: 'Vice President of Everything Else' }),
      leadInput('s-3', 'Three', t0, { title: 'CFO' }),
    ]);
    await a.sync();
    const keys = (await suite.server.store.records(suite.team.teamId)).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['s-1', 's-3']));
    expect(keys).not.toContain('s-2');
    expect(await a.db.outbox.count()).toBe(0);
    const before = pushes;
    await a.sync();
    expect(pushes, 'nothing left to retry').toBe(before);
    const status = await statusOnce(a.db);
    expect(status.quarantined).toBe(1);
    expect(status.quarantineError).toContain('Too long for this server');
    // The local lead is still there: only its sync was set aside.
    expect((await a.leads.get('s-2'))?.title).toBe('Vice President of Everything Else');
  });

  it('reads which mutation a 422 names', () => {
    expect(refusedIndex('mutations.12.fields.title: Too long')).toBe(12);
    expect(refusedIndex('clientId: A client id is 8–64 of A–Z a–z 0–9 _ -')).toBeUndefined();
    expect(refusedIndex(undefined)).toBeUndefined();
  });
});
