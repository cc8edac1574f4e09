import { z } from 'zod';

/**
 * The lead as schema version 1 stored it: one flat record per clipped person.
 * Kept so the upgrade can read old data through a schema like every other boundary.
 */
export const LeadV1Schema = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  email: z.string().default(''),
  title: z.string().default(''),
  company: z.string().default(''),
  url: z.string().default(''),
  status: z.enum(['new', 'working', 'qualified', 'converted', 'disqualified']).default('new'),
  tags: z.array(z.string()).default([]),
  capturedAt: z.string().datetime({ offset: true }),
});
export type LeadV1 = z.infer<typeof LeadV1Schema>;
