/**
 * Stored rows through their schema, leaving out the ones that no longer parse (or are missing,
 * as `bulkGet` gives): one damaged record must not take a whole list or export down with it.
 */
export function parseRows<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  values: readonly unknown[],
): T[] {
  return values.flatMap((v) => {
    if (v === undefined) return [];
    const parsed = schema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}
