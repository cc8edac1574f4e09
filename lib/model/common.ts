import { z } from 'zod';

/** Milliseconds since the epoch; every record keeps its times in this form so indexes sort numerically. */
export const TimestampSchema = z.number().int().nonnegative();

export const IdSchema = z.string().min(1).max(64);

/** A tag as the rep types it: trimmed, lower-case, no commas (commas separate tags in CSV). */
export const TagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'A tag cannot be empty')
  .max(40, 'A tag is at most 40 characters')
  .refine((t) => !t.includes(','), 'A tag cannot contain a comma');

/** Tags with special meaning in social selling, shown as chips. */
export const RELATIONSHIP_TAGS = ['customer', 'potential-contact', 'lead-contact', 'unknown'] as const;

/** 0 = a guess, 1 = read from structured data the page published about this person. */
export const ConfidenceSchema = z.number().min(0).max(1);

export const EmailSchema = z.string().trim().toLowerCase().email('Not a valid email address').max(254);
