import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

export const ActivityKindSchema = z.enum(['note', 'email', 'call', 'meeting', 'reply']);
export const ActivityDirectionSchema = z.enum(['outbound', 'inbound']);

/** Something that happened with a person. Belongs to a lead until conversion moves it to the contact. */
export const ActivitySchema = z
  .object({
    id: IdSchema,
    leadId: IdSchema.optional(),
    contactId: IdSchema.optional(),
    kind: ActivityKindSchema,
    direction: ActivityDirectionSchema.default('outbound'),
    text: z.string().max(10_000).default(''),
    at: TimestampSchema,
    createdAt: TimestampSchema,
  })
  .refine((a) => a.leadId !== undefined || a.contactId !== undefined, {
    message: 'An activity belongs to a lead or a contact',
  });
export type Activity = z.infer<typeof ActivitySchema>;
