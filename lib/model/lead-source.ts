import { z } from 'zod/mini';

/** In zod/mini: a capture's choices name a source, and content scripts send captures. */
export const LeadSourceSchema = z.enum([
  'web',
  'social',
  'trade-show',
  'seminar',
  'advertisement',
  'email-campaign',
  'referral',
  'import',
  'manual',
]);
export type LeadSource = z.infer<typeof LeadSourceSchema>;

export const LEAD_SOURCE_LABEL: Record<LeadSource, string> = {
  web: 'Web page',
  social: 'Social profile',
  'trade-show': 'Trade show',
  seminar: 'Seminar',
  advertisement: 'Advertisement',
  'email-campaign': 'Email campaign',
  referral: 'Referral',
  import: 'Import',
  manual: 'Manual',
};
