import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { OPTIONAL_HOSTS, PINNED_PERMISSIONS } from '../pinned-permissions';

async function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts builds its manifest per browser');
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('manifest permissions', () => {
  it.each(Object.entries(PINNED_PERMISSIONS) as ['chrome' | 'firefox', readonly string[]][])(
    '%s asks for exactly these permissions',
    async (browser, expected) => {
      const manifest = await manifestFor(browser);
      expect(manifest.permissions).toEqual(expected);
    },
  );

  it.each(['chrome', 'firefox'] as const)(
    '%s asks for no host up front: sites are granted one at a time',
    async (b) => {
      const manifest = await manifestFor(b);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toEqual([...OPTIONAL_HOSTS]);
    },
  );
});
