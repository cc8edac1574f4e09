import { LeadSourceSchema } from '../../lib/model/lead-source';
import { LEAD_STATUS_LABEL, LeadStatusSchema } from '../../lib/model/lead-status';
import { GradeSchema } from '../../lib/model/score';
import type { LeadFilter } from '../../lib/services/lead-rows';
import { LeadSourceOptions } from '../LeadSourceOptions';

function toggled<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

const dayValue = (ms: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '');
const dayMs = (s: string) => (s ? Date.parse(`${s}T00:00:00Z`) : 0);

/** Every filter the list offers; each change applies at once. */
export function LeadFilters({ filter, onChange }: { filter: LeadFilter; onChange: (f: LeadFilter) => void }) {
  const set = (patch: Partial<LeadFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="filters" data-testid="filters">
      <fieldset style="grid-column: 1 / -1; border: 0; padding: 0; margin: 0">
        <legend class="muted">Status</legend>
        {LeadStatusSchema.options.map((s) => (
          <button
            type="button"
            key={s}
            class={filter.statuses.includes(s) ? 'chip-toggle on' : 'chip-toggle'}
            aria-pressed={filter.statuses.includes(s)}
            onClick={() => set({ statuses: toggled(filter.statuses, s) })}
          >
            {LEAD_STATUS_LABEL[s]}
          </button>
        ))}
      </fieldset>
      <fieldset style="grid-column: 1 / -1; border: 0; padding: 0; margin: 0">
        <legend class="muted">Grade</legend>
        {GradeSchema.options.map((g) => (
          <button
            type="button"
            key={g}
            class={filter.grades.includes(g) ? 'chip-toggle on' : 'chip-toggle'}
            aria-pressed={filter.grades.includes(g)}
            onClick={() => set({ grades: toggled(filter.grades, g) })}
          >
            {g}
          </button>
        ))}
      </fieldset>
      <label>
        Tag
        <input value={filter.tag} onInput={(e) => set({ tag: e.currentTarget.value })} aria-label="Filter by tag" />
      </label>
      <label>
        Source
        <select
          aria-label="Filter by source"
          value={filter.sources[0] ?? ''}
          onChange={(e) => {
            const v = LeadSourceSchema.safeParse(e.currentTarget.value);
            set({ sources: v.success ? [v.data] : [] });
          }}
        >
          <option value="">Any source</option>
          <LeadSourceOptions />
        </select>
      </label>
      <label>
        Score from
        <input
          type="number"
          min={0}
          max={100}
          value={filter.minScore}
          aria-label="Minimum score"
          onInput={(e) => set({ minScore: Number(e.currentTarget.value) || 0 })}
        />
      </label>
      <label>
        to
        <input
          type="number"
          min={0}
          max={100}
          value={filter.maxScore}
          aria-label="Maximum score"
          onInput={(e) => set({ maxScore: e.currentTarget.value === '' ? 100 : Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        Captured from
        <input
          type="date"
          value={dayValue(filter.capturedFrom)}
          onInput={(e) => set({ capturedFrom: dayMs(e.currentTarget.value) })}
        />
      </label>
      <label>
        to
        <input
          type="date"
          value={dayValue(filter.capturedTo)}
          onInput={(e) => set({ capturedTo: dayMs(e.currentTarget.value) })}
        />
      </label>
    </div>
  );
}
