import { useState } from 'preact/hooks';
import { forgottenOn } from '../../lib/crm/suppression';
import { EmailSchema } from '../../lib/model/common';
import type { ForgetSummary } from '../../lib/model/forget';
import type { Lead } from '../../lib/model/lead';
import type { PrivacySettings, Suppression } from '../../lib/model/privacy';
import { ForgetButton } from './ForgetPanel';

/** The side panel's Privacy tab: forget by email, the retention review, and who has been forgotten. */
export function PrivacyTab(props: {
  privacy: PrivacySettings | undefined;
  due: Lead[];
  suppressions: Suppression[];
  previewForget: (email: string) => Promise<ForgetSummary>;
  forget: (email: string) => Promise<ForgetSummary>;
  onForgotten: (s: ForgetSummary) => void;
  deleteDue: (ids: string[]) => Promise<number>;
}) {
  const [email, setEmail] = useState('');
  const [deleted, setDeleted] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const valid = EmailSchema.safeParse(email).success;
  const months = props.privacy?.retentionMonths ?? null;
  return (
    <div class="detail" data-testid="privacy-tab">
      <section>
        <h3>Forget by email</h3>
        <p class="muted">
          An erasure request: removes everyone with this address (and the same person under their other emails and
          profiles) here and on the team server, and keeps capture and import from bringing them back silently.
        </p>
        <input
          type="email"
          aria-label="Email to forget"
          placeholder="name@example.com"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <ForgetButton
          key={email}
          label="Forget…"
          disabled={!valid}
          preview={() => props.previewForget(email)}
          forget={() => props.forget(email)}
          onForgotten={(s) => {
            setEmail('');
            props.onForgotten(s);
          }}
        />
      </section>

      <section data-testid="retention-review">
        <h3>Retention review</h3>
        {months === null ? (
          <p class="muted">The retention rule is off. Turn it on in the options page (Privacy).</p>
        ) : props.due.length === 0 ? (
          <p class="muted">No lead has been untouched for more than {months} months.</p>
        ) : (
          <>
            <p>
              {props.due.length} {props.due.length === 1 ? 'lead has' : 'leads have'} not been touched for more than{' '}
              {months} months
              {props.privacy?.retentionMode === 'automatic' ? ' (the daily check deletes them)' : ''}:
            </p>
            <ul class="people">
              {props.due.map((l) => (
                <li key={l.id} data-testid="retention-lead">
                  <div class="who">
                    <div class="name line">{l.fullName || l.emails[0] || 'Unnamed lead'}</div>
                    <div class="line muted">last changed {new Date(l.updatedAt).toLocaleDateString()}</div>
                  </div>
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  setDeleted(await props.deleteDue(props.due.map((l) => l.id)));
                } finally {
                  setBusy(false);
                }
              }}
            >
              Delete {props.due.length} {props.due.length === 1 ? 'lead' : 'leads'}
            </button>
          </>
        )}
        {deleted !== undefined && (
          <p role="status" data-testid="retention-deleted">
            Deleted {deleted} {deleted === 1 ? 'lead' : 'leads'} past retention.
          </p>
        )}
      </section>

      <section>
        <h3>Forgotten people</h3>
        {props.suppressions.length === 0 ? (
          <p class="muted">Nobody has been forgotten.</p>
        ) : (
          <ul class="breakdown" data-testid="suppression-list">
            {props.suppressions.map((s) => (
              <li key={s.key}>
                <span class="line">{s.key}</span>
                <span class="muted">{forgottenOn(s.forgottenAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
