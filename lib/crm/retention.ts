import type { Lead } from '../model/lead';
import type { PrivacySettings } from '../model/privacy';

/** N calendar months before `now` (UTC), clamped to the month's last day: 31 March minus one month is 28/29 February. */
export function monthsBefore(now: number, months: number): number {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

/**
 * The leads the retention rule says are kept too long: untouched (updatedAt)
 * for more than `retentionMonths`. Nothing when the rule is off. Converted
 * leads are included: the contact they became is the record kept for business.
 * Oldest first. Pure: the side panel lists these, the alarm deletes them.
 */
export function leadsDueForReview(
  leads: readonly Lead[],
  settings: Pick<PrivacySettings, 'retentionMonths'>,
  now: number,
): Lead[] {
  const cutoff = retentionCutoff(settings, now);
  if (cutoff === undefined) return [];
  return leads.filter((l) => l.updatedAt < cutoff).sort((a, b) => a.updatedAt - b.updatedAt);
}

/** Leads untouched since before this time are due; undefined when the rule is off. */
export function retentionCutoff(settings: Pick<PrivacySettings, 'retentionMonths'>, now: number): number | undefined {
  const months = settings.retentionMonths;
  if (months === null || months <= 0) return undefined;
  return monthsBefore(now, months);
}

/** Whether the daily alarm may delete without asking: only with the rule on and automatic mode chosen. */
export function deletesAutomatically(settings: PrivacySettings): boolean {
  return settings.retentionMonths !== null && settings.retentionMode === 'automatic';
}
