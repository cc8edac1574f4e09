// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LeadClipDB } from '../../../lib/db/database';
import { SettingsRepository } from '../../../lib/db/settings-repository';
import { SyncLoop } from '../../../lib/sync/loop';

const name = () => `refused-url-${Math.random().toString(36).slice(2)}`;

/** Settings as a version before https-only sync servers saved them, written straight into the store. */
async function storedByOlderVersion(sync: unknown): Promise<LeadClipDB> {
  const db = new LeadClipDB(name());
  await db.meta.put({ key: 'settings', value: { lastSource: 'trade-show', lastTags: ['conf-2026'], sync } });
  return db;
}

describe('sync settings an older version saved with a plain http server', () => {
  it('turn sync off, keep the address and token to show, and keep the other settings', async () => {
    const db = await storedByOlderVersion({
      enabled: true,
      serverUrl: 'http://sync.acme.example:8787',
      token: 'lcs_t',
    });
    const settings = await new SettingsRepository(db).get();
    expect(settings.sync).toEqual({
      enabled: false,
      serverUrl: '',
      token: 'lcs_t',
      refusedServerUrl: 'http://sync.acme.example:8787',
    });
    expect(settings.lastSource).toBe('trade-show');
    expect(settings.lastTags).toEqual(['conf-2026']);
  });

  it('never reach the server: the sync loop stays off', async () => {
    const db = await storedByOlderVersion({
      enabled: true,
      serverUrl: 'http://sync.acme.example:8787',
      token: 'lcs_t',
    });
    let calls = 0;
    const loop = new SyncLoop(db, {
      fetch: async () => {
        calls++;
        return new Response('{}', { status: 200 });
      },
      locks: undefined,
    });
    expect(await loop.runNow()).toEqual({ kind: 'off' });
    expect(calls).toBe(0);
  });

  it('survive other settings being saved, and clear once the rep saves an https server', async () => {
    const db = await storedByOlderVersion({
      enabled: true,
      serverUrl: 'http://sync.acme.example:8787',
      token: 'lcs_t',
    });
    const repo = new SettingsRepository(db);
    await repo.update({ lastTags: ['webinar'] });
    expect((await repo.get()).sync.refusedServerUrl).toBe('http://sync.acme.example:8787');
    expect((await repo.get()).sync.token).toBe('lcs_t');
    await repo.update({ sync: { enabled: true, serverUrl: 'https://sync.acme.example', token: 'lcs_t' } });
    expect((await repo.get()).sync).toEqual({
      enabled: true,
      serverUrl: 'https://sync.acme.example',
      token: 'lcs_t',
      refusedServerUrl: '',
    });
  });

  it.each([
    ['a damaged address', { enabled: true, serverUrl: 42, token: 'lcs_t' }],
    ['no sync block at all', 'on'],
  ])('fall back to sync off and blank for %s', async (_case, sync) => {
    const db = await storedByOlderVersion(sync);
    expect((await new SettingsRepository(db).get()).sync).toEqual({
      enabled: false,
      serverUrl: '',
      token: '',
      refusedServerUrl: '',
    });
  });
});
