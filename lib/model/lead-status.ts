import { z } from 'zod';

/** new → working → qualified (a prospect) → converted; disqualified from any open state. */
export const LeadStatusSchema = z.enum(['new', 'working', 'qualified', 'converted', 'disqualified']);
export type LeadStatus = z.infer<typeof LeadStatusSchema>;

export const LEAD_STATUS_LABEL: Record<LeadStatus, string> = {
  new: 'New',
  working: 'Working',
  qualified: 'Prospect',
  converted: 'Converted',
  disqualified: 'Disqualified',
};
