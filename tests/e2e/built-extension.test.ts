import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_HOSTS, PINNED_PERMISSIONS } from '../pinned-permissions';

/**
 * The packages a rep installs, as the builds wrote them (`npm test` builds both before this runs):
 * the permissions they ask for are the pinned ones, whatever WXT adds at build time, and no test hook
 * (the e2e build's `popup.html?tab=<id>`) is in them.
 */
const ROOT = join(import.meta.dirname, '../..');
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;
// The e2e build's `?tab=` reader, as the minifier writes it: `.get(\`tab\`)`.
const TAB_HOOK = /\.get\(\s*[`'"]tab[`'"]\s*\)/;

function scriptsOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe('the built extension', () => {
  it.each(Object.entries(BUILDS) as ['chrome' | 'firefox', string][])(
    '%s asks for exactly the pinned permissions, and no host up front',
    (browser, dir) => {
      const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest.permissions).toEqual([...PINNED_PERMISSIONS[browser]]);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toEqual([...OPTIONAL_HOSTS]);
    },
  );

  it.each(Object.entries(BUILDS))('%s carries no test hook', (_browser, dir) => {
    const scripts = scriptsOf(join(ROOT, dir));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((s) => TAB_HOOK.test(s))).toEqual([]);
  });

  it('the check would see the hook: the e2e build has it', () => {
    const e2e = join(ROOT, '.output/firefox-mv3-e2e');
    if (!existsSync(e2e)) throw new Error('npm run build:firefox-e2e first (npm test does)');
    expect(scriptsOf(e2e).some((s) => TAB_HOOK.test(s))).toBe(true);
  });
});
