// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivacyRepository } from '../../../lib/db/privacy-repository';
import type { Mutation } from '../../../lib/model/sync';
import { mergeMutation } from '../../../server/merge-records';
import { type RunningServer, startServer } from '../../../server/server';
import { BACKENDS, freshBackend, type SeededTeam, seedTeam, type TestBackend } from '../server/backends';
import { clockAt, expectConverged, leadInput, makeClient } from './harness';

describe.each(BACKENDS)('forgetting a person with two clients and the real server on %s', (kind) => {
  let backend: TestBackend;
  let server: RunningServer;
  let team: SeededTeam;
  const t0 = Date.now() - 30 * 60_000;

  beforeAll(async () => {
    backend = await freshBackend(kind);
    server = await startServer({ db: await backend.open(), port: 0, rateLimit: { perMinute: 60_000, burst: 10_000 } });
    team = await seedTeam(server.store, 'acme');
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await backend?.drop();
  });

  async function shared(tag: string) {
    const a = await makeClient(`${tag}-a`, server.url, team.token, { clock: clockAt(t0, `${tag}-a`) });
    const b = await makeClient(`${tag}-b`, server.url, team.token, { clock: clockAt(t0, `${tag}-b`) });
    const id = `${tag}-ada`;
    await a.leads.saveMany([
      leadInput(id, 'Ada Lovelace', t0, { emails: ['ada@acme.example'], emailKeys: ['ada@acme.example'] }),
      leadInput(`${tag}-grace`, 'Grace Hopper', t0),
    ]);
    await a.repos.edits.addActivity(id, { kind: 'call', direction: 'outbound', text: 'Called Ada', at: t0 });
    await a.sync();
    await b.sync();
    // Two edits of one field: the loser is kept in the server's history — which forgetting must remove too.
    a.clock.advance(1000);
    b.clock.advance(2000);
    await a.repos.edits.updateLeadFields(id, { title: 'Analyst' });
    await b.repos.edits.updateLeadFields(id, { title: 'Countess' });
    await a.sync();
    await b.sync();
    await a.sync();
    expect((await server.store.history(team.teamId, 'leads', id)).length).toBeGreaterThan(0);
    const activityId = (await a.db.activities.toArray())[0]?.id ?? '';
    expect((await b.db.activities.get(activityId))?.text).toBe('Called Ada');
    return { a, b, id, activityId };
  }

  it('removes the person on the other client and on the server, history included', async () => {
    const { a, b, id, activityId } = await shared('fg');
    a.clock.advance(1000);
    const summary = await new PrivacyRepository(a.db, a.clock).forgetPerson({ leadId: id });
    expect(summary).toMatchObject({ leads: 1, activities: 1, tombstones: 2 });
    await a.sync();

    // On the server: a fieldless tombstone, no history, nothing that names her.
    const records = await server.store.records(team.teamId);
    for (const key of [id, activityId]) {
      expect(records.find((r) => r.key === key)).toMatchObject({ fields: {}, deleted: { v: true, forget: true } });
      expect(await server.store.history(team.teamId, undefined, key)).toEqual([]);
    }
    const stored = JSON.stringify([records, await server.store.history(team.teamId)]);
    expect(stored).not.toContain('Ada');
    expect(stored).not.toContain('Countess');
    expect(stored).toContain('Grace Hopper');

    await b.sync();
    expect(await b.leads.get(id)).toBeUndefined();
    expect(await b.db.activities.get(activityId)).toBeUndefined();
    expect((await b.leads.get('fg-grace'))?.fullName).toBe('Grace Hopper');
    // B suppresses her too, from its own copy of her keys: its captures and imports flag her as well.
    expect(await b.db.suppressions.get('ada@acme.example')).toMatchObject({
      kind: 'email',
      reason: 'Forgotten by a teammate',
    });
    await expectConverged(server.store, team.teamId, [a, b]);
  });

  it('drops an edit the other client made offline before it pulled the erasure, and never brings the person back', async () => {
    const { a, b, id } = await shared('late');
    a.clock.advance(1000);
    await new PrivacyRepository(a.db, a.clock).forgetPerson({ email: 'ADA@acme.example' });
    await a.sync();
    // B has not pulled yet and edits her: the push reaches a forgotten record.
    b.clock.advance(5000);
    await b.repos.edits.updateLeadFields(id, { title: 'Enchantress of Numbers' });
    await b.sync();
    expect(await b.leads.get(id)).toBeUndefined();
    expect(await b.db.outbox.count()).toBe(0);
    expect(await server.store.history(team.teamId, 'leads', id)).toEqual([]);
    expect(JSON.stringify(await server.store.records(team.teamId))).not.toContain('Enchantress');
    await a.sync();
    expect(await a.leads.get(id)).toBeUndefined();
    await expectConverged(server.store, team.teamId, [a, b]);
  });
});

describe('the server merge of a forget tombstone', () => {
  const hlc = (wall: number) => `${String(wall).padStart(15, '0')}:000000:node-a`;
  const m = (over: Partial<Mutation>): Mutation => ({ mid: 1, table: 'leads', key: 'k', fields: {}, ...over });
  const current = {
    tbl: 'leads',
    key: 'k',
    fields: { fullName: { v: 'Ada Lovelace', hlc: hlc(5) } },
    deleted: null,
  };

  it.each<[string, Mutation, unknown]>([
    [
      'a forget wins over later clocks and keeps no field',
      m({ deleted: { v: true, hlc: hlc(1), forget: true } }),
      { fields: {}, deleted: { v: true, hlc: hlc(1), forget: true } },
    ],
  ])('%s', (_name, mutation, expected) => {
    const history: Parameters<typeof mergeMutation>[2] = [];
    expect(mergeMutation(current, mutation, history)).toMatchObject(expected as object);
    expect(history).toEqual([]);
  });

  it.each<[string, Mutation]>([
    ['a later field write is dropped', m({ fields: { title: { v: 'CTO', hlc: hlc(9) } } })],
    [
      'a later undo is dropped',
      m({ deleted: { v: false, hlc: hlc(9) }, fields: { fullName: { v: 'Ada', hlc: hlc(9) } } }),
    ],
  ])('on a forgotten record: %s, with nothing kept in history', (_name, mutation) => {
    const forgotten = { tbl: 'leads', key: 'k', fields: {}, deleted: { v: true, hlc: hlc(1), forget: true as const } };
    const history: Parameters<typeof mergeMutation>[2] = [];
    expect(mergeMutation(forgotten, mutation, history)).toBeUndefined();
    expect(history).toEqual([]);
  });
});
