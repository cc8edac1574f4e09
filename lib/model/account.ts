import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { TagSchema } from './tag';

/** The organisation a contact belongs to; matched by domain first, then by normalised name. */
export const AccountSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(200),
  nameKey: z.string(),
  domain: z.string().trim().toLowerCase().max(253).default(''),
  industry: z.string().trim().max(100).default(''),
  tags: z.array(TagSchema).max(50).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Account = z.infer<typeof AccountSchema>;
