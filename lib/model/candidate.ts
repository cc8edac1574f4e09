import { z } from 'zod';
import { ConfidenceSchema } from './common';

/** One value found on a page, with how sure we are and which extractor found it. */
export const FoundValueSchema = z.object({
  value: z.string().max(2048),
  confidence: ConfidenceSchema,
  source: z.string().max(40),
});
export type FoundValue = z.infer<typeof FoundValueSchema>;

const found = FoundValueSchema.optional();
const foundList = z.array(FoundValueSchema).max(30).default([]);

/**
 * A person the extraction core found on a page: every field with its confidence
 * and source. It crosses from the content script to the extension as a message,
 * so it is parsed again there: the page is hostile.
 */
export const CandidateSchema = z.object({
  fullName: found,
  firstName: found,
  lastName: found,
  title: found,
  company: found,
  location: found,
  emails: foundList,
  phones: foundList,
  urls: foundList,
  sources: z.array(z.string().max(40)).max(20).default([]),
});
export type Candidate = z.infer<typeof CandidateSchema>;
export type CandidateInput = z.input<typeof CandidateSchema>;

/** What a scan of one page reports: the page, and the people on it. */
export const PageScanSchema = z.object({
  pageUrl: z.string().max(2048),
  /** The page's own idea of its address (`link rel=canonical`, `og:url`): a saved or mirrored profile still names its person. */
  canonicalUrl: z.string().max(2048).default(''),
  pageTitle: z.string().max(500),
  candidates: z.array(CandidateSchema).max(1000),
});
export type PageScan = z.infer<typeof PageScanSchema>;
