import { useState } from 'preact/hooks';
import { RELATIONSHIP_TAGS, TagSchema } from '../lib/model/common';
import { ErrorAlert } from './ErrorAlert';

/** Tags for the next capture: the social-selling categories as toggles, anything else typed. */
export function TagPicker({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const toggle = (t: string) => onChange(tags.includes(t) ? tags.filter((x) => x !== t) : [...tags, t]);
  const add = () => {
    const parts = draft
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const parsed = parts.map((p) => TagSchema.safeParse(p));
    const bad = parsed.find((p) => !p.success);
    if (bad && !bad.success) {
      setError(bad.error.issues[0]?.message ?? 'Not a valid tag');
      return;
    }
    const next = parsed.flatMap((p) => (p.success ? [p.data] : []));
    onChange([...new Set([...tags, ...next])]);
    setDraft('');
    setError('');
  };
  const custom = tags.filter((t) => !(RELATIONSHIP_TAGS as readonly string[]).includes(t));
  return (
    <div class="tag-picker" data-testid="tag-picker">
      <div>
        {RELATIONSHIP_TAGS.map((t) => (
          <button
            type="button"
            key={t}
            class={tags.includes(t) ? 'chip-toggle on' : 'chip-toggle'}
            aria-pressed={tags.includes(t)}
            onClick={() => toggle(t)}
          >
            {t}
          </button>
        ))}
      </div>
      <div>
        {custom.map((t) => (
          <span class="chip" key={t}>
            {t}{' '}
            <button type="button" class="chip-x" aria-label={`Remove tag ${t}`} onClick={() => toggle(t)}>
              ×
            </button>
          </span>
        ))}
        <input
          aria-label="Add tags"
          placeholder="Add tags, comma separated"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
          onBlur={() => draft && add()}
        />
      </div>
      <ErrorAlert message={error} kind="field" />
    </div>
  );
}
