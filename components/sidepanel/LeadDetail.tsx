import { useState } from 'preact/hooks';
import type { EmailGuessView } from '../../lib/crm/email-guess-for';
import type { Activity } from '../../lib/model/activity';
import type { Bant } from '../../lib/model/bant';
import { EmailSchema } from '../../lib/model/common';
import type { ConversionSummary, DealDraft } from '../../lib/model/conversion';
import type { ForgetSummary } from '../../lib/model/forget';
import type { Lead } from '../../lib/model/lead';
import { LEAD_SOURCE_LABEL } from '../../lib/model/lead-source';
import { LEAD_STATUS_LABEL, type LeadStatus } from '../../lib/model/lead-status';
import { LAWFUL_BASIS_LABEL, type LawfulBasis, LawfulBasisSchema } from '../../lib/model/privacy';
import { ErrorAlert } from '../ErrorAlert';
import { TagPicker } from '../TagPicker';
import { WebLink } from '../WebLink';
import { ActivityLog, type NewActivity } from './ActivityLog';
import { BantForm } from './BantForm';
import { ConvertPanel } from './ConvertPanel';
import { EditableField } from './EditableField';
import { EmailGuess } from './EmailGuess';
import { ForgetButton } from './ForgetPanel';

export type EditablePersonField = 'fullName' | 'title' | 'company' | 'location' | 'emails' | 'phones' | 'notes';

export interface LeadDetailActions {
  saveField: (patch: Partial<Record<EditablePersonField, string | string[]>>) => Promise<void>;
  setStatus: (to: LeadStatus, reason?: string) => Promise<void>;
  setTags: (tags: string[]) => Promise<void>;
  addActivity: (a: NewActivity) => Promise<{ suggestQualify: boolean }>;
  saveBant: (b: Bant) => Promise<void>;
  qualify: (b: Bant) => Promise<void>;
  previewConversion: (deal: DealDraft | undefined) => Promise<ConversionSummary>;
  convert: (deal: DealDraft | undefined) => Promise<void>;
  setPrivacy: (patch: { lawfulBasis?: LawfulBasis; doNotContact?: boolean }) => Promise<void>;
  previewForget: () => Promise<ForgetSummary>;
  forget: () => Promise<ForgetSummary>;
  exportPerson: (format: 'json' | 'vcard') => Promise<void>;
  /** Keep the guessed address (recorded as inferred). Absent: the guess is shown without the button. */
  acceptEmailGuess?: (email: string) => Promise<void>;
}

