// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../lib/model/hlc';
import type { FetchLike } from '../../../lib/sync/http';
import { clockAt, makeClient } from './harness';

const t0 = Date.now() - 60_000;

/** A teammate's (or an impostor's) record arriving by pull, with the links it carries. */
function pullAnswering(urls: unknown): FetchLike {
  const clock = formatHlc({ wall: t0, counter: 0, node: 'teammate' });
  const changes = [
    {
      table: 'leads',
      key: 'pulled-1',
      fields: {
        h: [clock],
        f: {
          id: ['pulled-1', 0],
          fullName: ['Ada Example', 0],
          urls: [urls, 0],
          createdAt: [t0, 0],
          updatedAt: [t0, 0],
        },
      },
      version: 1,
    },
  ];
  return async () =>
    new Response(JSON.stringify({ changes, cookie: '1', more: false }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
}

describe('links that arrive by sync pull', () => {
  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])(
    'a pulled lead with %j as a link is quarantined with the reason, never stored',
    async (bad) => {
      const c = await makeClient(`pulled-${bad.slice(0, 4)}`, 'https://sync.test', 'tok', {
        fetch: pullAnswering(['https://www.linkedin.com/in/ada-example', bad]),
        clock: clockAt(t0, 'pulled'),
      });
      await c.engine.pullPage();
      expect(await c.db.leads.get('pulled-1')).toBeUndefined();
      const quarantined = await c.db.quarantine.toArray();
      expect(quarantined.map((q) => q.error).join(' ')).toMatch(/http\(s\)/);
    },
  );

  it('a pulled lead whose links are all web addresses is stored with them', async () => {
    const urls = ['https://www.linkedin.com/in/ada-example', 'https://ada.example/'];
    const c = await makeClient('pulled-ok', 'https://sync.test', 'tok', {
      fetch: pullAnswering(urls),
      clock: clockAt(t0, 'pulled-ok'),
    });
    await c.engine.pullPage();
    expect((await c.leads.get('pulled-1'))?.urls).toEqual(urls);
  });
});
