import { render } from 'preact';
import '../../components/theme.css';
import { Workspace } from '../../components/Workspace';
import { SyncStatus } from '../../components/workspace/SyncStatus';
import { LeadClipDB } from '../../lib/db/database';
import { ImportRepository } from '../../lib/db/import-repository';
import { LeadRepository } from '../../lib/db/lead-repository';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { WorkspaceRepository } from '../../lib/db/workspace-repository';
import { SyncLoop, watchSyncStatus } from '../../lib/sync/loop';
import { useObservable } from '../../lib/ui/use-observable';
import { createWorkspaceServices } from '../../lib/workspace/create-workspace-services';

const db = new LeadClipDB();
const services = createWorkspaceServices({
  db,
  leads: new LeadRepository(db),
  workspace: new WorkspaceRepository(db),
  settings: new SettingsRepository(db),
  imports: new ImportRepository(db),
});
// "Sync now" runs here; the lock keeps it from overlapping the background's pass.
const syncLoop = new SyncLoop(db);

function SyncFooter() {
  const { value } = useObservable(() => watchSyncStatus(db), []);
  return <SyncStatus status={value} onSyncNow={() => void syncLoop.runNow(true)} />;
}

// `sidepanel.html?lead=<id>`: opened from a page's "✓ Saved · open" on that lead.
const initialLead = new URLSearchParams(location.search).get('lead') || undefined;
const app = document.getElementById('app');
if (app) render(<Workspace services={services} footer={<SyncFooter />} initialLead={initialLead} />, app);
