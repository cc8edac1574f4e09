import type { Lead } from '../lib/model/lead';
import { LEAD_STATUS_LABEL } from '../lib/model/lead-status';
import { EmptyState } from './EmptyState';

/** The saved leads, newest change first. */
export function LeadList({ leads }: { leads: Lead[] }) {
  if (leads.length === 0) {
    return (
      <EmptyState title="No leads yet">
        Open a page with people on it (a profile, a team page), click the LeadClip button in the toolbar and press
        Capture.
      </EmptyState>
    );
  }
  return (
    <ul class="people" data-testid="lead-list">
      {leads.map((l) => (
        <li key={l.id} data-testid="lead">
          <div class="who">
            <div class="name line" data-testid="lead-name">
              {l.fullName || l.emails[0] || 'Unnamed lead'}
            </div>
            {(l.title || l.company) && <div class="line muted">{[l.title, l.company].filter(Boolean).join(' · ')}</div>}
            {l.emails[0] && (
              <div class="line" data-testid="lead-email">
                {l.emails[0]}
              </div>
            )}
            {l.phones.length > 0 && (
              <div class="line muted" data-testid="lead-phones">
                {l.phones.join(' · ')}
              </div>
            )}
            <div>
              <span class="chip">{LEAD_STATUS_LABEL[l.status]}</span>
              {l.tags.map((t) => (
                <span class="chip" key={t}>
                  {t}
                </span>
              ))}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
