import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/**
 * What LeadClip asks the browser for is pinned here, per browser: a new permission must be a
 * deliberate change to this list (and to the README's permissions section), never a side effect.
 */
async function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts builds its manifest per browser');
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('manifest permissions', () => {
  it.each([
    // activeTab + scripting: read the page the rep clicked on; unlimitedStorage: the IndexedDB store is
    // never evicted; contextMenus: the capture menu items; alarms: sync and retention timers;
    // sidePanel: the workspace (Chrome; Firefox uses sidebar_action, which needs no permission).
    ['chrome', ['activeTab', 'scripting', 'unlimitedStorage', 'contextMenus', 'alarms', 'sidePanel']],
    ['firefox', ['activeTab', 'scripting', 'unlimitedStorage', 'contextMenus', 'alarms']],
  ] as const)('%s asks for exactly these permissions', async (browser, expected) => {
    const manifest = await manifestFor(browser);
    expect(manifest.permissions).toEqual(expected);
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s asks for no host up front: sites are granted one at a time',
    async (b) => {
      const manifest = await manifestFor(b);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    },
  );
});
