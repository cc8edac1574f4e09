import { z } from 'zod';
import { BantSchema, EMPTY_BANT } from './bant';
import { IdSchema, TimestampSchema } from './common';
import { LeadSourceSchema } from './lead-source';
import { LeadStatusSchema } from './lead-status';
import { PersonFieldSchema } from './person-fields';
import { LawfulBasisSchema } from './privacy';
import { ProvenanceSchema } from './provenance';
import { ScoreSchema, UNSCORED } from './score';
import { TagSchema } from './tag';
import { WebUrlSchema } from './web-url';

const text = (max: number) => z.string().trim().max(max).default('');

/**
 * A person as captured: raw details, not yet qualified. Qualified leads are
 * prospects (status `qualified`); converted ones link to the contact they became.
 * The `*Keys` fields are derived (see lib/person/lead-identity) and exist for the indexes.
 */
export const LeadSchema = z.object({
  id: IdSchema,
  fullName: text(200),
  firstName: text(100),
  lastName: text(100),
  title: text(200),
  company: text(200),
  companyDomain: text(253),
  location: text(200),
  emails: z.array(z.string().max(254)).max(20).default([]),
  phones: z.array(z.string().max(40)).max(20).default([]),
  /** What kind each phone is ("mobile", "office", "fax"), by number, where the page said so. */
  phoneLabels: z.record(z.string().max(40), z.string().max(20)).default({}),
  urls: z.array(WebUrlSchema).max(30).default([]),
  emailKeys: z.array(z.string()).default([]),
  profileKeys: z.array(z.string()).default([]),
  nameKey: z.string().default(''),
  status: LeadStatusSchema.default('new'),
  disqualifyReason: text(500),
  source: z._default(LeadSourceSchema, 'web'),
  tags: z.array(TagSchema).max(50).default([]),
  score: ScoreSchema.default(UNSCORED),
  bant: BantSchema.default(EMPTY_BANT),
  provenance: z.array(ProvenanceSchema).max(100).default([]),
  /** Fields the rep changed by hand: a later capture never overwrites them. */
  editedFields: z.array(PersonFieldSchema).default([]),
  notes: text(10_000),
  /** Why the rep may hold this person's data; new leads take the default in settings (privacy). */
  lawfulBasis: LawfulBasisSchema.default('legitimate-interest'),
  /** The person asked not to be contacted: kept, but flagged everywhere. */
  doNotContact: z.boolean().default(false),
  convertedTo: z.object({ contactId: IdSchema, accountId: IdSchema, dealId: IdSchema.optional() }).optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Lead = z.infer<typeof LeadSchema>;
export type LeadInput = z.input<typeof LeadSchema>;
