import type { PrivacyRepository } from '../db/privacy-repository';
import { everyAlarm } from '../platform/browser-api';

export const RETENTION_ALARM = 'leadclip-retention';
const DAY_MINUTES = 24 * 60;

/**
 * The daily retention check. It deletes only when the rule is on and the rep
 * chose automatic mode (PrivacyRepository.runRetention checks both, every
 * time); in review mode the side panel lists the leads instead. The deletes go
 * through the repository, so they reach sync like any other.
 */
export function startRetentionAlarm(privacy: Pick<PrivacyRepository, 'runRetention'>): void {
  const run = () =>
    privacy
      .runRetention()
      .catch((error: unknown) => console.warn('LeadClip: retention check failed', error))
      .then(() => undefined);
  everyAlarm(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES }, () => void run());
}
