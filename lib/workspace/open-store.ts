import { type Clock, systemClock } from '../db/clock';
import { LeadClipDB } from '../db/database';
import { emailGuesses } from '../db/email-guesses';
import { ImportRepository } from '../db/import-repository';
import { LeadRepository } from '../db/lead-repository';
import { PrivacyRepository } from '../db/privacy-repository';
import { SettingsRepository } from '../db/settings-repository';
import { WorkspaceRepository } from '../db/workspace-repository';
import type { ScoringRules } from '../model/settings';
import { SyncLoop, watchSyncStatus } from '../sync/loop';
import { createWorkspaceServices } from './create-workspace-services';
import { saveScoringRules } from './save-scoring-rules';

/**
 * The one way in: every entrypoint (background, popup, side panel, options) opens LeadClip's store here,
 * so each reads and writes through the same repositories built the same way. Nothing is opened until
 * first used (Dexie opens the database on the first query), so a page pays only for what it reads.
 */
export function openStore(options: { db?: LeadClipDB; clock?: Clock } = {}) {
  const db = options.db ?? new LeadClipDB();
  const clock = options.clock ?? systemClock;
  const leads = new LeadRepository(db, clock);
  const settings = new SettingsRepository(db);
  const workspace = new WorkspaceRepository(db, clock);
  const imports = new ImportRepository(db, clock);
  const privacy = new PrivacyRepository(db, clock);
  return {
    db,
    leads,
    settings,
    privacy,
    /** What the side panel reads and does; `saveFile` hands files to the browser's download unless given. */
    sidePanelServices: (saveFile?: (blob: Blob, fileName: string) => void) =>
      createWorkspaceServices({
        db,
        leads,
        workspace,
        settings,
        imports,
        privacy,
        clock,
        ...(saveFile ? { saveFile } : {}),
      }),
    saveScoringRules: (rules: ScoringRules) => saveScoringRules(rules, { settings, workspace }),
    guessEmails: (people: Parameters<typeof emailGuesses>[1]) => emailGuesses(db, people),
    /** A sync pass from this page ("Sync now"); the sync lock keeps it from overlapping the background's. */
    syncLoop: () => new SyncLoop(db),
    watchSyncStatus: () => watchSyncStatus(db),
  };
}

export type Store = ReturnType<typeof openStore>;
