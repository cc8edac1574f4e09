// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readState } from '../../../lib/db/sync-state';
import { formatHlc } from '../../../lib/model/hlc';
import { type FetchLike, SyncHttpError } from '../../../lib/sync/http';
import { clockAt, makeClient, type TestClient } from './harness';

const t0 = Date.now() - 60_000;
const clock = formatHlc({ wall: t0, counter: 0, node: 'teammate' });

/** A server (or something pretending to be one) that answers every pull with `body`. */
function answering(body: () => BodyInit): FetchLike {
  return async () => new Response(body(), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

async function snapshot(c: TestClient): Promise<string> {
  const [leads, shadows, state] = await Promise.all([
    c.db.leads.toArray(),
    c.db.syncRecords.toArray(),
    readState(c.db),
  ]);
  return JSON.stringify([leads, shadows, state?.cookie, state?.hlc]);
}

/**
 * Pulled records are input like any other: an answer this version cannot read is a clear error
 * that writes nothing; a record that names another id than its key is refused.
 */
describe('hostile pulls', () => {
  it('turns random bytes or random JSON from the server into a clear error, writing nothing', async () => {
    let next: BodyInit = '';
    const c = await makeClient('hostile-bytes', 'https://sync.test', 'tok', {
      fetch: answering(() => next),
      clock: clockAt(t0, 'hostile-bytes'),
    });
    const before = await snapshot(c);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 500 }).map((b): BodyInit => b),
          fc.jsonValue().map((v): BodyInit => JSON.stringify(v)),
          fc
            .record({
              changes: fc.array(fc.jsonValue(), { minLength: 1, maxLength: 3 }),
              cookie: fc.jsonValue(),
              more: fc.boolean(),
            })
            .map((v): BodyInit => JSON.stringify(v)),
        ),
        async (body) => {
          next = body;
          const error = await c.engine.pullPage().then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(SyncHttpError);
          expect((error as SyncHttpError).message).toMatch(/cannot read/);
        },
      ),
      { numRuns: 150 },
    );
    expect(await snapshot(c)).toBe(before);
  });

  it('applies or quarantines pulled leads with random fields, and never stores one under another id', async () => {
    let changes: unknown[] = [];
    const c = await makeClient('hostile-fields', 'https://sync.test', 'tok', {
      fetch: answering(() => JSON.stringify({ changes, cookie: '1', more: false })),
      clock: clockAt(t0, 'hostile-fields'),
    });
    const fieldName = fc.constantFrom('id', 'fullName', 'emails', 'urls', 'title', 'status', 'createdAt', 'updatedAt');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('k-1', 'k-2'),
        fc.dictionary(fieldName, fc.oneof(fc.jsonValue(), fc.constantFrom('k-1', 'k-2', 'javascript:alert(1)'))),
        async (key, values) => {
          changes = [
            {
              table: 'leads',
              key,
              fields: { h: [clock], f: Object.fromEntries(Object.entries(values).map(([f, v]) => [f, [v, 0]])) },
              version: 1,
            },
          ];
          await c.engine.pullPage();
          for (const lead of await c.db.leads.toArray()) expect(lead.id).toMatch(/^k-[12]$/);
          const stored = await c.db.leads.get(key);
          if (stored) expect(stored.id).toBe(key);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a pulled record whose id differs from its key, keeping the local one', async () => {
    let changes: unknown[] = [];
    const c = await makeClient('hostile-id', 'https://sync.test', 'tok', {
      fetch: answering(() => JSON.stringify({ changes, cookie: '1', more: false })),
      clock: clockAt(t0, 'hostile-id'),
    });
    await c.leads.saveMany([{ id: 'victim', fullName: 'Real Person', createdAt: t0, updatedAt: t0 }]);
    const later = formatHlc({ wall: t0 + 1000, counter: 0, node: 'mallory' });
    changes = [
      {
        table: 'leads',
        key: 'decoy',
        fields: {
          h: [later],
          f: { id: ['victim', 0], fullName: ['Impostor', 0], createdAt: [t0, 0], updatedAt: [t0, 0] },
        },
        version: 1,
      },
    ];
    await c.engine.pullPage();
    expect((await c.leads.get('victim'))?.fullName).toBe('Real Person');
    expect(await c.db.leads.get('decoy')).toBeUndefined();
    const q = await c.db.quarantine.toArray();
    expect(q.map((r) => r.error).join()).toMatch(/id \(victim\) differs from its key \(decoy\)/);
  });

  it('quarantines a pulled record whose id is an object that cannot even be printed', async () => {
    // Found by the property above (seed 555182732): String() of { toString: [] } throws.
    const body = `{"changes":[{"table":"leads","key":"k-1","fields":{"h":["${clock}"],"f":{"id":[{"toString":[]},0]}},"version":1}],"cookie":"1","more":false}`;
    const c = await makeClient('hostile-id-object', 'https://sync.test', 'tok', {
      fetch: answering(() => body),
      clock: clockAt(t0, 'hostile-id-object'),
    });
    await c.engine.pullPage();
    expect(await c.db.leads.count()).toBe(0);
    const q = await c.db.quarantine.toArray();
    expect(q.map((r) => r.error).join()).toMatch(/id \(not a string but an object\) differs from its key \(k-1\)/);
  });
});
