import { render } from 'preact';
import '../../components/theme.css';
import { SidePanelApp } from '../../components/SidePanelApp';
import { SyncStatus } from '../../components/sidepanel/SyncStatus';
import { useObservable } from '../../components/use-observable';
import { openStore } from '../../lib/services/open-store';

const store = openStore();
const services = store.sidePanelServices();
// "Sync now" runs here; the lock keeps it from overlapping the background's pass.
const syncLoop = store.syncLoop();

function SyncFooter() {
  const { value } = useObservable(() => store.watchSyncStatus(), []);
  return <SyncStatus status={value} onSyncNow={() => void syncLoop.runNow(true)} />;
}

// `sidepanel.html?lead=<id>`: opened from a page's "✓ Saved · open" on that lead.
const initialLead = new URLSearchParams(location.search).get('lead') || undefined;
const app = document.getElementById('app');
if (app) render(<SidePanelApp services={services} footer={<SyncFooter />} initialLead={initialLead} />, app);
