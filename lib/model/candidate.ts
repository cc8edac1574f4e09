import { z } from 'zod/mini';
import { ConfidenceSchema } from './confidence';
import { PageAddressSchema, WebUrlSchema } from './web-url';

// zod/mini, not classic zod: these schemas run in the content script, injected into every page it scans.

/** One value found on a page, with how sure we are and which extractor found it. */
export const FoundValueSchema = z.object({
  value: z.string().check(z.maxLength(2048)),
  confidence: ConfidenceSchema,
  source: z.string().check(z.maxLength(40)),
  /** What the page calls this value, where it says: a phone's kind in a signature ("mobile", "fax"). */
  label: z.optional(z.string().check(z.maxLength(20))),
});
export type FoundValue = z.infer<typeof FoundValueSchema>;

const found = z.optional(FoundValueSchema);
const foundList = z._default(z.array(FoundValueSchema).check(z.maxLength(30)), []);

/** A link found about a person: a web address only (see web-url.ts). */
export const FoundUrlSchema = z.object({
  value: WebUrlSchema,
  confidence: ConfidenceSchema,
  source: z.string().check(z.maxLength(40)),
});

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
  urls: z._default(z.array(FoundUrlSchema).check(z.maxLength(30)), []),
  sources: z._default(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)), []),
});
export type Candidate = z.infer<typeof CandidateSchema>;
export type CandidateInput = z.input<typeof CandidateSchema>;

/** What a scan of one page reports: the page, and the people on it. */
export const PageScanSchema = z.object({
  pageUrl: PageAddressSchema,
  pageTitle: z.string().check(z.maxLength(500)),
  /** The country the page's local phone numbers are written for (its domain, its language): "DE". */
  regionHint: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  candidates: z.array(CandidateSchema).check(z.maxLength(1000)),
});
export type PageScan = z.infer<typeof PageScanSchema>;
