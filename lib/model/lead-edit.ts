import { z } from 'zod';
import { EmailSchema, IdSchema } from './common';

/** The fields a rep can correct by hand in the side panel. Unknown keys are refused rather than silently dropped. */
export const LeadFieldPatchSchema = z
  .object({
    fullName: z.string().trim().max(200, 'A name is at most 200 characters'),
    title: z.string().trim().max(200, 'A title is at most 200 characters'),
    company: z.string().trim().max(200, 'A company is at most 200 characters'),
    location: z.string().trim().max(200, 'A location is at most 200 characters'),
    emails: z.array(EmailSchema).max(20, 'A lead has at most 20 emails'),
    phones: z.array(z.string().trim().min(1).max(40, 'A phone number is at most 40 characters')).max(20),
    notes: z.string().max(10_000, 'Notes are at most 10,000 characters'),
  })
  .partial()
  .strict();
export type LeadFieldPatch = z.infer<typeof LeadFieldPatchSchema>;

/** What moving leads to another status did: how many moved, and why each refused one could not. */
export const StatusChangeResultSchema = z.object({
  changed: z.number().int().nonnegative(),
  refused: z.array(z.object({ id: IdSchema, reason: z.string() })),
});
export type StatusChangeResult = z.infer<typeof StatusChangeResultSchema>;
