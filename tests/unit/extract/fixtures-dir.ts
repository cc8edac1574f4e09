import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Third-party corpora whose licences let them travel with the project (CC0, MIT, Apache-2.0,
 * CC BY-SA): each folder holds its LICENSE and a SOURCE file. A clone anywhere runs these.
 */
export const VENDORED_FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/third-party');

export function vendoredCorpus(name: string): string {
  const dir = join(VENDORED_FIXTURES, name);
  if (!existsSync(dir)) throw new Error(`vendored corpus ${name} is missing: expected ${dir}`);
  return dir;
}

/**
 * What may not travel (real people's pages, GPL/LGPL material) is read in place from the
 * workspace's ../shared/fixtures beside the project, or from $LEADCLIP_SHARED_FIXTURES.
 */
export const SHARED_FIXTURES = process.env.LEADCLIP_SHARED_FIXTURES || join(PROJECT_ROOT, '../shared/fixtures');

export interface SharedCorpus {
  readonly dir: string;
  readonly present: boolean;
}

export function sharedCorpus(name: string): SharedCorpus {
  const dir = join(SHARED_FIXTURES, name);
  return { dir, present: existsSync(dir) };
}

/**
 * A suite over material that stays in ../shared. Without it the suite is reported as skipped with
 * the reason in its name (never "no test suite", never a failure, never a silent pass); the body
 * runs, and so reads the files, only when the folder is there.
 */
export function describeShared(name: string, title: string, why: string, body: (dir: string) => void): void {
  const corpus = sharedCorpus(name);
  const label = corpus.present
    ? title
    : `${title} [skipped: ../shared/fixtures/${name} is absent in this clone; ${why}, so it is read in place]`;
  describe.skipIf(!corpus.present)(label, () => {
    if (corpus.present) body(corpus.dir);
    // Registers the skipped line the summary shows; it never runs without the corpus.
    else it(`reads ${name} from ../shared/fixtures`, () => undefined);
  });
}
