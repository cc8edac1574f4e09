import { systemClock } from '../db/clock';
import { saveFile as browserSaveFile } from '../ui/save-file';
import { type Conversion, createConversion } from './conversion';
import { DeletedLeadsShelf } from './deleted-leads-shelf';
import { createFileExports, type FileExports } from './file-exports';
import { createLeadEditing, type LeadEditing } from './lead-editing';
import { createLeadViews, type LeadViews } from './lead-views';
import { createPrivacy, type Privacy } from './privacy';
import type { SidePanelStore } from './side-panel-store';

/**
 * What the side panel can read and do, one capability per module; built from the repositories, so
 * components never touch storage.
 */
export type SidePanelServices = LeadViews & LeadEditing & Conversion & Privacy & FileExports;

export function createSidePanelServices(
  parts: Omit<SidePanelStore, 'clock' | 'saveFile' | 'deleted'> & Partial<Pick<SidePanelStore, 'clock' | 'saveFile'>>,
): SidePanelServices {
  const store: SidePanelStore = {
    ...parts,
    clock: parts.clock ?? systemClock,
    saveFile: parts.saveFile ?? browserSaveFile,
    deleted: new DeletedLeadsShelf(),
  };
  return {
    ...createLeadViews(store),
    ...createLeadEditing(store),
    ...createConversion(store),
    ...createPrivacy(store),
    ...createFileExports(store),
  };
}
