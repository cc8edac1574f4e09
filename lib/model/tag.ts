import { z } from 'zod/mini';

/**
 * A tag as the rep types it: trimmed, lower-case, no commas (commas separate tags in CSV).
 * In zod/mini: captures carry tags from the content script too, and it must stay small.
 */
export const TagSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.minLength(1, 'A tag cannot be empty'),
  z.maxLength(40, 'A tag is at most 40 characters'),
  z.refine((t) => !t.includes(','), 'A tag cannot contain a comma'),
);
