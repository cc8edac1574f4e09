import type { Dexie } from 'dexie';
import fc from 'fast-check';

/**
 * What every hostile-input property test shares (issue 15, "bad bytes everywhere"): each run has a
 * deadline, so a hang fails with a message that says so instead of a test timeout, and "writes
 * nothing" is checked against every table of the store, not the one a test thinks of.
 */

/** One run of a property (a message answered, a pull applied, a store opened) takes at most this. */
export const NEVER_HANG_MS = 2_000;

/** The whole property, shrinking included: a hang found is reported before the test's own timeout. */
const PROPERTY_BUDGET_MS = 20_000;

/** The vitest timeout for a hostile-input property test: above the property's budget. */
export const HOSTILE_TEST_TIMEOUT_MS = 30_000;

/** Resolves as `work` does, or fails naming `what` once it has taken longer than NEVER_HANG_MS. */
export async function withinDeadline<T>(what: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} gave no answer within ${NEVER_HANG_MS} ms: it hangs`)),
      NEVER_HANG_MS,
    );
  });
  try {
    return await Promise.race([typeof work === 'function' ? work() : work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A property's predicate with the per-run deadline around it. */
export function eachRunWithin<A extends unknown[]>(
  what: string,
  run: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return (...args) => withinDeadline(what, () => run(...args));
}

/**
 * fast-check's options for a hostile-input property: `numRuns` runs, and a time budget so that a
 * run which hangs (2 s each time shrinking tries it again) is reported as the failure it is.
 */
export function hostileRuns<T>(numRuns: number): fc.Parameters<T> {
  // The plugin looks at no value, so it serves a property of any type.
  const budget = fc.interruptAfterTimeLimit(PROPERTY_BUDGET_MS, { failOnInterrupt: true }) as fc.Plugin<T>;
  return { numRuns, plugins: [budget] };
}

/** Every row of every table, in key order: compare two of these to tell that nothing was written. */
export async function snapshotTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) out[table.name] = await table.toArray();
  });
  return out;
}
