import { type Clock, systemClock } from '../db/clock';
import { ConversionRepository } from '../db/conversion-repository';
import { type LeadClipDB, openDatabase } from '../db/database';
import { emailGuesses } from '../db/email-guesses';
import { LeadDeletionRepository } from '../db/lead-deletion-repository';
import { LeadEditRepository } from '../db/lead-edit-repository';
import { LeadRepository } from '../db/lead-repository';
import { PrivacyRepository } from '../db/privacy-repository';
import { RescoreRepository } from '../db/rescore-repository';
import { SettingsRepository } from '../db/settings-repository';
import type { ScoringRules } from '../model/settings';
import { SyncLoop, watchSyncStatus } from '../sync/loop';
import type { SaveFile } from './exported-file';
import { saveScoringRules } from './save-scoring-rules';
import { createSidePanelServices } from './side-panel-services';

/**
 * The one way in: every entrypoint (background, popup, side panel, options) opens LeadClip's store here,
 * so each reads and writes through the same repositories built the same way. Nothing is opened until
 * first used (Dexie opens the database on the first query), so a page pays only for what it reads.
 */
export function openStore(options: { db?: LeadClipDB; clock?: Clock } = {}) {
  const db = options.db ?? openDatabase();
  const clock = options.clock ?? systemClock;
  const leads = new LeadRepository(db, clock);
  const settings = new SettingsRepository(db);
  const edits = new LeadEditRepository(db, clock);
  const conversion = new ConversionRepository(db, clock);
  const deletion = new LeadDeletionRepository(db, clock);
  const rescoring = new RescoreRepository(db, clock);
  const privacy = new PrivacyRepository(db, clock);
  return {
    db,
    leads,
    settings,
    privacy,
    /** What the side panel reads and does; `saveFile` hands files to the browser's download unless given. */
    sidePanelServices: (saveFile?: SaveFile) =>
      createSidePanelServices({
        db,
        leads,
        edits,
        conversion,
        deletion,
        privacy,
        settings,
        clock,
        ...(saveFile ? { saveFile } : {}),
      }),
    saveScoringRules: (rules: ScoringRules) => saveScoringRules(rules, { settings, rescoring }),
    guessEmails: (people: Parameters<typeof emailGuesses>[1]) => emailGuesses(db, people),
    /** A sync loop on this store: the background's, or a page's "Sync now" (the sync lock keeps the two apart). */
    syncLoop: () => new SyncLoop(db),
    watchSyncStatus: () => watchSyncStatus(db),
  };
}

export type Store = ReturnType<typeof openStore>;
