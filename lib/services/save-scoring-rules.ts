import type { RescoreRepository } from '../db/rescore-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { ScoringRules } from '../model/settings';

/** New rules change every lead's score: save them, then rescore the whole store, and say how many. */
export async function saveScoringRules(
  rules: ScoringRules,
  deps: { settings: SettingsRepository; rescoring: Pick<RescoreRepository, 'rescoreAll'> },
): Promise<string> {
  await deps.settings.update({ scoring: rules });
  const count = await deps.rescoring.rescoreAll();
  return `Saved. Rescored every lead: ${count} ${count === 1 ? 'score' : 'scores'} changed.`;
}
