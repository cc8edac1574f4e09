import type { Candidate } from '../lib/model/candidate';
import type { PersonField } from '../lib/model/person-fields';
import { ConfidenceChip } from './ConfidenceChip';

export type RowPreview = { outcome: 'new' | 'saved' | 'update'; changed: PersonField[] };

const OUTCOME_TEXT = { new: 'New', saved: 'Already saved', update: 'Would update' } as const;

function bestConfidence(c: Candidate): number {
  const all = [c.fullName, c.title, c.company, ...c.emails, ...c.phones].flatMap((v) => (v ? [v.confidence] : []));
  return all.length > 0 ? Math.max(...all) : 0;
}

/** One person found on the page: who they are, what capturing them would do, and the button to do it. */
export function CandidateRow(props: {
  candidate: Candidate;
  preview: RowPreview | undefined;
  busy: boolean;
  onCapture: () => void;
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
        {c.phones.map((p) => (
          <div class="line" key={p.value}>
            {p.value}
          </div>
        ))}
        <div>
          <ConfidenceChip confidence={bestConfidence(c)} />
          <span class="muted">{c.sources.join(', ')}</span>
        </div>
        {preview && (
          <div class={`outcome-${preview.outcome}`} data-testid="candidate-outcome">
            {OUTCOME_TEXT[preview.outcome]}
            {preview.outcome === 'update' && `: ${preview.changed.join(', ')}`}
          </div>
        )}
      </div>
      <button
        type="button"
        disabled={props.busy || preview?.outcome === 'saved'}
        onClick={props.onCapture}
        aria-label={`Capture ${name}`}
      >
        {preview?.outcome === 'saved' ? 'Saved' : preview?.outcome === 'update' ? 'Update' : 'Capture'}
      </button>
    </li>
  );
}
