import { z } from 'zod';
import { PageScanSchema } from '../model/candidate';
import { TagSchema } from '../model/common';
import { LeadSourceSchema } from '../model/lead-source';
import { PersonFieldSchema } from '../model/person-fields';
import type { Protocol } from './envelope';

export const CaptureChoicesSchema = z.object({
  source: LeadSourceSchema,
  tags: z.array(TagSchema).max(50),
});

const CaptureOutcomeSchema = z.enum(['new', 'saved', 'update']);

/** Messages the background answers (from the popup, side panel and content scripts). */
export const backgroundProtocol = {
  'capture.preview': {
    request: z.object({ scan: PageScanSchema, choices: CaptureChoicesSchema }),
    response: z.array(
      z.object({ outcome: CaptureOutcomeSchema, changed: z.array(PersonFieldSchema), leadId: z.string().optional() }),
    ),
  },
  'capture.save': {
    request: z.object({
      scan: PageScanSchema,
      indexes: z.array(z.number().int().nonnegative()).min(1).max(1000),
      choices: CaptureChoicesSchema,
    }),
    response: z.array(
      z.object({
        leadId: z.string(),
        fullName: z.string(),
        outcome: CaptureOutcomeSchema,
        changed: z.array(PersonFieldSchema),
      }),
    ),
  },
} satisfies Protocol;
export type BackgroundProtocol = typeof backgroundProtocol;

/** Messages a content script answers (from the popup, for the tab it scans). */
export const contentProtocol = {
  'page.scan': {
    request: z.object({}),
    response: PageScanSchema,
  },
} satisfies Protocol;
export type ContentProtocol = typeof contentProtocol;
