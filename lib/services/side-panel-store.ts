import type { Clock } from '../db/clock';
import type { ConversionRepository } from '../db/conversion-repository';
import type { LeadClipDB } from '../db/database';
import type { LeadDeletionRepository } from '../db/lead-deletion-repository';
import type { LeadEditRepository } from '../db/lead-edit-repository';
import type { LeadRepository } from '../db/lead-repository';
import type { PrivacyRepository } from '../db/privacy-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { DeletedLeadsShelf } from './deleted-leads-shelf';
import type { SaveFile } from './exported-file';

/** What each capability of the side panel is built from; each takes the parts it needs. */
export interface SidePanelStore {
  db: LeadClipDB;
  leads: LeadRepository;
  edits: LeadEditRepository;
  conversion: ConversionRepository;
  deletion: LeadDeletionRepository;
  privacy: PrivacyRepository;
  settings: SettingsRepository;
  clock: Clock;
  saveFile: SaveFile;
  /** Shared by delete/undo and by forgetting, which must leave no way back for the person it erased. */
  deleted: DeletedLeadsShelf;
}
