import { z } from 'zod';
import { EmailSchema, IdSchema, TimestampSchema } from './common';

/** Who to forget: a lead, a contact, or everyone an email address names. */
export const ForgetTargetSchema = z.union([
  z.object({ leadId: IdSchema }),
  z.object({ contactId: IdSchema }),
  z.object({ email: EmailSchema }),
]);
export type ForgetTarget = z.infer<typeof ForgetTargetSchema>;

const count = z.number().int().nonnegative();

/** What forgetting removed (or, from a preview, would remove): the confirmation the rep reads. */
export const ForgetSummarySchema = z.object({
  /** The people's names, for the confirmation ("Ada Lovelace"). */
  names: z.array(z.string()),
  leads: count,
  contacts: count,
  activities: count,
  /** Pending changes of the removed records dropped from the outbox unsent. */
  outboxRows: count,
  /** Records whose sync field clocks were cleared. */
  syncClocks: count,
  /** Deals that named one of the contacts: kept (they are the account's), the link to the person removed. */
  dealsUnlinked: count,
  /** Rows an upgrade or a pull had set aside that held the person's data. */
  quarantined: count,
  /** Identity keys added to the suppression list. */
  suppressedKeys: count,
  /** Tombstones queued for the server (0 while sync is off). */
  tombstones: count,
  forgottenAt: TimestampSchema,
});
export type ForgetSummary = z.infer<typeof ForgetSummarySchema>;
