import { z } from 'zod';
import { TimestampSchema } from './common';
import { ConfidenceSchema } from './confidence';
import { PersonFieldSchema } from './person-fields';
import { PageAddressSchema } from './web-url';

/** Where and how one capture of a person happened. A lead keeps one entry per capture. */
export const ProvenanceSchema = z.object({
  pageUrl: PageAddressSchema,
  pageTitle: z.string().max(500).default(''),
  extractors: z.array(z.string().max(40)).max(20),
  capturedAt: TimestampSchema,
  confidence: z.partialRecord(PersonFieldSchema, ConfidenceSchema).default({}),
  /**
   * The rep accepted an address LeadClip guessed from the email pattern of the company (not read
   * anywhere): it is kept with the lead's emails, but exported only as a guess, never as verified.
   */
  inferredEmail: z.object({ email: z.string().max(254), basis: z.string().max(200) }).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
