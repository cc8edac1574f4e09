import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { LawfulBasisSchema } from './privacy';
import { TagSchema } from './tag';
import { WebUrlSchema } from './web-url';

/** A person we do business with; always belongs to an account. */
export const ContactSchema = z.object({
  id: IdSchema,
  accountId: IdSchema,
  leadId: IdSchema.optional(),
  fullName: z.string().trim().min(1).max(200),
  firstName: z.string().trim().max(100).default(''),
  lastName: z.string().trim().max(100).default(''),
  title: z.string().trim().max(200).default(''),
  location: z.string().trim().max(200).default(''),
  emails: z.array(z.string().max(254)).max(20).default([]),
  /**
   * Those of `emails` the rep accepted as a guess on the lead (its provenance said so): a contact
   * keeps them, but exports them only as guesses and never learns an email pattern from them.
   */
  guessedEmails: z.array(z.string().max(254)).max(20).default([]),
  phones: z.array(z.string().max(40)).max(20).default([]),
  urls: z.array(WebUrlSchema).max(30).default([]),
  emailKeys: z.array(z.string()).default([]),
  tags: z.array(TagSchema).max(50).default([]),
  notes: z.string().max(10_000).default(''),
  lawfulBasis: LawfulBasisSchema.default('legitimate-interest'),
  doNotContact: z.boolean().default(false),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Contact = z.infer<typeof ContactSchema>;
