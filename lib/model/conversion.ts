import { z } from 'zod';
import { DealSchema } from './deal';

/** What the rep types for the optional deal of a conversion. */
export const DealDraftSchema = DealSchema.pick({ name: true, amount: true, closeDate: true });
export type DealDraft = z.infer<typeof DealDraftSchema>;

const ConversionStepSchema = z.object({ action: z.enum(['create', 'reuse']), name: z.string() });

/**
 * What a conversion creates and what it reuses, in the rep's words: shown before they confirm (conversion
 * cannot be undone) and after it is done.
 */
export const ConversionSummarySchema = z.object({
  account: ConversionStepSchema,
  contact: ConversionStepSchema,
  deal: z.object({ name: z.string(), amount: z.number(), currency: z.string() }).optional(),
  activitiesMoved: z.number().int().nonnegative(),
});
export type ConversionSummary = z.infer<typeof ConversionSummarySchema>;
