import { z } from 'zod/mini';
import { LeadSourceSchema } from './lead-source';
import { TagSchema } from './tag';

// zod/mini, not classic zod: the content script sends these choices and must stay small.

/** What the rep chose for a capture: the source and tags of new leads, and whether forgotten people come back. */
export const CaptureChoicesSchema = z.object({
  source: LeadSourceSchema,
  tags: z.array(TagSchema).check(z.maxLength(50)),
  /** The rep's deliberate choice to capture a forgotten person again; without it they are skipped. */
  overrideSuppressed: z.optional(z.boolean()),
});
export type CaptureChoices = z.infer<typeof CaptureChoicesSchema>;
