import { z } from 'zod';

/** Milliseconds since the epoch; every record keeps its times in this form so indexes sort numerically. */
export const TimestampSchema = z.number().int().nonnegative();

export const IdSchema = z.string().min(1).max(64);

// The content script needs these two: they live in zod/mini files of their own (classic schemas compose them).
export { ConfidenceSchema } from './confidence';
export { TagSchema } from './tag';

/** Tags with special meaning in social selling, shown as chips. */
export const RELATIONSHIP_TAGS = ['customer', 'potential-contact', 'lead-contact', 'unknown'] as const;

export const EmailSchema = z.string().trim().toLowerCase().email('Not a valid email address').max(254);
