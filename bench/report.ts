/** Shared by every benchmark: medians, and one machine-readable line per figure. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Prints a figure for people and, on its own line, `BENCH <name> <value> <unit>`
 * so runs can be compared by a script. Ratios use the unit `x`.
 */
export function report(name: string, value: number, unit: string, note = ''): void {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(unit === 'x' ? 3 : 2);
  console.log(`${name}: ${shown} ${unit}${note ? `  (${note})` : ''}`);
  console.log(`BENCH ${name} ${shown} ${unit}`);
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns each run's milliseconds. */
export async function timeRuns(fn: () => Promise<unknown> | unknown, runs = 7, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}
