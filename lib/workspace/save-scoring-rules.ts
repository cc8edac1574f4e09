import type { SettingsRepository } from '../db/settings-repository';
import type { WorkspaceRepository } from '../db/workspace-repository';
import type { ScoringRules } from '../model/settings';

/** New rules change every lead's score: save them, then rescore the whole store, and say how many. */
export async function saveScoringRules(
  rules: ScoringRules,
  deps: { settings: SettingsRepository; workspace: Pick<WorkspaceRepository, 'rescoreAll'> },
): Promise<string> {
  await deps.settings.update({ scoring: rules });
  const count = await deps.workspace.rescoreAll();
  return `Saved. Rescored every lead: ${count} ${count === 1 ? 'score' : 'scores'} changed.`;
}
