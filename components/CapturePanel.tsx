import type { Candidate } from '../lib/model/candidate';
import { type LeadSource, LeadSourceSchema } from '../lib/model/lead-source';
import { CandidateRow, type RowPreview } from './CandidateRow';
import { EmptyState } from './EmptyState';
import { LeadSourceOptions } from './LeadSourceOptions';
import { TagPicker } from './TagPicker';

export interface CapturePanelProps {
  pageTitle: string;
  candidates: Candidate[];
  previews: RowPreview[];
  source: LeadSource;
  tags: string[];
  busy: boolean;
  onSourceChange: (s: LeadSource) => void;
  onTagsChange: (tags: string[]) => void;
  onCapture: (indexes: number[], overrideSuppressed?: boolean) => void;
}

/** The popup's body: the people on this page and the capture buttons. */
export function CapturePanel(p: CapturePanelProps) {
  if (p.candidates.length === 0) {
    return (
      <EmptyState title="No people found on this page">
        LeadClip looks for names, emails and profiles the page publishes. Try a profile, a team page or a search result
        list.
      </EmptyState>
    );
  }
  // Capture all never includes a forgotten person: that takes their own explicit "Capture anyway".
  const capturable = p.candidates
    .map((_, i) => i)
    .filter((i) => p.previews[i]?.outcome !== 'saved' && p.previews[i]?.suppressed === undefined);
  return (
    <>
      <div class="toolbar">
        <span data-testid="found-count">
          {p.candidates.length} {p.candidates.length === 1 ? 'person' : 'people'} on {p.pageTitle || 'this page'}
        </span>
        <label>
          Source{' '}
          <select
            value={p.source}
            onChange={(e) => p.onSourceChange(LeadSourceSchema.parse(e.currentTarget.value))}
            aria-label="Lead source"
          >
            <LeadSourceOptions />
          </select>
        </label>
        <TagPicker tags={p.tags} onChange={p.onTagsChange} />
        {p.candidates.length > 1 && (
          <button type="button" disabled={p.busy || capturable.length === 0} onClick={() => p.onCapture(capturable)}>
            Capture all ({capturable.length})
          </button>
        )}
      </div>
      <ul class="people">
        {p.candidates.map((c, i) => (
          <CandidateRow
            key={`${i}:${c.fullName?.value ?? ''}:${c.emails[0]?.value ?? ''}`}
            candidate={c}
            preview={p.previews[i]}
            busy={p.busy}
            onCapture={() => p.onCapture([i])}
            onOverride={() => p.onCapture([i], true)}
          />
        ))}
      </ul>
    </>
  );
}
