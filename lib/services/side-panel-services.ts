import { type Clock, systemClock } from '../db/clock';
import type { ConversionRepository } from '../db/conversion-repository';
import type { LeadClipDB } from '../db/database';
import type { LeadDeletionRepository } from '../db/lead-deletion-repository';
import type { LeadEditRepository } from '../db/lead-edit-repository';
import type { LeadRepository } from '../db/lead-repository';
import type { PrivacyRepository } from '../db/privacy-repository';
import type { SettingsRepository } from '../db/settings-repository';
import { saveFile as browserSaveFile } from '../ui/save-file';
import { type Conversion, createConversion } from './conversion';
import { DeletedLeadsShelf } from './deleted-leads-shelf';
import type { SaveFile } from './exported-file';
import { createFileExports, type FileExports } from './file-exports';
import { createLeadEditing, type LeadEditing } from './lead-editing';
import { createLeadViews, type LeadViews } from './lead-views';
import { createPrivacy, type Privacy } from './privacy';

/**
 * What the side panel can read and do, one capability per module; built from the repositories, so
 * components never touch storage.
 */
export type SidePanelServices = LeadViews & LeadEditing & Conversion & Privacy & FileExports;

export function createSidePanelServices(deps: {
  db: LeadClipDB;
  leads: LeadRepository;
  edits: LeadEditRepository;
  conversion: ConversionRepository;
  deletion: LeadDeletionRepository;
  privacy: PrivacyRepository;
  settings: SettingsRepository;
  clock?: Clock;
  saveFile?: SaveFile;
}): SidePanelServices {
  const clock = deps.clock ?? systemClock;
  const saveFile = deps.saveFile ?? browserSaveFile;
  // Shared by delete/undo and by forgetting, which must leave no way back for the person it erased.
  const deleted = new DeletedLeadsShelf();
  return {
    ...createLeadViews({ ...deps, clock }),
    ...createLeadEditing({ ...deps, deleted }),
    ...createConversion(deps.conversion),
    ...createPrivacy({ privacy: deps.privacy, edits: deps.edits, deleted, clock, saveFile }),
    ...createFileExports({ db: deps.db, clock, saveFile }),
  };
}
