import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { TagSchema } from './tag';

export const DealStageSchema = z.enum([
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed-won',
  'closed-lost',
]);

/** An opportunity, created optionally when a lead is converted. */
export const DealSchema = z.object({
  id: IdSchema,
  accountId: IdSchema,
  contactId: IdSchema.optional(),
  name: z.string().trim().min(1, 'A deal needs a name').max(200),
  amount: z.number().nonnegative().finite().default(0),
  currency: z.string().length(3).toUpperCase().default('EUR'),
  stage: DealStageSchema.default('prospecting'),
  closeDate: z.iso.date().optional(),
  tags: z.array(TagSchema).max(50).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Deal = z.infer<typeof DealSchema>;
