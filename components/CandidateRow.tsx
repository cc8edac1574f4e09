import { forgottenOn } from '../lib/crm/suppression';
import type { Candidate } from '../lib/model/candidate';
import type { PersonField } from '../lib/model/person-fields';
import { ConfidenceChip } from './ConfidenceChip';

export type RowPreview = {
  outcome: 'new' | 'saved' | 'update';
  changed: PersonField[];
  /** Forgotten at the person's request: not captured unless the rep says so explicitly. */
  suppressed?: { forgottenAt: number };
  /** A likely address for a person found without one: shown as a guess, never saved as their email. */
  emailGuess?: { email: string; basis: string };
};

const OUTCOME_TEXT = { new: 'New', saved: 'Already saved', update: 'Would update' } as const;

/** Each field found, with how sure the extractor was of it: a rep decides what to trust field by field. */
function fieldConfidences(c: Candidate): [string, number][] {
  const out: [string, number][] = [];
  const add = (label: string, v: { confidence: number } | undefined) => {
    if (v) out.push([label, v.confidence]);
  };
  add('name', c.fullName);
  add('title', c.title);
  add('company', c.company);
  add('location', c.location);
  add('email', c.emails[0]);
  add('phone', c.phones[0]);
  add('profile', c.urls[0]);
  return out;
}

/** One person found on the page: who they are, what capturing them would do, and the button to do it. */
export function CandidateRow(props: {
  candidate: Candidate;
  preview: RowPreview | undefined;
  busy: boolean;
  onCapture: () => void;
  /** Capture a forgotten person anyway: the rep's explicit override. */
  onOverride: () => void;
}) {
  const { candidate: c, preview } = props;
  const name = c.fullName?.value || c.emails[0]?.value || 'Unnamed person';
  const role = [c.title?.value, c.company?.value].filter(Boolean).join(' · ');
  return (
    <li data-testid="candidate">
      <div class="who">
        <div class="name line" data-testid="candidate-name">
          {name}
        </div>
        {role && <div class="line muted">{role}</div>}
        {c.emails.map((e) => (
          <div class="line" key={e.value} data-testid="candidate-email">
            {e.value}
          </div>
        ))}
        {c.emails.length === 0 && preview?.emailGuess && (
          <div class="line email-guess" role="note" data-testid="candidate-email-guess">
            <span class="muted">Email (guess): </span>
            {preview.emailGuess.email} <span class="muted">{preview.emailGuess.basis}</span>
          </div>
        )}
        {c.phones.map((p) => (
          <div class="line" key={p.value} data-testid="candidate-phone">
            {p.value}
            {p.label && <span class="muted"> ({p.label})</span>}
          </div>
        ))}
        {c.location && <div class="line muted">{c.location.value}</div>}
        <div class="fields" data-testid="candidate-fields">
          {fieldConfidences(c).map(([label, confidence]) => (
            <span key={label}>
              {label}
              <ConfidenceChip confidence={confidence} />
            </span>
          ))}
          <span class="muted">from {c.sources.join(', ')}</span>
        </div>
        {preview?.suppressed && (
          <div class="outcome-suppressed" role="note" data-testid="candidate-suppressed">
            {`This person was ${forgottenOn(preview.suppressed.forgottenAt)}; capture skips them.`}
          </div>
        )}
        {preview && !preview.suppressed && (
          <div class={`outcome-${preview.outcome}`} data-testid="candidate-outcome">
            {OUTCOME_TEXT[preview.outcome]}
            {preview.outcome === 'update' && `: ${preview.changed.join(', ')}`}
          </div>
        )}
      </div>
      {preview?.suppressed ? (
        <button
          type="button"
          class="danger"
          disabled={props.busy}
          onClick={props.onOverride}
          aria-label={`Capture ${name} anyway`}
          title="They asked to be forgotten: capture only if you now have a lawful basis"
        >
          Capture anyway
        </button>
      ) : (
        <button
          type="button"
          disabled={props.busy || preview?.outcome === 'saved'}
          onClick={props.onCapture}
          aria-label={`Capture ${name}`}
        >
          {preview?.outcome === 'saved' ? 'Saved' : preview?.outcome === 'update' ? 'Update' : 'Capture'}
        </button>
      )}
    </li>
  );
}
