import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The third-party test material, read in place (see ../shared/fixtures/README.md). Beside the
 * project is where it lives; a clean clone made elsewhere on this machine (CI's) finds it at
 * the workspace's own copy, and $LEADCLIP_SHARED_FIXTURES points anywhere else.
 */
export const SHARED_FIXTURES =
  [process.env.LEADCLIP_SHARED_FIXTURES, join(PROJECT_ROOT, '../shared/fixtures'), '/work/shared/fixtures'].find(
    (dir): dir is string => typeof dir === 'string' && dir !== '' && existsSync(dir),
  ) ?? join(PROJECT_ROOT, '../shared/fixtures');

/** The folder of one corpus, or undefined (after saying so in one line) in a clone without it. */
export function sharedCorpus(name: string): string | undefined {
  const dir = join(SHARED_FIXTURES, name);
  if (existsSync(dir)) return dir;
  console.info(`${name}: ${dir} is absent, its conformance tests are not registered`);
  return undefined;
}
