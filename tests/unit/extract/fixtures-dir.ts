import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The third-party test material, read in place beside the project (see ../shared/fixtures/README.md). */
export const SHARED_FIXTURES = join(process.cwd(), '../shared/fixtures');

/** The folder of one corpus, or undefined (after saying so in one line) in a clone without it. */
export function sharedCorpus(name: string): string | undefined {
  const dir = join(SHARED_FIXTURES, name);
  if (existsSync(dir)) return dir;
  console.info(`${name}: ${dir} is absent, its conformance tests are not registered`);
  return undefined;
}
