import { render } from 'preact';
import '../../components/theme.css';
import { Workspace } from '../../components/Workspace';
import { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';

const leads = new LeadRepository(new LeadClipDB());
const app = document.getElementById('app');
if (app) render(<Workspace watchLeads={() => leads.watchRecent(500)} />, app);
