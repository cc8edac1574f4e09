import type { Observable } from 'dexie';
import type { Lead } from '../lib/model/lead';
import { useObservable } from '../lib/ui/use-observable';
import { LeadList } from './LeadList';

/** The side panel: the rep's saved leads, updated live as captures land. */
export function Workspace({ watchLeads }: { watchLeads: () => Observable<Lead[]> }) {
  const { value: leads, error } = useObservable(watchLeads, []);
  return (
    <main>
      <header class="bar">
        <h1>Leads</h1>
        {leads && (
          <span class="muted" data-testid="lead-count">
            {leads.length}
          </span>
        )}
      </header>
      {error !== undefined && (
        <div class="error" role="alert">
          Could not read the leads: {error instanceof Error ? error.message : String(error)}
        </div>
      )}
      {leads === undefined ? <div class="empty">Loading…</div> : <LeadList leads={leads} />}
    </main>
  );
}