function checkEmails(v: string): string | undefined {
  for (const e of v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!EmailSchema.safeParse(e).success) return `"${e}" is not a valid email address`;
  }
  return undefined;
}

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Everything about one lead, editable where the rep owns it. */
export function LeadDetail(props: {
  lead: Lead;
  activities: Activity[];
  actions: LeadDetailActions;
  onBack: () => void;
  /** After "Forget": the lead is gone, the workspace shows what was removed. */
  onForgotten: (s: ForgetSummary) => void;
  now: () => number;
  /** A likely address for a lead without one (lib/crm/email-patterns), shown as a guess. */
  emailGuess?: EmailGuessView | undefined;
}) {
  const { lead, actions } = props;
  const [message, setMessage] = useState('');
  const [suggest, setSuggest] = useState(false);
  const [reason, setReason] = useState('');
  const open = lead.status !== 'converted' && lead.status !== 'disqualified';
  const attempt = async (f: () => Promise<void>) => {
    try {
      setMessage('');
      await f();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const status = (to: LeadStatus, r?: string) => attempt(() => actions.setStatus(to, r));

  return (
    <div class="detail" data-testid="lead-detail">
      <button type="button" class="secondary" onClick={props.onBack} aria-label="Back to the list">
        ← Leads
      </button>
      <h2 data-testid="detail-name">{lead.fullName || lead.emails[0] || 'Unnamed lead'}</h2>
      <div>
        <span class={`chip status-${lead.status}`} data-testid="detail-status">
          {LEAD_STATUS_LABEL[lead.status]}
        </span>
        <span class="chip">{LEAD_SOURCE_LABEL[lead.source]}</span>
        {lead.doNotContact && (
          <span class="chip status-disqualified" data-testid="detail-dnc">
            Do not contact
          </span>
        )}
        <span class="chip" data-testid="detail-score">
          Score {lead.score.total} · {lead.score.grade} · {lead.score.salesReady ? 'sales-ready' : 'top of funnel'}
        </span>
      </div>
      <ErrorAlert message={message} />
      {suggest && lead.status !== 'qualified' && open && (
        <div class="toolbar" role="status" data-testid="qualify-suggestion">
          Two-way conversation logged: this lead looks like a prospect. Fill in BANT below and qualify.
        </div>
      )}
      {lead.convertedTo && (
        <p class="muted" data-testid="converted-note">
          Converted to a contact. This lead is kept for its history and can no longer change.
        </p>
      )}

      <section>
        <h3>Status</h3>
        {open ? (
          <div style="display:flex;gap:6px;flex-wrap:wrap">
            {lead.status === 'new' && (
              <button type="button" class="secondary" onClick={() => void status('working')}>
                Mark as working
              </button>
            )}
            <input
              aria-label="Disqualify reason"
              placeholder="Reason to disqualify"
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
            <button type="button" class="secondary" onClick={() => void status('disqualified', reason)}>
              Disqualify
            </button>
          </div>
        ) : lead.status === 'disqualified' ? (
          <div>
            <p class="muted">Disqualified: {lead.disqualifyReason}</p>
            <button type="button" class="secondary" onClick={() => void status('working')}>
              Reopen
            </button>
          </div>
        ) : null}
      </section>

      <section>
        <h3>Details</h3>
        <EditableField label="Name" value={lead.fullName} onSave={(v) => actions.saveField({ fullName: v })} />
        <EditableField label="Title" value={lead.title} onSave={(v) => actions.saveField({ title: v })} />
        <EditableField label="Company" value={lead.company} onSave={(v) => actions.saveField({ company: v })} />
        <EditableField label="Location" value={lead.location} onSave={(v) => actions.saveField({ location: v })} />
        <EditableField
          label="Emails"
          value={lead.emails.join(', ')}
          validate={checkEmails}
          onSave={(v) => actions.saveField({ emails: list(v) })}
        />
        {props.emailGuess && (
          <EmailGuess
            guess={props.emailGuess}
            {...(actions.acceptEmailGuess && open
              ? {
                  onAccept: () => {
                    const accept = actions.acceptEmailGuess;
                    const email = props.emailGuess?.email;
                    if (accept && email) void attempt(() => accept(email));
                  },
                }
              : {})}
          />
        )}
        <EditableField
          label="Phones"
          value={lead.phones.join(', ')}
          onSave={(v) => actions.saveField({ phones: list(v) })}
        />
        <EditableField label="Notes" value={lead.notes} multiline onSave={(v) => actions.saveField({ notes: v })} />
        {lead.urls.map((u) => (
          <div class="line" key={u}>
            <WebLink url={u} />
          </div>
        ))}
      </section>

      <section>
        <h3>Tags</h3>
        <TagPicker tags={lead.tags} onChange={(tags) => void attempt(() => actions.setTags(tags))} />
      </section>

      <section>
        <h3>Score breakdown</h3>
        {lead.score.breakdown.length === 0 ? (
          <p class="muted">No rule gives points yet: add a title, a business email or log an activity.</p>
        ) : (
          <ul class="breakdown" data-testid="score-breakdown">
            {lead.score.breakdown.map((line) => (
              <li key={line.rule}>
                <span>{line.label}</span>
                <span>
                  {line.points > 0 ? '+' : ''}
                  {line.points}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>Activities</h3>
        <ActivityLog
          activities={props.activities}
          now={props.now}
          onAdd={async (a) => {
            const r = await actions.addActivity(a);
            setSuggest(r.suggestQualify);
          }}
        />
      </section>

      <section>
        <h3>Qualification (BANT)</h3>
        <BantForm
          bant={lead.bant}
          canQualify={open && lead.status !== 'qualified'}
          onSave={(b) => attempt(() => actions.saveBant(b))}
          onQualify={(b) => attempt(() => actions.qualify(b))}
        />
      </section>

      {open && (
        <section>
          <h3>Convert</h3>
          <ConvertPanel onPreview={actions.previewConversion} onConvert={actions.convert} />
        </section>
      )}

      <section data-testid="privacy-section">
        <h3>Privacy</h3>
        <label>
          Lawful basis{' '}
          <select
            aria-label="Lawful basis"
            value={lead.lawfulBasis}
            onChange={(e) =>
              void attempt(() => actions.setPrivacy({ lawfulBasis: LawfulBasisSchema.parse(e.currentTarget.value) }))
            }
          >
            {LawfulBasisSchema.options.map((b) => (
              <option key={b} value={b}>
                {LAWFUL_BASIS_LABEL[b]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label class="switch">
          <input
            type="checkbox"
            aria-label="Do not contact"
            checked={lead.doNotContact}
            onChange={(e) => {
              const doNotContact = e.currentTarget.checked;
              void attempt(() => actions.setPrivacy({ doNotContact }));
            }}
          />
          Do not contact
        </label>
        <div class="toolbar" style="padding-left:0">
          <button type="button" class="secondary" onClick={() => void attempt(() => actions.exportPerson('json'))}>
            Export this person's data
          </button>
          <button type="button" class="secondary" onClick={() => void attempt(() => actions.exportPerson('vcard'))}>
            vCard
          </button>
        </div>
        <ForgetButton
          label="Forget…"
          preview={actions.previewForget}
          forget={actions.forget}
          onForgotten={props.onForgotten}
        />
      </section>

      <section>
        <h3>Where it came from</h3>
        <ul class="breakdown">
          {lead.provenance.map((p) => (
            <li key={`${p.capturedAt}-${p.pageUrl}`}>
              <span class="line" title={`${p.pageUrl} · ${p.extractors.join(', ')}`}>
                {p.pageTitle || p.pageUrl}
              </span>
              <span class="muted">{new Date(p.capturedAt).toLocaleDateString()}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
