import { z } from 'zod';

export const BantAnswerSchema = z.enum(['unknown', 'no', 'partly', 'yes']);

export const BantItemSchema = z.object({
  answer: BantAnswerSchema.default('unknown'),
  note: z.string().max(1000).default(''),
});

/** Budget, Authority, Need, Timeline: the qualification questions a prospect has answered. */
export const BantSchema = z.object({
  budget: BantItemSchema.default({ answer: 'unknown', note: '' }),
  authority: BantItemSchema.default({ answer: 'unknown', note: '' }),
  need: BantItemSchema.default({ answer: 'unknown', note: '' }),
  timeline: BantItemSchema.default({ answer: 'unknown', note: '' }),
});
export type Bant = z.infer<typeof BantSchema>;

export const EMPTY_BANT: Bant = BantSchema.parse({});
