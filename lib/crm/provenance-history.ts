import type { Provenance } from '../model/provenance';

/** A lead keeps this many captures of itself (LeadSchema's bound). */
export const MAX_PROVENANCE = 100;

/**
 * The lead's provenance with one more entry, the oldest captures dropped past the bound. An entry that
 * records an accepted email guess is never dropped: it is what keeps that address a guess.
 */
export function withProvenance(history: readonly Provenance[], entry: Provenance): Provenance[] {
  const all = [...history, entry];
  let excess = all.length - MAX_PROVENANCE;
  if (excess <= 0) return all;
  return all.filter((p) => {
    if (excess > 0 && !p.inferredEmail) {
      excess--;
      return false;
    }
    return true;
  });
}
