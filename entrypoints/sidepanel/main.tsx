import { render } from 'preact';
import '../../components/theme.css';
import { Workspace } from '../../components/Workspace';
import { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { WorkspaceRepository } from '../../lib/db/workspace-repository';
import { createWorkspaceServices } from '../../lib/workspace/create-workspace-services';

const db = new LeadClipDB();
const services = createWorkspaceServices({
  db,
  leads: new LeadRepository(db),
  workspace: new WorkspaceRepository(db),
  settings: new SettingsRepository(db),
});
const app = document.getElementById('app');
if (app) render(<Workspace services={services} />, app);
